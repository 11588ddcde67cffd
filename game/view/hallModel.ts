/**
 * What the hall shows for each delegate, derived from the game state: the mark (platform shape and colour,
 * or undecided, or not yet elected, or away at the front) and a sentence on who they are. Pure: derives,
 * never decides; the leaning comes from the same rule the vote uses.
 */
import { type Scenario, votedItem } from '../content/schema';
import { choiceOf } from '../rules/ballots';
import type { GameState } from '../rules/types';

export type Mark =
  | { kind: 'unelected' }
  | { kind: 'away' }
  | { kind: 'undecided' }
  | { kind: 'abstained' }
  | { kind: 'leaning'; platform: string };

export interface DelegateView {
  id: string;
  group: string; // delegation id
  voting: boolean;
  mark: Mark;
}


/**
 * Before the vote a delegate shows how it leans (undecided when two motions are nearly as close);
 * once the vote is taken, how it voted: a voting delegate's mark is then its ballot.
 */
export function markOf(sc: Scenario, d: GameState['delegates'][number], voted = false): Mark {
  if (!d.stance) return { kind: 'unelected' };
  if (!d.present) return { kind: 'away' };
  const item = votedItem(sc);
  const choice = choiceOf(sc, item, d);
  if (voted && d.voting) {
    if (!choice.option) return { kind: 'abstained' };
  } else if (!choice.option || choice.undecided) {
    return { kind: 'undecided' };
  }
  const platform = item.motions.find((m) => m.id === choice.option)!.platform!;
  return { kind: 'leaning', platform };
}

export function hallView(sc: Scenario, game: GameState): DelegateView[] {
  const voted = game.ballots.length > 0;
  return game.delegates.map((d) => ({ id: d.id, group: d.delegation, voting: d.voting, mark: markOf(sc, d, voted) }));
}

/** Counts of marks, for the legend and the forecast bar. */
export function markCounts(views: readonly DelegateView[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const v of views) {
    if (!v.voting) continue;
    const key = v.mark.kind === 'leaning' ? v.mark.platform : v.mark.kind;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

/** The speaker at the rostrum: the leader of the platform that spoke last, if the debate has begun. */
export function currentSpeaker(sc: Scenario, game: GameState | null): { name: string; platform: string } | null {
  const last = game?.log.filter((l) => l.kind === 'speech').at(-1);
  if (!last?.seat) return null;
  const p = sc.platforms.find((x) => x.id === last.seat)!;
  return { name: p.leaders[0]!, platform: p.name };
}
