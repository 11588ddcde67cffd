/** Plays a game through the pure rules alone (no machine), recording every action, for replay tests. */
import { chooseAction } from '../../game/ai/policy';
import type { Scenario } from '../../game/content/schema';
import { apply } from '../../game/rules/apply';
import { newGame, nextItem, seatToAct } from '../../game/rules/setup';
import type { Action, AiLevel, GameState } from '../../game/rules/types';

/** The flow step the rules expect when no seat is due (what the machine would do), or null at the end. */
export function flowStep(sc: Scenario, state: GameState): Action | null {
  switch (state.phase) {
    case 'discussion':
      return { type: 'elect' };
    case 'elected':
      return { type: 'open' };
    case 'voting':
      return nextItem(sc, state) ? { type: 'vote' } : { type: 'conclude' };
    default:
      return null;
  }
}

export function playWithLog(sc: Scenario, seed: number, levels: Record<string, AiLevel> = {}): { initial: GameState; final: GameState; actions: Action[] } {
  const initial = newGame(sc, { seed, controllers: Object.fromEntries(Object.entries(levels).map(([s, level]) => [s, { kind: 'ai', level }])) });
  const actions: Action[] = [];
  let state = initial;
  for (let steps = 0; state.phase !== 'outcome'; steps++) {
    if (steps > 1000) throw new Error('game did not end');
    const seat = seatToAct(sc, state);
    const level = seat?.controller.kind === 'ai' ? seat.controller.level : 'normal';
    const action = seat ? chooseAction(sc, state, seat.id, level)!.action : flowStep(sc, state);
    if (!action) throw new Error(`stuck in ${state.phase}`);
    const result = apply(sc, state, action);
    if (!result.ok) throw new Error(`rejected ${JSON.stringify(action)}: ${result.reason}`);
    actions.push(action);
    state = result.state;
  }
  return { initial, final: state, actions };
}
