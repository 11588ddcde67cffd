/**
 * The votes: the contested item (each delegate for the nearest platform's motion), yes-or-no resolutions
 * (for when the weighted stance clears the threshold), and the committee election (seats shared by the
 * contested vote, the chair's slate deciding how far rivals are included). Forecasts before a vote and,
 * after it, why each delegation voted as it did (as data: game/words writes the sentence). Pure.
 */
import { votedItem, type AgendaItem, type Scenario } from '../content/schema';
import { itemOf } from './agenda';
import { chooseMotion } from './stance';
import type { Ballot, Delegate, DelegationTally, GameState, Stance, TallyWhy } from './types';

/** A delegate this close to two options is counted undecided in forecasts. */
export const UNDECIDED_MARGIN = 0.12;

function supportOf(item: AgendaItem, stance: Record<string, number>): number {
  const weights = item.ballot!.for;
  let n = 0;
  for (const issue in weights) n += weights[issue]! * (stance[issue] ?? 0);
  return n;
}

/** How one delegate votes on an item: an option id, or null to abstain. `undecided` when near a tie. */
export function choiceOf(sc: Scenario, item: AgendaItem, d: Delegate): { option: string | null; undecided: boolean } {
  return stanceChoice(sc, item, d.stance);
}

/** How a delegate standing at `stance` votes on an item (see choiceOf). */
export function stanceChoice(sc: Scenario, item: AgendaItem, stance: Stance | null): { option: string | null; undecided: boolean } {
  if (!stance) return { option: null, undecided: true };
  if (item.ballot) {
    const gap = supportOf(item, stance) - item.ballot.threshold;
    if (Math.abs(gap) <= item.ballot.margin) return { option: null, undecided: true };
    return { option: gap > 0 ? 'for' : 'against', undecided: Math.abs(gap) <= item.ballot.margin + UNDECIDED_MARGIN };
  }
  const c = chooseMotion(sc, stance);
  return { option: c.motion, undecided: c.runnerUp - c.distance < UNDECIDED_MARGIN };
}

/** The item with any amendment carried from the floor applied to its threshold (see floor.ts). */
export function amendedItem(state: GameState, item: AgendaItem): AgendaItem {
  const by = state.floor?.amended[item.id];
  return by && item.ballot ? { ...item, ballot: { ...item.ballot, threshold: item.ballot.threshold + by } } : item;
}

export function optionsOf(sc: Scenario, item: AgendaItem): string[] {
  return item.ballot ? ['for', 'against'] : (item.seats ? votedItem(sc) : item).motions.map((m) => m.id);
}

/** What the hall chooses between on an item: its options, each with its title ('For' / 'Against', or a motion's). */
export function choicesOf(sc: Scenario, itemId: string): { id: string; title: string }[] {
  const item = itemOf(sc, itemId);
  const motions = (item.seats ? votedItem(sc) : item).motions;
  return optionsOf(sc, item).map((id) => ({ id, title: id === 'for' ? 'For' : id === 'against' ? 'Against' : (motions.find((m) => m.id === id)?.title ?? id) }));
}

export interface Forecast {
  item: string;
  sure: Record<string, number>; // option -> delegates firmly for it
  undecided: number;
  abstaining: number;
}

/** For / against / undecided among the voting delegates present, before a vote. */
export function forecast(sc: Scenario, state: GameState, itemId: string): Forecast {
  const item = amendedItem(state, itemOf(sc, itemId));
  const counted = item.seats ? votedItem(sc) : item;
  const sure: Record<string, number> = Object.fromEntries(optionsOf(sc, counted).map((o) => [o, 0]));
  let undecided = 0;
  let abstaining = 0;
  for (const d of state.delegates) {
    if (!d.voting || !d.present || !d.stance) continue;
    const c = choiceOf(sc, counted, d);
    if (c.undecided) undecided++;
    else if (c.option) sure[c.option] = (sure[c.option] ?? 0) + 1;
    else abstaining++;
  }
  return { item: itemId, sure, undecided, abstaining };
}

/** Why a delegation voted as it did: the option most of it chose, who those voters were, and what moved them. */
function whyOf(sc: Scenario, item: AgendaItem, own: readonly Delegate[], chose: ReadonlyMap<Delegate, string | null>, t: Omit<DelegationTally, 'why'>): TallyWhy {
  const top = Object.entries(t.votes).sort((a, b) => b[1] - a[1])[0];
  const none: TallyWhy = { option: null, votes: 0, loyal: 0, free: 0, turned: 0, card: null, pressured: false };
  if (!top || top[1] === 0) return none;
  const voters = own.filter((d) => d.present && d.voting && chose.get(d) === top[0]);
  if (item.ballot) {
    const pressured = Object.keys(sc.opening.pressure).some((issue) => item.ballot?.for[issue]);
    return { ...none, option: top[0], votes: top[1], pressured };
  }
  const motion = item.motions.find((m) => m.id === top[0])!;
  // the argument named is the one, among those made for this motion's platform, that moved most of its voters
  const cardCounts = new Map<string, number>();
  for (const v of voters) {
    const card = motion.platform ? v.movedBy[motion.platform] : undefined;
    if (card) cardCounts.set(card, (cardCounts.get(card) ?? 0) + 1);
  }
  const topCard = [...cardCounts.entries()].sort((a, b) => b[1] - a[1])[0];
  const loyal = voters.filter((v) => v.elected === motion.platform).length;
  const free = voters.filter((v) => v.elected === null).length;
  return { option: top[0], votes: top[1], loyal, free, turned: voters.length - loyal - free, card: topCard?.[0] ?? null, pressured: false };
}

