/**
 * Lookups on the scenario's agenda and seats that every rule module shares: the playable platforms, the
 * agenda item by id, and the order in which items are voted. Pure.
 */
import { votedItem, type AgendaItem, type Scenario } from '../content/schema';
import { indexOf } from './lookup';

export function playablePlatforms(sc: Scenario): string[] {
  return sc.platforms.filter((p) => p.playable).map((p) => p.id);
}

export function itemOf(sc: Scenario, id: string): AgendaItem {
  return indexOf(sc).item.get(id)!;
}

/** The agenda items voted in the game, in order: the contested item first, then the others played. */
export function votingOrder(sc: Scenario): string[] {
  return [...indexOf(sc).votingOrder];
}

/** The year of the historical record, for labels: the last four-digit year in the given dates, else 'history'. */
export function historyYear(...dates: string[]): string {
  for (const d of dates) {
    const years = d.match(/\b\d{4}\b/g);
    if (years) return years[years.length - 1]!;
  }
  return 'history';
}

/** The year of the scenario's contested vote: "as in 1921". */
export function yearOf(sc: Scenario): string {
  return historyYear(votedItem(sc).date, sc.dates);
}
