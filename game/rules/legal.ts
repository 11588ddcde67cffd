/**
 * Every action a seat may take now: the AI chooses among these, and the view offers them as buttons.
 * Pure.
 */
import type { Scenario } from '../content/schema';
import { MAX_CARDS_PER_SPEECH } from './congress';
import { seatToAct } from './setup';
import type { Action, GameState } from './types';

export function cardsOf(sc: Scenario, seat: string): string[] {
  return sc.cards.filter((c) => c.platform === seat).map((c) => c.id);
}

/** Legal actions for `seat`; empty when it is not that seat's turn. */
export function legalActions(sc: Scenario, state: GameState, seat: string): Action[] {
  if (seatToAct(state)?.id !== seat) return [];
  if (state.phase === 'selection') {
    return sc.delegations.map((d) => ({ type: 'campaign', seat, delegation: d.id }));
  }
  if (state.phase === 'debate') {
    const hand = cardsOf(sc, seat);
    const actions: Action[] = hand.map((c) => ({ type: 'speak', seat, cards: [c] }));
    if (MAX_CARDS_PER_SPEECH >= 2) {
      hand.forEach((a, i) => hand.slice(i + 1).forEach((b) => actions.push({ type: 'speak', seat, cards: [a, b] })));
    }
    return actions;
  }
  return [];
}