/** Counts one item's votes among the voting delegates present. */
export function tally(sc: Scenario, state: GameState, itemId: string): Ballot {
  const item = amendedItem(state, itemOf(sc, itemId));
  const counted = item.seats ? votedItem(sc) : item;
  const options = optionsOf(sc, counted);
  const votes: Record<string, number> = Object.fromEntries(options.map((o) => [o, 0]));
  let abstained = 0;
  let absent = 0;
  // the headline vote's ballots, delegate by delegate, kept when stances can still move after it (statements
  // from the floor before later votes), so the hall goes on showing how each voted
  const cast: Record<string, string | null> | null = state.floor && itemId === sc.vote.item ? {} : null;
  const voters = new Map<string, Delegate[]>(); // each delegation's voting delegates, in the state's order
  for (const x of state.delegates) {
    if (!x.voting) continue;
    const list = voters.get(x.delegation);
    if (list) list.push(x);
    else voters.set(x.delegation, [x]);
  }
  const byDelegation: DelegationTally[] = sc.delegations.map((d) => {
    const own = voters.get(d.id) ?? [];
    const t = { delegation: d.id, votes: Object.fromEntries(options.map((o) => [o, 0])) as Record<string, number>, abstained: 0, absent: 0 };
    const chose = new Map<Delegate, string | null>(); // how each delegate present voted
    for (const x of own) {
      const option = x.present ? choiceOf(sc, counted, x).option : null;
      if (x.present) chose.set(x, option);
      if (cast && x.present) cast[x.id] = option;
      if (!x.present) t.absent++;
      else if (option) t.votes[option] = (t.votes[option] ?? 0) + 1;
      else t.abstained++;
    }
    for (const [o, n] of Object.entries(t.votes)) votes[o] = (votes[o] ?? 0) + n;
    abstained += t.abstained;
    absent += t.absent;
    return { ...t, why: whyOf(sc, counted, own, chose, t) };
  });
  const ballot: Ballot = { item: itemId, votes, abstained, absent, byDelegation, adopted: null, ...(cast ? { cast } : {}) };
  ballot.adopted = item.seats ? null : adoptedOf(votes, options, !!item.ballot);
  if (item.seats) ballot.seats = committee(sc, state, item, votes);
  return ballot;
}

/**
 * What a vote adopts. A yes-or-no resolution passes with more votes for than against. Of several motions
 * the one with most votes wins, but only if it has more than every other: a tie adopts nothing, and so
 * does a vote in which nobody voted (every delegate away or abstaining).
 */
export function adoptedOf(votes: Record<string, number>, options: readonly string[], yesOrNo: boolean): string | null {
  const count = (o: string) => (Object.hasOwn(votes, o) ? votes[o]! : 0);
  if (options.every((o) => count(o) === 0)) return null;
  if (yesOrNo) return count('for') > count('against') ? 'for' : 'against';
  const ranked = [...options].sort((a, b) => count(b) - count(a));
  return count(ranked[0]!) > count(ranked[1] ?? '') ? ranked[0]! : null;
}

/** Largest-average (D'Hondt) shares of `seats` over `weights`. */
export function dHondt(weights: Record<string, number>, seats: number): Record<string, number> {
  const won: Record<string, number> = Object.fromEntries(Object.keys(weights).map((k) => [k, 0]));
  for (let s = 0; s < seats; s++) {
    const best = Object.keys(weights).reduce<string | null>((a, b) => (a === null || (weights[b] ?? 0) / (won[b]! + 1) > (weights[a] ?? 0) / (won[a]! + 1) ? b : a), null);
    if (best === null || (weights[best] ?? 0) <= 0) break;
    won[best]!++;
  }
  return won;
}

/** Minimum places a co-opted rival gets on the chair's slate, full and candidate. */
export const COOPTED_PLACES = 2;
/** Share of its proportional seats a rival left off the slate still wins. */
export const UNSLATED_SHARE = 0.5;

/**
 * The committee: seats by the contested vote, the chair's slate taking what rivals do not get. A rival
 * that declined its places on the slate stands on its own list, as one left off it.
 */
