/**
 * The outcome: each platform's objectives measured in this game and in the historical record, and a
 * grade from them: worse than history, as history, better than history, or decisive (winning the vote
 * history lost, or beating history on every objective). The baseline comes from the scenario's record.
 * Pure.
 */
import { votedItem, type Scenario } from '../content/schema';
import { adoptedOf, amendedItem, choiceOf, optionsOf } from './ballots';
import { seatsIn } from './election';
import type { Ballot, GameState, Grade, ObjectiveResult, Outcome } from './types';

/**
 * A share this close to history counts as "as history": within 1.5 standard errors of the historical share,
 * as chance alone would scatter a vote of that size (binomial, over the votes cast in history). For
 * 18 of 404 that is about 1.5 points; for 336 of 404, about 2.8.
 */
export const GRADE_Z = 1.5;

export function bandOf(historyShare: number, historyCast: number): number {
  return GRADE_Z * Math.sqrt((historyShare * (1 - historyShare)) / Math.max(1, historyCast));
}

type Objective = Scenario['platforms'][number]['objectives'][number];

function sign(x: number): -1 | 0 | 1 {
  return x > 0 ? 1 : x < 0 ? -1 : 0;
}

/** The votes cast on an item: every option's votes together. */
export function cast(votes: Record<string, number>): number {
  return Object.values(votes).reduce((a, b) => a + b, 0);
}

/** Which way the figure should move: beating history, or staying below it. */
const toward = (want: 'more' | 'fewer', x: number): -1 | 0 | 1 => sign(want === 'fewer' ? -x : x);

/**
 * Where one objective's grade changes, as the grade measures it: the line the words on screen state and
 * the line `measure` applies are the same figures.
 */
export type Terms =
  | { kind: 'share'; item: string; motion: string; want: 'more' | 'fewer'; history: { votes: number; cast: number; share: number }; band: number }
  | { kind: 'adopted'; item: string; want: boolean; history: boolean }
  | { kind: 'ahead'; item: string; motion: string; rival: string; history: [number, number] }
  | { kind: 'delegation'; item: string; delegation: string; motion: string }
  | { kind: 'cc-full'; platform: string; want: 'more' | 'fewer'; history: number };

export function termsOf(sc: Scenario, o: Objective): Terms {
  const m = o.measure;
  const item = sc.agenda.find((a) => a.id === ('item' in m ? m.item : a.id))!;
  const hv = item.record.votes ?? {};
  const count = (votes: Record<string, number>, motion: string) => (Object.hasOwn(votes, motion) ? votes[motion]! : 0);
  switch (m.kind) {
    case 'share': {
      const c = cast(hv);
      const share = c ? count(hv, m.motion) / c : 0;
      return { kind: 'share', item: m.item, motion: m.motion, want: m.want, history: { votes: count(hv, m.motion), cast: c, share }, band: bandOf(share, c) };
    }
    case 'adopted':
      return { kind: 'adopted', item: m.item, want: m.want, history: item.record.adopted ?? false };
    case 'ahead':
      return { kind: 'ahead', item: m.item, motion: m.motion, rival: m.rival, history: [count(hv, m.motion), count(hv, m.rival)] };
    case 'delegation':
      return { kind: 'delegation', item: m.item, delegation: m.delegation, motion: m.motion };
    case 'cc-full': {
      const record = sc.agenda.find((a) => a.record.elected)?.record.elected;
      const history = (record?.full ?? []).filter((id) => sc.people.find((p) => p.id === id)?.platform === m.platform).length;
      return { kind: 'cc-full', platform: m.platform, want: m.want, history };
    }
  }
}

/** A share objective's result for `votes` of `cast`: within the band of history, 0; else towards or away from what is wanted. */
export function shareResult(t: Extract<Terms, { kind: 'share' }>, votes: number, cast: number): -1 | 0 | 1 {
  const share = cast ? votes / cast : 0;
  return Math.abs(share - t.history.share) <= t.band ? 0 : toward(t.want, share - t.history.share);
}

/**
 * For `cast` votes, the fewest that grade a share objective better than history and the most that grade it
 * worse (null where no count does), read off `shareResult` itself.
 */
export function shareLines(t: Extract<Terms, { kind: 'share' }>, cast: number): { better: number | null; worse: number | null } {
  const counts = Array.from({ length: cast + 1 }, (_, v) => v);
  const better = counts.filter((v) => shareResult(t, v, cast) === 1);
  const worse = counts.filter((v) => shareResult(t, v, cast) === -1);
  const pick = (list: number[], first: boolean) => (list.length ? (first ? list[0]! : list.at(-1)!) : null);
  // wanting more: the fewest votes that grade better, the most that grade worse; wanting fewer, the other way
  return t.want === 'more' ? { better: pick(better, true), worse: pick(worse, false) } : { better: pick(better, false), worse: pick(worse, true) };
}

