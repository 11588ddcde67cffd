/**
 * A scenario's lookups by id, built once for each scenario and kept while the scenario is in use: the
 * rules and the computer ask them thousands of times a game (which conference a delegate sits in, what a
 * card weighs, where a motion's platform stands), and a scan of the scenario's lists each time was most
 * of what a game cost. A parsed scenario is never changed, so the index never goes stale. Pure.
 */
import { votedItem, type AgendaItem, type Card, type Delegation, type Platform, type Scenario, type DelegationKind } from '../content/schema';

export interface ScenarioIndex {
  delegation: ReadonlyMap<string, Delegation>;
  kind: ReadonlyMap<string, DelegationKind>; // delegation id -> its kind
  card: ReadonlyMap<string, Card>;
  deckOrder: ReadonlyMap<string, number>; // card id -> its place in the scenario's list of cards
  platform: ReadonlyMap<string, Platform>;
  item: ReadonlyMap<string, AgendaItem>;
  issues: readonly string[];
  voted: ReturnType<typeof votedItem>;
  votingOrder: readonly string[];
  /** The contested vote's motions that belong to a platform, with where it stands (on each issue in order, 0 where it is silent), in the item's order. */
  motionPlaces: readonly { motion: string; point: readonly number[] }[];
}

const built = new WeakMap<Scenario, ScenarioIndex>();

function byId<T extends { id: string }>(list: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const x of list) if (!map.has(x.id)) map.set(x.id, x); // the first of a (refused) duplicate, as `find` gave
  return map;
}

function build(sc: Scenario): ScenarioIndex {
  const voted = votedItem(sc);
  const platform = byId(sc.platforms);
  const deckOrder = new Map<string, number>();
  sc.cards.forEach((c, i) => deckOrder.has(c.id) || deckOrder.set(c.id, i));
  const issues = sc.issues.map((i) => i.id);
  const motionPlaces: ScenarioIndex['motionPlaces'] = voted.motions.flatMap((m) => {
    const p = m.platform === null ? undefined : platform.get(m.platform);
    return p ? [{ motion: m.id, point: issues.map((issue) => p.position[issue] ?? 0) }] : [];
  });
  return {
    delegation: byId(sc.delegations),
    kind: new Map([...byId(sc.delegations)].map(([id, d]) => [id, d.kind])),
    card: byId(sc.cards),
    deckOrder,
    platform,
    item: byId(sc.agenda),
    issues,
    voted,
    votingOrder: [voted.id, ...sc.agenda.filter((a) => a.id !== voted.id && (a.ballot || a.seats)).map((a) => a.id)],
    motionPlaces,
  };
}

/** The scenario's index, built on first use. */
export function indexOf(sc: Scenario): ScenarioIndex {
  let index = built.get(sc);
  if (!index) {
    index = build(sc);
    built.set(sc, index);
  }
  return index;
}
