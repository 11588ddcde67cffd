/**
 * What the hall shows of each delegate: the mark (platform shape and colour, or undecided, or not yet
 * elected, or away), derived from the same rule the vote uses. Part of every view: the screens never
 * see a delegate's stance, only its mark. Pure.
 */
import { type Scenario, votedItem } from '../content/schema';
import { choiceOf } from '../rules/ballots';
import type { Ballot, Delegate } from '../rules/types';

export type Mark =
  | { kind: 'unelected' }
  | { kind: 'projected'; platform: string } // not yet elected: the platform its conference's leaning would give the seat now
  | { kind: 'away' }
  | { kind: 'undecided' }
  | { kind: 'abstained' }
  | { kind: 'leaning'; platform: string };

/**
 * Before the vote a delegate shows how it leans (undecided when two motions are nearly as close);
 * once the vote is taken, how it voted: a voting delegate's mark is then its ballot (`cast`, the vote's
 * own record of it, where there is one).
 */
export function markOf(sc: Scenario, d: Delegate, voted = false, cast?: Ballot['cast']): Mark {
  if (!d.stance) return { kind: 'unelected' };
  if (!d.present) return { kind: 'away' };
  const item = votedItem(sc);
  // the ballot as cast, where the vote kept it (stances may have moved since, before later votes)
  const choice = voted && d.voting && cast && Object.hasOwn(cast, d.id) ? { option: cast[d.id]!, undecided: false } : choiceOf(sc, item, d);
  if (voted && d.voting) {
    if (!choice.option) return { kind: 'abstained' };
  } else if (!choice.option || choice.undecided) {
    return { kind: 'undecided' };
  }
  const platform = item.motions.find((m) => m.id === choice.option)!.platform!;
  return { kind: 'leaning', platform };
}

export interface DelegateView {
  id: string;
  group: string; // delegation id
  voting: boolean;
  elected: string | null; // the platform it was elected on
  present: boolean;
  mark: Mark;
}

/** Counts of marks among voting delegates, for the legend and the bar of leanings. */
export function markCounts(views: readonly DelegateView[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const v of views) {
    if (!v.voting) continue;
    const key = v.mark.kind === 'leaning' ? v.mark.platform : v.mark.kind === 'projected' ? `projected:${v.mark.platform}` : v.mark.kind;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}
