/**
 * The "historical" persona: plays a platform as it played in 1921, from the scenario's record of what it
 * did (where it organised, what it argued, how many went to the front, whom it included), with some
 * variety so no two games are the same. Pure.
 */
import type { Scenario } from '../content/schema';
import { speechOptions, handOf } from '../rules/legal';
import { peekFloat } from '../rules/rng';
import type { Action, GameState } from '../rules/types';
import { imagine, votesNow } from './evaluate';

export interface Choice {
  action: Action;
  reason: string;
}

export function historicalChoice(sc: Scenario, state: GameState, seat: string, salt: number): Choice | null {
  const h = sc.platforms.find((p) => p.id === seat)?.history;
  if (!h) return null;
  const others = state.seats.map((s) => s.id).filter((id) => id !== seat);
  const pick = <T>(items: readonly T[]) => items[Math.floor(peekFloat(state.rng, salt) * items.length)]!;
  switch (state.phase) {
    case 'discussion': {
      const d = pick(h.organise);
      const name = sc.delegations.find((x) => x.id === d)?.name ?? d;
      return { action: { type: 'organise', seat, delegation: d }, reason: `As in 1921, the platform works on ${name}.` };
    }
    case 'volunteers':
      return { action: { type: 'volunteer', seat, level: h.volunteers }, reason: 'As in 1921.' };
    case 'presidium': {
      const concede = h.concede.filter((p) => others.includes(p));
      return { action: { type: 'presidium', seat, concede }, reason: 'As in 1921, when two Workers\' Opposition members sat on the presidium.' };
    }
    case 'voting': {
      const coopt = h.coopt.filter((p) => others.includes(p));
      return { action: { type: 'slate', seat, coopt }, reason: 'As in 1921, when the majority put opposition leaders on its list.' };
    }
    case 'debate': {
      const hand = handOf(sc, state, seat).filter((id) => h.cards.includes(id));
      const options = speechOptions(sc, state, seat, hand, 2);
      if (!options.length) return { action: { type: 'pass', seat }, reason: 'Its historical arguments are made.' };
      const base = votesNow(sc, state, seat);
      let best = options[0]!;
      let bestScore = -Infinity;
      options.forEach((cards, i) => {
        const score = votesNow(sc, imagine(sc, state, { type: 'speak', seat, cards }), seat) + peekFloat(state.rng, salt + i);
        if (score > bestScore) [best, bestScore] = [cards, score];
      });
      const titles = best.map((id) => `"${sc.cards.find((c) => c.id === id)!.title}"`).join(' and ');
      return { action: { type: 'speak', seat, cards: best }, reason: `It makes the case it made in 1921, ${titles}, expecting about ${Math.round(bestScore - base)} votes more.` };
    }
    default:
      return null;
  }
}
