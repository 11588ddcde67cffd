/**
 * Every action a seat may take now: the AI chooses among these, the view offers them as controls, and
 * the tests check that whatever is chosen is among them. Pure.
 */
import type { Scenario } from '../content/schema';
import { MAX_CARDS_PER_SPEECH, OBJECTION_MINUTES } from './congress';
import { ruleOf, weightsOf } from './discussion';
import { seatToAct } from './setup';
import type { Action, GameState, Volunteering } from './types';

/** The seat's argument cards not yet made. */
export function handOf(sc: Scenario, state: GameState, seat: string): string[] {
  return sc.cards.filter((c) => c.platform === seat && !state.played.some((p) => p.card === c.id)).map((c) => c.id);
}

/** Every speech (1 to `maxCards` cards) the seat can make within its minutes, from the given cards. */
export function speechOptions(sc: Scenario, state: GameState, seat: string, cards = handOf(sc, state, seat), maxCards = MAX_CARDS_PER_SPEECH): string[][] {
  const left = state.minutes[seat] ?? 0;
  const minutes = (id: string) => sc.cards.find((c) => c.id === id)!.minutes;
  const out: string[][] = [];
  const grow = (start: number, chosen: string[], used: number) => {
    for (let i = start; i < cards.length; i++) {
      const id = cards[i]!;
      const total = used + minutes(id);
      if (total > left) continue;
      const next = [...chosen, id];
      out.push(next);
      if (next.length < maxCards) grow(i + 1, next, total);
    }
  };
  grow(0, [], 0);
  return out;
}

export function subsets<T>(items: readonly T[]): T[][] {
  return items.reduce<T[][]>((acc, item) => [...acc, ...acc.map((s) => [...s, item])], [[]]);
}

/** Discussion actions open to `seat` now. */
export function discussionActions(sc: Scenario, state: GameState, seat: string): Action[] {
  const actions: Action[] = sc.delegations.map((d) => ({ type: 'organise', seat, delegation: d.id }));
  for (const kind of [...new Set(sc.delegations.map((d) => d.kind))]) actions.push({ type: 'meeting', seat, kind });
  if (!state.published.includes(seat)) actions.push({ type: 'publish', seat });
  for (const d of sc.delegations) if (ruleOf(d, state) === 'majority') actions.push({ type: 'demand-proportional', seat, delegation: d.id });
  if (sc.discussion.apparatus === seat) {
    for (const d of sc.delegations) {
      const weights = weightsOf(d, state.campaigns);
      for (const p of sc.platforms) if (p.id !== seat && (weights[p.id] ?? 0) > 0) actions.push({ type: 'transfer', seat, delegation: d.id, platform: p.id });
    }
  }
  return actions;
}

/** Legal actions for `seat`; empty when it is not that seat's turn. */
export function legalActions(sc: Scenario, state: GameState, seat: string): Action[] {
  if (seatToAct(sc, state)?.id !== seat) return [];
  const others = state.seats.map((s) => s.id).filter((id) => id !== seat);
  switch (state.phase) {
    case 'discussion':
      return discussionActions(sc, state, seat);
    case 'volunteers':
      return (['few', 'share', 'many'] as Volunteering[]).map((level) => ({ type: 'volunteer', seat, level }));
    case 'presidium':
      return subsets(others).map((concede) => ({ type: 'presidium', seat, concede }));
    case 'debate': {
      const actions: Action[] = speechOptions(sc, state, seat).map((cards) => ({ type: 'speak', seat, cards }));
      if ((state.minutes[seat] ?? 0) >= OBJECTION_MINUTES) {
        for (const p of state.played) if (p.seat !== seat && !state.objected.includes(p.card)) actions.push({ type: 'object', seat, card: p.card });
      }
      actions.push({ type: 'pass', seat });
      return actions;
    }
    case 'voting':
      return subsets(others).map((coopt) => ({ type: 'slate', seat, coopt }));
    default:
      return [];
  }
}
