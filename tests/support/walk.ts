/**
 * Walks a whole game through the real session machine: the computer plays its seats, "human" seats take
 * the legal move a stream of picks points at, the facilitator goes on at every pause. `visit` sees the
 * match after every step, for invariants checked along the way.
 */
import { createActor } from 'xstate';
import type { Scenario } from '../../game/content/schema';
import { sessionMachine } from '../../game/machine/sessionMachine';
import type { Match } from '../../game/match/match';
import { dueOf } from '../../game/rules/flow';
import { legalActions } from '../../game/rules/legal';
import type { Controller } from '../../game/rules/types';
import { hashOf } from './play';

export function walkGame(sc: Scenario, seed: number, controllers: Record<string, Controller>, picks: readonly number[], visit: (match: Match) => void = () => undefined): { match: Match; actor: ReturnType<typeof createActor<typeof sessionMachine>> } {
  const actor = createActor(sessionMachine, { input: { scenario: sc, scenarioHash: hashOf(sc), seed, controllers } }).start();
  actor.send({ type: 'session.setup' });
  actor.send({ type: 'setup.start' });
  let pick = 0;
  for (let i = 0; i < 1000; i++) {
    const match = actor.getSnapshot().context.match!;
    visit(match);
    const due = dueOf(sc, match.state);
    if (due.kind === 'over') break;
    if (due.kind === 'proceed') {
      actor.send({ type: 'match.command', command: due.command, by: 'facilitator' });
      continue;
    }
    const human = due.kind === 'seats' ? due.seats.find((id) => controllers[id]?.kind === 'human') : undefined;
    if (human) {
      if (actor.getSnapshot().can({ type: 'curtain.pass', seat: human })) actor.send({ type: 'curtain.pass', seat: human });
      const legal = legalActions(sc, match.state, human);
      actor.send({ type: 'match.command', command: legal[(picks[pick++ % Math.max(1, picks.length)] ?? 0) % legal.length]!, by: { seat: human } });
    } else {
      actor.send({ type: 'ai.step' });
    }
    if (actor.getSnapshot().context.match === match) throw new Error(`no progress at ${match.state.phase}: ${actor.getSnapshot().context.notice}`);
  }
  return { match: actor.getSnapshot().context.match!, actor };
}