function committee(sc: Scenario, state: GameState, item: AgendaItem, votes: Record<string, number>): Record<string, { full: number; candidates: number }> {
  const byPlatform: Record<string, number> = {};
  for (const m of votedItem(sc).motions) if (m.platform) byPlatform[m.platform] = votes[m.id] ?? 0;
  const chair = state.chair ?? Object.keys(byPlatform)[0]!;
  const result: Record<string, { full: number; candidates: number }> = {};
  for (const kind of ['full', 'candidates'] as const) {
    const total = item.seats![kind];
    const fair = dHondt(byPlatform, total);
    let given = 0;
    for (const p of Object.keys(byPlatform)) {
      if (p === chair) continue;
      const slated = state.coopted?.includes(p) && !state.floor?.declined.includes(p);
      const n = slated ? Math.max(COOPTED_PLACES, fair[p] ?? 0) : Math.floor((fair[p] ?? 0) * UNSLATED_SHARE);
      result[p] = { ...(result[p] ?? { full: 0, candidates: 0 }), [kind]: n };
      given += n;
    }
    result[chair] = { ...(result[chair] ?? { full: 0, candidates: 0 }), [kind]: Math.max(0, total - given) };
  }
  return result;
}

/** The delegates of each delegation who may vote now (voting, in the hall), by delegation id. */
export function presentVoters(state: GameState): Map<string, number> {
  const n = new Map<string, number>();
  for (const d of state.delegates) if (d.voting && d.present && d.stance) n.set(d.delegation, (n.get(d.delegation) ?? 0) + 1);
  return n;
}

/**
 * What is wrong with a class's count of one item's votes (delegation -> option -> votes), or null: every
 * delegation and option must be the scenario's, and no delegation may cast more votes than it has
 * delegates in the hall.
 */
export function handsProblem(sc: Scenario, state: GameState, itemId: string, counts: Readonly<Record<string, Readonly<Record<string, number>>>>): string | null {
  const options = optionsOf(sc, itemOf(sc, itemId));
  const present = presentVoters(state);
  for (const [delegation, votes] of Object.entries(counts)) {
    const d = sc.delegations.find((x) => x.id === delegation);
    if (!d) return `there is no delegation "${delegation}"`;
    let cast = 0;
    for (const [option, n] of Object.entries(votes)) {
      if (!options.includes(option)) return `"${option}" is not one of this vote's options (${options.join(', ')})`;
      if (!Number.isInteger(n) || n < 0) return `a count of votes is a whole number, 0 or more, not ${n}`;
      cast += n;
    }
    const here = present.get(delegation) ?? 0;
    if (cast > here) return `${d.name} has ${here} voting delegate${here === 1 ? '' : 's'} in the hall, not ${cast}`;
  }
  return null;
}

/**
 * One item's votes as a class counted them (see handsProblem): each delegation's votes as given, the rest
 * of its delegates present abstaining. Why each delegation voted is the model's reading where the class's
 * majority in it matches the model's, and otherwise only the count (the class's reasons are its own).
 */
export function handsTally(sc: Scenario, state: GameState, itemId: string, counts: Readonly<Record<string, Readonly<Record<string, number>>>>, how: 'hands' | 'override'): Ballot {
  const model = tally(sc, state, itemId);
  const item = amendedItem(state, itemOf(sc, itemId));
  const options = optionsOf(sc, item);
  const present = presentVoters(state);
  const votes: Record<string, number> = Object.fromEntries(options.map((o) => [o, 0]));
  let abstained = 0;
  const byDelegation = model.byDelegation.map((m): DelegationTally => {
    const given = counts[m.delegation] ?? {};
    const own: Record<string, number> = Object.fromEntries(options.map((o) => [o, given[o] ?? 0]));
    const cast = Object.values(own).reduce((a, b) => a + b, 0);
    const t = { delegation: m.delegation, votes: own, abstained: (present.get(m.delegation) ?? 0) - cast, absent: m.absent };
    for (const [o, n] of Object.entries(own)) votes[o] = (votes[o] ?? 0) + n;
    abstained += t.abstained;
    const top = Object.entries(own).sort((a, b) => b[1] - a[1])[0];
    const why: TallyWhy = top && top[1] > 0 && top[0] === m.why.option ? { ...m.why, votes: top[1] } : { option: top && top[1] > 0 ? top[0] : null, votes: top?.[1] ?? 0, loyal: 0, free: 0, turned: 0, card: null, pressured: false };
    return { ...t, why };
  });
  const ballot: Ballot = { item: itemId, votes, abstained, absent: model.absent, byDelegation, adopted: null, counted: how };
  ballot.adopted = item.seats ? null : adoptedOf(votes, options, !!item.ballot);
  if (item.seats) ballot.seats = committee(sc, state, item, votes);
  return ballot;
}
