/**
 * The congress itself: the opening with the news from Kronstadt, speeches from argument cards that move
 * the floor, the vote on the motions and its breakdown by delegation. Pure.
 */
import { type Card, type Scenario, votedItem } from '../content/schema';
import { Draws } from './rng';
import { chooseMotion, shift } from './stance';
import type { Ballot, Delegate, DelegationTally, GameState } from './types';

/** How far one card moves a fully open delegate of its audience, per unit of the card's push. */
export const SPEECH_STRENGTH = 0.35;
/** Effect on delegates outside a card's audiences, as a share of full effect. */
export const OFF_AUDIENCE = 0.4;
/** Share of a rebutted card's push that a rebuttal takes back. */
export const REBUTTAL = 0.5;
export const MAX_CARDS_PER_SPEECH = 2;

function kindOf(sc: Scenario, delegationId: string) {
  return sc.delegations.find((d) => d.id === delegationId)?.kind ?? 'other';
}

/** The opening: crisis pressure on every delegate, and delegates leaving for the front. */
export function open(sc: Scenario, state: GameState): GameState {
  const draws = new Draws(state.rng);
  const delegates = state.delegates.map((d) => ({ ...d, stance: d.stance && { ...d.stance } }));
  for (const d of delegates) {
    if (d.stance) shift(d.stance, sc.opening.pressure, 1 - d.firmness / 2);
  }
  const voters = delegates.filter((d) => d.voting && d.present);
  let leaving = Math.min(sc.opening.departures, voters.length);
  while (leaving > 0) {
    const pick = voters.splice(draws.int(voters.length), 1)[0]!;
    pick.present = false;
    leaving--;
  }
  const text = `${sc.opening.title} ${sc.opening.text} ${sc.opening.departures} voting delegates leave for the front.`;
  return { ...state, rng: draws.state, delegates, phase: 'debate', acted: [], log: [...state.log, { phase: 'opening', kind: 'opening', text }] };
}

/** Mean of the delivery factor: what a speaker can expect before speaking. */
export const EXPECTED_DELIVERY = 1;

/**
 * Effect of one speech on the floor. Delivery varies a little from speech to speech (seeded, 0.85..1.15);
 * `delivery` fixes it instead, for forecasts that must not peek at the dice.
 */
export function speak(sc: Scenario, state: GameState, seat: string, cardIds: readonly string[], delivery?: number): GameState {
  const draws = new Draws(state.rng);
  const factor = delivery ?? 0.85 + 0.3 * draws.float();
  const cards = cardIds.map((id) => sc.cards.find((c) => c.id === id)!);
  const delegates = state.delegates.map((d) => ({ ...d, stance: d.stance && { ...d.stance } }));
  const opponents = new Set(state.played.filter((p) => p.seat !== seat).map((p) => p.card));
  for (const d of delegates) {
    if (!d.stance || !d.present) continue;
    const kind = kindOf(sc, d.delegation);
    let best = 0;
    for (const card of cards) {
      const audience = card.audiences.includes(kind) ? 1 : OFF_AUDIENCE;
      let moved = shift(d.stance, card.moves, SPEECH_STRENGTH * audience * factor * (1 - d.firmness));
      for (const rebutted of card.rebuts.filter((id) => opponents.has(id))) {
        const target = sc.cards.find((c) => c.id === rebutted)!;
        const undo = Object.fromEntries(Object.entries(target.moves).map(([k, v]) => [k, -v]));
        moved += shift(d.stance, undo, SPEECH_STRENGTH * REBUTTAL * audience * (1 - d.firmness));
      }
      if (moved > best) {
        best = moved;
        d.movedBy = card.id;
      }
    }
  }
  const platform = sc.platforms.find((p) => p.id === seat)!;
  const titles = cards.map((c) => `"${c.title}"`).join(' and ');
  return {
    ...state,
    rng: draws.state,
    delegates,
    played: [...state.played, ...cards.map((c) => ({ seat, card: c.id }))],
    log: [...state.log, { phase: 'debate', seat, kind: 'speech', text: `${platform.leaders[0]} speaks for the ${platform.name}: ${titles}.` }],
  };
}

function reasonFor(sc: Scenario, delegates: readonly Delegate[], tally: DelegationTally): string {
  const entries = Object.entries(tally.votes).sort((a, b) => b[1] - a[1]);
  const top = entries[0];
  const name = sc.delegations.find((d) => d.id === tally.delegation)?.name ?? tally.delegation;
  if (!top || top[1] === 0) return `${name} cast no votes: its delegates abstained or were away.`;
  const motion = votedItem(sc).motions.find((m) => m.id === top[0])!;
  const voters = delegates.filter((d) => d.present && d.voting && d.stance && chooseMotion(sc, d.stance).motion === top[0]);
  const cardCounts = new Map<string, number>();
  for (const v of voters) if (v.movedBy) cardCounts.set(v.movedBy, (cardCounts.get(v.movedBy) ?? 0) + 1);
  const topCard = [...cardCounts.entries()].sort((a, b) => b[1] - a[1])[0];
  const card: Card | undefined = topCard && sc.cards.find((c) => c.id === topCard[0]);
  const elected = voters.filter((v) => v.elected === motion.platform).length;
  const loyal = elected >= voters.length / 2 ? 'most of them were elected on that platform' : 'many of them were won over in the hall';
  const argument = card ? `; the argument that moved most of them was "${card.title}"` : '';
  return `${name} gave ${top[1]} of its votes to ${motion.title}: ${loyal}${argument}.`;
}

/** Counts the votes of the voting delegates present; a delegate far from every motion abstains. */
export function tally(sc: Scenario, state: GameState): Ballot {
  const votes: Record<string, number> = Object.fromEntries(votedItem(sc).motions.map((m) => [m.id, 0]));
  let abstained = 0;
  let absent = 0;
  const byDelegation: DelegationTally[] = [];
  for (const d of sc.delegations) {
    const t: DelegationTally = { delegation: d.id, votes: Object.fromEntries(votedItem(sc).motions.map((m) => [m.id, 0])), abstained: 0, absent: 0, reason: '' };
    const own = state.delegates.filter((x) => x.delegation === d.id && x.voting);
    for (const x of own) {
      if (!x.present) t.absent++;
      else if (!x.stance) t.abstained++;
      else {
        const motion = chooseMotion(sc, x.stance).motion;
        if (motion) t.votes[motion] = (t.votes[motion] ?? 0) + 1;
        else t.abstained++;
      }
    }
    t.reason = reasonFor(sc, own, t);
    for (const [m, n] of Object.entries(t.votes)) votes[m] = (votes[m] ?? 0) + n;
    abstained += t.abstained;
    absent += t.absent;
    byDelegation.push(t);
  }
  return { votes, abstained, absent, byDelegation };
}

export function vote(sc: Scenario, state: GameState): GameState {
  const ballot = tally(sc, state);
  const counts = votedItem(sc).motions.map((m) => `${m.title} ${ballot.votes[m.id]}`).join(', ');
  return {
    ...state,
    ballot,
    phase: 'voted',
    log: [...state.log, { phase: 'voted', kind: 'vote', text: `${votedItem(sc).title}: ${counts}; ${ballot.abstained} abstained, ${ballot.absent} away.` }],
  };
}
