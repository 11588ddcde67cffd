/**
 * The outcome: this game's vote beside the historical record, and a grade for each seat's motion
 * against what its platform won in the real congress. Pure.
 */
import { type Scenario, votedItem } from '../content/schema';
import type { Ballot, Grade, Outcome } from './types';

/** A share within this many points of history counts as "as history". */
export const GRADE_MARGIN = 0.02;

function share(votes: Record<string, number>, motion: string): number {
  const cast = Object.values(votes).reduce((a, b) => a + b, 0);
  return cast === 0 ? 0 : (votes[motion] ?? 0) / cast;
}

function leader(votes: Record<string, number>, order: readonly string[]): string {
  return order.reduce((a, b) => ((votes[b] ?? 0) > (votes[a] ?? 0) ? b : a));
}

export function grade(gameShare: number, historyShare: number): Grade {
  if (gameShare > historyShare + GRADE_MARGIN) return 'better than history';
  if (gameShare < historyShare - GRADE_MARGIN) return 'worse than history';
  return 'as history';
}

export function outcomeOf(sc: Scenario, ballot: Ballot, seats: readonly string[]): Outcome {
  const order = votedItem(sc).motions.map((m) => m.id);
  const history = votedItem(sc).record.votes;
  return {
    winner: leader(ballot.votes, order),
    historyWinner: leader(history, order),
    seats: seats.map((seat) => {
      const motion = votedItem(sc).motions.find((m) => m.platform === seat)!.id;
      const s = share(ballot.votes, motion);
      const h = share(history, motion);
      return { seat, motion, votes: ballot.votes[motion] ?? 0, historyVotes: history[motion] ?? 0, share: s, historyShare: h, grade: grade(s, h) };
    }),
  };
}
