/**
 * The "historical" persona: plays a platform as it played in 1921, from the scenario's record of what it
 * did (where it organised, what it argued, how many of its delegates left, whom it included), with some
 * variety so no two games are the same. Pure.
 */
import type { Scenario } from '../content/schema';
import { itemOf, yearOf } from '../rules/agenda';
import { legalActions, speechOptions, handOf } from '../rules/legal';
import { nextItem, slateDue } from '../rules/flow';
import { peekFloat } from '../rules/rng';
import type { GameState, SeatCommand } from '../rules/types';
import { platformsIn } from '../content/names';
import { votesAfter, votesNow } from './evaluate';

export interface Choice {
  action: SeatCommand;
  reason: string;
}

type Persona = NonNullable<Scenario['platforms'][number]['history']>;

/** Before a vote, as in history: the places on the slate taken (or not), statements where the platform spoke, else nothing. */
function floorDecision(sc: Scenario, state: GameState, seat: string, h: Persona, year: string): Choice {
  const legal = legalActions(sc, state, seat).filter((a): a is Extract<SeatCommand, { type: 'declare' }> => a.type === 'declare');
  const item = nextItem(sc, state)!;
  const title = itemOf(sc, item).title;
  const has = (choice: string) => legal.find((a) => a.choice === choice);
  const slate = h.slate ?? 'accept';
  const onSlate = has(slate);
  if (onSlate) return { action: onSlate, reason: slate === 'accept' ? `Its leaders were elected to the committee in ${year}; the game has them accept the places offered (whether they bargained for more is not recorded).` : `As in ${year}, its leaders refuse the majority's list.` };
  const statement = has('statement');
  if (statement && h.statements.includes(item)) return { action: statement, reason: `It speaks before the vote on ${title}, standing for what its leaders said on it in ${year}.` };
  const quiet = has('silent') ?? legal[0]!;
  return { action: quiet, reason: `The sources record no statement of its own before the vote on ${title}.` };
}

export function historicalChoice(sc: Scenario, state: GameState, seat: string, salt: number): Choice | null {
  const h = sc.platforms.find((p) => p.id === seat)?.history;
  if (!h) return null;
  const others = state.seats.map((s) => s.id).filter((id) => id !== seat);
  const pick = <T>(items: readonly T[]) => items[Math.floor(peekFloat(state.rng, salt) * items.length)]!;
  const year = yearOf(sc);
  const names = (ids: readonly string[]) => platformsIn(sc, ids);
  switch (state.phase) {
    case 'discussion': {
      const d = pick(h.organise);
      const name = sc.delegations.find((x) => x.id === d)?.name ?? d;
      return { action: { type: 'organise', seat, delegation: d }, reason: `As in ${year}, the platform works on ${name}.` };
    }
    case 'volunteers':
      return { action: { type: 'volunteer', seat, level: h.volunteers }, reason: `The sources do not count how many of its delegates left in ${year}; it follows the scenario's estimate.` };
    case 'presidium': {
      const concede = others.filter((p) => h.concede.includes(p));
      return { action: { type: 'presidium', seat, concede }, reason: concede.length ? `As in ${year}, the majority gives places on the presidium to ${names(concede)}.` : `As in ${year}, the majority keeps the presidium to itself.` };
    }
    case 'forecast': {
      if (state.floor && !slateDue(sc, state)) return floorDecision(sc, state, seat, h, year);
      const coopt = others.filter((p) => h.coopt.includes(p));
      return { action: { type: 'slate', seat, coopt }, reason: coopt.length ? `As in ${year}, the majority's list includes leaders of ${names(coopt)}.` : `As in ${year}, the majority's list leaves the opposition off.` };
    }
    case 'debate': {
      const held = handOf(sc, state, seat);
      const historical = held.filter((id) => h.cards.includes(id));
      const options = speechOptions(sc, state, seat, historical.length ? historical : held, 2);
      if (!options.length) return { action: { type: 'pass', seat }, reason: held.length ? 'It has no floor time left for the arguments it holds.' : 'Its arguments are made.' };
      const base = votesNow(sc, state, seat);
      let best = options[0]!;
      let bestScore = -Infinity;
      options.forEach((cards, i) => {
        const score = votesAfter(sc, state, { type: 'speak', seat, cards }) + peekFloat(state.rng, salt + i);
        if (score > bestScore) [best, bestScore] = [cards, score];
      });
      const titles = best.map((id) => `"${sc.cards.find((c) => c.id === id)!.title}"`).join(' and ');
      const gain = Math.round(bestScore - base);
      const reason = historical.length ? `It makes the case it made in ${year}, ${titles}, expecting about ${gain} votes more.` : `None of the arguments it made in ${year} is in its hand; it makes ${titles}, expecting about ${gain} votes more.`;
      return { action: { type: 'speak', seat, cards: best }, reason };
    }
    default:
      return null;
  }
}
