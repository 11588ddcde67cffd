/**
 * How the computer judges a position: the voting delegates it would win in the conferences, and the
 * votes its motion would get if the contested vote were taken now. Both use the game's own rules.
 * Pure; imports rules only.
 */
import type { Scenario } from '../content/schema';
import { forecast, stanceChoice, tally } from '../rules/ballots';
import { EXPECTED_DELIVERY, object, speak, votersAfterObjection, votersAfterSpeech } from '../rules/congress';
import { discuss } from '../rules/discussion';
import { seatsIn } from '../rules/election';
import { itemOf } from '../rules/agenda';
import { amendmentVote, declare, wantOf } from '../rules/floor';
import { nextItem } from '../rules/flow';
import { indexOf } from '../rules/lookup';
import type { GameState, SeatCommand, Stance } from '../rules/types';

/** Voting delegates the seat would win across all conferences as things stand. */
export function seatsWon(sc: Scenario, state: GameState, seat: string): number {
  return sc.delegations.reduce((n, d) => n + seatsIn(sc, state, d.id, seat), 0);
}

/** Votes the seat's motion would get in the contested vote now. */
export function votesNow(sc: Scenario, state: GameState, seat: string): number {
  return votesWith(sc, seat, state.delegates.map((d) => (d.voting && d.present ? d.stance : null)));
}

/** Votes the seat's motion would get in the contested vote with the voting delegates present standing at `stances` (in the state's order; null: no vote). */
function votesWith(sc: Scenario, seat: string, stances: readonly (Stance | null)[]): number {
  const item = indexOf(sc).voted;
  const motion = item.motions.find((m) => m.platform === seat)?.id;
  let n = 0;
  for (const stance of stances) if (stance && stanceChoice(sc, item, stance).option === motion) n++;
  return n;
}

/**
 * Votes the seat's motion would get after a speech or an objection, luck at its average: as
 * `votesNow` on the state `imagine` gives, from the stances alone (what the computer weighs most often).
 */
export function votesAfter(sc: Scenario, state: GameState, a: Extract<SeatCommand, { type: 'speak' | 'object' }>): number {
  const stances = a.type === 'speak' ? votersAfterSpeech(sc, state, a.seat, a.cards, EXPECTED_DELIVERY) : votersAfterObjection(sc, state, a.card);
  return votesWith(sc, a.seat, stances);
}

/**
 * What a Discussion action should win the seat, in voting delegates, as the computer reckons it (and as
 * the screen shows a player before the action is chosen): luck at its average.
 */
export function discussionGain(sc: Scenario, state: GameState, a: SeatCommand & { seat: string }): number {
  const after = imagine(sc, state, a);
  // a conference whose leanings and rule the action left as they were (the same objects) elects as before
  let gain = 0;
  for (const d of sc.delegations) {
    if (after.campaigns[d.id] === state.campaigns[d.id] && after.rules[d.id] === state.rules[d.id]) continue;
    gain += seatsIn(sc, after, d.id, a.seat) - seatsIn(sc, state, d.id, a.seat);
  }
  return gain;
}

/**
 * Where a speech or an objection should take the seat's motion in the contested vote: votes before and
 * after, luck at its average (`before`, when given, is votesNow for the seat).
 */
export function debateEffect(sc: Scenario, state: GameState, a: Extract<SeatCommand, { type: 'speak' | 'object' }>, before = votesNow(sc, state, a.seat)): { before: number; after: number } {
  return { before, after: votesAfter(sc, state, a) };
}

/**
 * What a move should do, as the computer reckons it for its own moves (luck at its average): voting
 * delegates won in the conferences, or the seat's motion's votes before and after a speech or objection.
 */
export type Estimate =
  | { kind: 'seats'; gain: number }
  | { kind: 'votes'; before: number; after: number }
  | FloorEffect;

/**
 * What a decision before a vote should do: the sure votes for the option the seat wants (`option`), or,
 * for the committee (`option` null), its full members, before and after; for an amendment, its own vote.
 */
export interface FloorEffect {
  kind: 'floor';
  item: string;
  option: string | null;
  before: number;
  after: number;
  amendment?: { for: number; against: number; carried: boolean };
}

/** What the seat wants measured on the item now called: sure votes for its option, or its full members of the committee. */
function floorMeasure(sc: Scenario, state: GameState, seat: string, itemId: string, option: string | null): number {
  if (itemOf(sc, itemId).seats) return tally(sc, state, itemId).seats?.[seat]?.full ?? 0;
  return option ? (forecast(sc, state, itemId).sure[option] ?? 0) : 0;
}

/** What the seat wants measured on the vote now called, as things stand: `before` of every floorEffect it weighs now. */
export function floorNow(sc: Scenario, state: GameState, seat: string): number {
  const item = nextItem(sc, state)!;
  return floorMeasure(sc, state, seat, item, wantOf(sc, seat, item));
}

/**
 * Where a decision from the floor should take what the seat wants on the vote now called (no dice are
 * involved); `before`, when given, is floorNow for the seat.
 */
export function floorEffect(sc: Scenario, state: GameState, a: Extract<SeatCommand, { type: 'declare' }>, before = floorNow(sc, state, a.seat)): FloorEffect {
  const item = nextItem(sc, state)!;
  const option = wantOf(sc, a.seat, item);
  const after = floorMeasure(sc, declare(sc, state, a.seat, a.choice), a.seat, item, option);
  return { kind: 'floor', item, option, before, after, ...(a.choice === 'amendment' ? { amendment: amendmentVote(sc, state, a.seat, item) } : {}) };
}

const DISCUSSION_MOVES: ReadonlySet<SeatCommand['type']> = new Set(['organise', 'meeting', 'publish', 'demand-proportional', 'transfer']);

/** The estimate for a move, or null for a move the computer does not weigh this way (volunteering, the chair's choices). */
export function estimateOf(sc: Scenario, state: GameState, a: SeatCommand): Estimate | null {
  if (a.type === 'speak' || a.type === 'object') return { kind: 'votes', ...debateEffect(sc, state, a) };
  if (a.type === 'declare') return floorEffect(sc, state, a);
  return DISCUSSION_MOVES.has(a.type) ? { kind: 'seats', gain: discussionGain(sc, state, a) } : null;
}

/** The state after a Discussion or debate action, with luck at its average (the AI cannot see the dice). */
export function imagine(sc: Scenario, state: GameState, a: SeatCommand): GameState {
  switch (a.type) {
    case 'organise':
    case 'meeting':
    case 'publish':
    case 'demand-proportional':
    case 'transfer':
      return discuss(sc, state, a);
    case 'speak':
      return speak(sc, state, a.seat, a.cards, undefined, EXPECTED_DELIVERY);
    case 'object':
      return object(sc, state, a.seat, a.card);
    default:
      return state;
  }
}
