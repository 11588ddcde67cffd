/**
 * Plays a game to the end with no screen: sends `ai.step` while a computer seat is due and
 * `flow.continue` at every pause. Used by the CLI, the content tests and the benchmarks.
 */
import { createActor } from 'xstate';
import type { Scenario } from '../content/schema';
import type { Controller, GameState } from '../rules/types';
import { congressMachine } from './congressMachine';

/** A bound well above any real game's length, so a broken scenario cannot loop forever. */
const MAX_STEPS = 10_000;

export function playAllAi(scenario: Scenario, seed: number, controllers: Record<string, Controller> = {}): GameState {
  const actor = createActor(congressMachine, { input: { scenario, seed, controllers } }).start();
  actor.send({ type: 'setup.start' });
  for (let steps = 0; !actor.getSnapshot().matches('outcome'); steps++) {
    if (steps > MAX_STEPS) throw new Error(`game did not finish within ${MAX_STEPS} steps`);
    const snap = actor.getSnapshot();
    if (snap.can({ type: 'ai.step' })) actor.send({ type: 'ai.step' });
    else if (snap.can({ type: 'flow.continue' })) actor.send({ type: 'flow.continue' });
    else throw new Error(`game stuck in state ${JSON.stringify(snap.value)}`);
  }
  const game = actor.getSnapshot().context.game!;
  actor.stop();
  return game;
}