/** More than half of a delegation's votes cast: the line of a delegation objective. */
export const delegationMet = (votes: number, of: number): boolean => of > 0 && votes * 2 > of;

export function measure(sc: Scenario, ballots: readonly Ballot[], o: Objective): ObjectiveResult {
  const t = termsOf(sc, o);
  const b = 'item' in t ? ballots.find((x) => x.item === t.item) : undefined;
  const count = (votes: Record<string, number> | undefined, motion: string) => (votes && Object.hasOwn(votes, motion) ? votes[motion]! : 0);
  switch (t.kind) {
    case 'share': {
      const votes = count(b?.votes, t.motion);
      const c = b ? cast(b.votes) : 0;
      const item = sc.agenda.find((a) => a.id === t.item)!;
      return { text: o.text, kind: 'share', want: t.want, game: votes, gameShare: c ? votes / c : 0, history: Object.hasOwn(item.record.votes ?? {}, t.motion) ? t.history.votes : null, historyShare: t.history.share, result: shareResult(t, votes, c) };
    }
    case 'adopted': {
      const game = b?.adopted === 'for';
      const result = game === t.history ? 0 : game === t.want ? 1 : -1;
      return { text: o.text, kind: 'adopted', game, history: t.history, result };
    }
    case 'ahead': {
      const game: [number, number] = [count(b?.votes, t.motion), count(b?.votes, t.rival)];
      const ahead = (x: [number, number]) => x[0] > x[1];
      const result = ahead(game) === ahead(t.history) ? 0 : ahead(game) ? 1 : -1;
      return { text: o.text, kind: 'ahead', game, history: t.history, result };
    }
    case 'delegation': {
      const tally = b?.byDelegation.find((x) => x.delegation === t.delegation);
      const of = tally ? cast(tally.votes) : 0;
      const game = count(tally?.votes, t.motion);
      return { text: o.text, kind: 'delegation', delegation: t.delegation, game, of, result: delegationMet(game, of) ? 1 : -1 };
    }
    case 'cc-full': {
      const cc = ballots.find((x) => x.seats);
      const game = cc?.seats && Object.hasOwn(cc.seats, t.platform) ? cc.seats[t.platform]!.full : 0;
      return { text: o.text, kind: 'cc-full', want: t.want, game, history: t.history, result: toward(t.want, game - t.history) };
    }
  }
}

export function objectivesOf(sc: Scenario, seat: string): Objective[] {
  const platform = sc.platforms.find((p) => p.id === seat)!;
  if (platform.objectives.length) return platform.objectives;
  const motion = votedItem(sc).motions.find((m) => m.platform === seat)!;
  return [{ text: `Win votes for ${motion.title}`, measure: { kind: 'share', item: votedItem(sc).id, motion: motion.id, want: 'more' } }];
}

/** Decisive: winning the contested vote that history lost, or beating history on every objective (at least two). */
export function gradeOf(results: readonly ObjectiveResult[], wonAgainstHistory: boolean): Grade {
  if (wonAgainstHistory || (results.length > 1 && results.every((r) => r.result === 1))) return 'decisive';
  const sum = results.reduce((n, r) => n + r.result, 0);
  return sum > 0 ? 'better than history' : sum < 0 ? 'worse than history' : 'as history';
}

/** The seat's secret objective, in a game dealt with secrets; null otherwise. */
export function secretOf(sc: Scenario, state: GameState, seat: string): Objective | null {
  const index = state.secret && Object.hasOwn(state.secret, seat) ? state.secret[seat]! : -1;
  return sc.platforms.find((p) => p.id === seat)?.secret[index] ?? null;
}

export function outcomeOf(sc: Scenario, state: GameState): Outcome {
  const contested = votedItem(sc);
  const ballot = state.ballots.find((b) => b.item === contested.id);
  const hv = contested.record.votes;
  const historyWinner = Object.entries(hv).sort((a, b) => b[1] - a[1])[0]?.[0];
  return {
    seats: state.seats.map((s) => {
      const results = objectivesOf(sc, s.id).map((o) => measure(sc, state.ballots, o));
      const motion = contested.motions.find((m) => m.platform === s.id)?.id;
      const won = !!ballot && ballot.adopted === motion && historyWinner !== motion;
      const hidden = secretOf(sc, state, s.id);
      const secret = hidden ? measure(sc, state.ballots, hidden) : null;
      return { seat: s.id, grade: gradeOf(results, won), objectives: results, secret: secret && { objective: secret, grade: gradeOf([secret], false) } };
    }),
  };
}

