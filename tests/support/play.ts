/** Plays a game through the pure rules alone (no machine), recording every action, for replay tests. */
import { chooseAction } from '../../game/ai/policy';
import type { Scenario } from '../../game/content/schema';
import { apply } from '../../game/rules/apply';
import { newGame, seatToAct } from '../../game/rules/setup';
import type { Action, GameState } from '../../game/rules/types';

export function playWithLog(sc: Scenario, seed: number): { initial: GameState; final: GameState; actions: Action[] } {
  const initial = newGame(sc, { seed });
  const actions: Action[] = [];
  let state = initial;
  const step = (action: Action) => {
    const result = apply(sc, state, action);
    if (!result.ok) throw new Error(`rejected ${JSON.stringify(action)}: ${result.reason}`);
    actions.push(action);
    state = result.state;
  };
  const turns = () => {
    for (let seat = seatToAct(state); seat; seat = seatToAct(state)) step(chooseAction(sc, state, seat.id)!.action);
  };
  turns();
  step({ type: 'elect' });
  step({ type: 'open' });
  turns();
  step({ type: 'vote' });
  step({ type: 'conclude' });
  return { initial, final: state, actions };
}
