/**
 * The outcome: each platform's objectives measured in this game and in the historical record, and a
 * grade from them: worse than history, as history, better than history, or decisive (winning the vote
 * history lost, or beating history on every objective). The baseline comes from the scenario's record.
 * Pure.
 */
import { votedItem, type Scenario } from '../content/schema';
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

function cast(votes: Record<string, number>): number {
  return Object.values(votes).reduce((a, b) => a + b, 0);
}

/** Which way the figure should move: beating history, or staying below it. */
const toward = (want: 'more' | 'fewer', x: number): -1 | 0 | 1 => sign(want === 'fewer' ? -x : x);

function measure(sc: Scenario, ballots: readonly Ballot[], o: Objective): ObjectiveResult {
  const m = o.measure;
  const item = sc.agenda.find((a) => a.id === ('item' in m ? m.item : a.id))!;
  const b = 'item' in m ? ballots.find((x) => x.item === m.item) : undefined;
  const hv = item.record.votes ?? {};
  const count = (votes: Record<string, number> | undefined, motion: string) => (votes && Object.hasOwn(votes, motion) ? votes[motion]! : 0);
  switch (m.kind) {
    case 'share': {
      const votes = count(b?.votes, m.motion);
      const gameShare = b && cast(b.votes) ? votes / cast(b.votes) : 0;
      const historyShare = cast(hv) ? count(hv, m.motion) / cast(hv) : 0;
      const result = Math.abs(gameShare - historyShare) <= bandOf(historyShare, cast(hv)) ? 0 : toward(m.want, gameShare - historyShare);
      return { text: o.text, kind: 'share', want: m.want, game: votes, gameShare, history: Object.hasOwn(hv, m.motion) ? hv[m.motion]! : null, historyShare, result };
    }
    case 'adopted': {
      const game = b?.adopted === 'for';
      const history = item.record.adopted ?? false;
      const result = game === history ? 0 : game === m.want ? 1 : -1;
      return { text: o.text, kind: 'adopted', game, history, result };
    }
    case 'ahead': {
      const game: [number, number] = [count(b?.votes, m.motion), count(b?.votes, m.rival)];
      const history: [number, number] = [count(hv, m.motion), count(hv, m.rival)];
      const ahead = (x: [number, number]) => x[0] > x[1];
      const result = ahead(game) === ahead(history) ? 0 : ahead(game) ? 1 : -1;
      return { text: o.text, kind: 'ahead', game, history, result };
    }
    case 'delegation': {
      const tally = b?.byDelegation.find((t) => t.delegation === m.delegation);
      const of = tally ? cast(tally.votes) : 0;
      const game = count(tally?.votes, m.motion);
      return { text: o.text, kind: 'delegation', delegation: m.delegation, game, of, result: of > 0 && game * 2 > of ? 1 : -1 };
    }
    case 'cc-full': {
      const cc = ballots.find((x) => x.seats);
      const game = cc?.seats && Object.hasOwn(cc.seats, m.platform) ? cc.seats[m.platform]!.full : 0;
      const record = sc.agenda.find((a) => a.record.elected)?.record.elected;
      const history = (record?.full ?? []).filter((id) => sc.people.find((p) => p.id === id)?.platform === m.platform).length;
      return { text: o.text, kind: 'cc-full', want: m.want, game, history, result: toward(m.want, game - history) };
    }
  }
}

function objectivesOf(sc: Scenario, seat: string): Objective[] {
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