/** How an objective stands before the game ends: measured on the votes already taken, or on a projection of the rest. */
export interface Standing {
  text: string;
  secret: boolean; // the seat's own secret objective
  terms: Terms;
  /** final: its vote is taken; forecast: from how the elected delegates lean now; projection: from the conferences' leanings, before the election; none: no estimate yet. */
  basis: 'final' | 'forecast' | 'projection' | 'none';
  now: ObjectiveResult | null; // the objective measured on the votes taken and the projected ones
  undecided: number; // delegates too close to call on its item, for a forecast
  cast: number; // votes counted on its item (sure votes, for a forecast)
}

const NO_WHY = { option: null, votes: 0, loyal: 0, free: 0, turned: 0, card: null, pressured: false };

/**
 * The vote on an item as it would go now, counting only the delegates sure of their choice (undecided ones
 * are left out and counted apart); before the election, the conferences' seats as their leanings would give
 * them. Null where there is nothing to count yet (the committee's seats, or a yes-or-no item before the
 * delegates are elected).
 */
export function projectedBallot(sc: Scenario, state: GameState, itemId: string): { ballot: Ballot; basis: 'forecast' | 'projection'; undecided: number } | null {
  const item = amendedItem(state, sc.agenda.find((a) => a.id === itemId)!);
  if (item.seats) return null;
  const elected = state.delegates.some((d) => d.stance);
  const byDelegation: Ballot['byDelegation'] = [];
  const votes: Record<string, number> = Object.fromEntries(optionsOf(sc, item).map((o) => [o, 0]));
  let undecided = 0;
  if (!elected) {
    if (item.ballot) return null;
    for (const d of sc.delegations) {
      const own: Record<string, number> = {};
      for (const m of item.motions) if (m.platform) own[m.id] = seatsIn(sc, state, d.id, m.platform);
      for (const [o, n] of Object.entries(own)) votes[o] = (votes[o] ?? 0) + n;
      byDelegation.push({ delegation: d.id, votes: own, abstained: 0, absent: 0, why: NO_WHY });
    }
  } else {
    const tallies = new Map<string, Record<string, number>>();
    for (const d of state.delegates) {
      if (!d.voting || !d.present || !d.stance) continue;
      const c = choiceOf(sc, item, d);
      if (c.undecided) undecided++;
      if (c.undecided || !c.option) continue;
      votes[c.option] = (votes[c.option] ?? 0) + 1;
      const own = tallies.get(d.delegation) ?? {};
      own[c.option] = (own[c.option] ?? 0) + 1;
      tallies.set(d.delegation, own);
    }
    for (const [delegation, own] of tallies) byDelegation.push({ delegation, votes: own, abstained: 0, absent: 0, why: NO_WHY });
  }
  const ballot: Ballot = { item: itemId, votes, abstained: 0, absent: 0, byDelegation, adopted: adoptedOf(votes, optionsOf(sc, item), !!item.ballot) };
  return { ballot, basis: elected ? 'forecast' : 'projection', undecided };
}

/** Each of the seat's objectives (and its secret one) as it stands now. */
export function standingOf(sc: Scenario, state: GameState, seat: string): Standing[] {
  const hidden = secretOf(sc, state, seat);
  const all = [...objectivesOf(sc, seat).map((o) => ({ o, secret: false })), ...(hidden ? [{ o: hidden, secret: true }] : [])];
  const projections = new Map<string, ReturnType<typeof projectedBallot>>();
  return all.map(({ o, secret }) => {
    const terms = termsOf(sc, o);
    const item = 'item' in terms ? terms.item : null;
    const taken = item ? state.ballots.find((b) => b.item === item) : state.ballots.find((b) => b.seats);
    if (taken) return { text: o.text, secret, terms, basis: 'final', now: measure(sc, state.ballots, o), undecided: 0, cast: cast(taken.votes) };
    if (!item) return { text: o.text, secret, terms, basis: 'none', now: null, undecided: 0, cast: 0 };
    if (!projections.has(item)) projections.set(item, projectedBallot(sc, state, item));
    const p = projections.get(item)!;
    if (!p) return { text: o.text, secret, terms, basis: 'none', now: null, undecided: 0, cast: 0 };
    return { text: o.text, secret, terms, basis: p.basis, now: measure(sc, [...state.ballots, p.ballot], o), undecided: p.undecided, cast: cast(p.ballot.votes) };
  });
}
