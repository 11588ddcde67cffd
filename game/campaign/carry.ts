/**
 * What a finished chapter carries into the next: the campaign's rules for that chapter whose condition its
 * result meets, in the order the campaign lists them, each with its effects and the words that explain
 * it. Pure: reads the campaign, the chapter's scenario and the chapter's final state.
 */
import type { Campaign, Condition, Effect } from '../content/campaign';
import type { Scenario } from '../content/schema';
import { cast, outcomeOf } from '../rules/outcome';
import { GRADES, type GameState, type Grade } from '../rules/types';


export interface Carried {
  rule: string; // the rule's id
  why: string;
  sources: string[];
  effects: Effect[];
}

/**
 * The option a ballot's votes and its `adopted` name for a motion of the item: the motion itself on a
 * contested item and on the committee (whose votes are the contested vote's motions), 'for' on a
 * yes-or-no resolution (its one motion is adopted when the 'for' side carries).
 */
function optionFor(sc: Scenario, itemId: string, motion: string): string {
  return sc.agenda.find((a) => a.id === itemId)?.ballot ? 'for' : motion;
}

function met(sc: Scenario, state: GameState, grades: ReadonlyMap<string, Grade>, when: Condition): boolean {
  switch (when.kind) {
    case 'always':
      return true;
    case 'grade': {
      const grade = grades.get(when.platform);
      return grade !== undefined && GRADES.indexOf(grade) >= GRADES.indexOf(when.atLeast) // met by its own grade or any above it;
    }
    case 'adopted':
    case 'rejected': {
      const ballot = state.ballots.find((b) => b.item === when.item);
      if (!ballot) return when.kind === 'rejected'; // an item never voted adopted nothing
      return (ballot.adopted === optionFor(sc, when.item, when.motion)) === (when.kind === 'adopted');
    }
    case 'share': {
      const ballot = state.ballots.find((b) => b.item === when.item);
      const total = ballot ? cast(ballot.votes) : 0;
      return total > 0 && (ballot!.votes[optionFor(sc, when.item, when.motion)] ?? 0) / total >= when.atLeast;
    }
  }
}

/** The rules of chapter `index` that the chapter's final state sets off; [] before the chapter has ended. */
export function carriedFrom(campaign: Campaign, index: number, sc: Scenario, state: GameState): Carried[] {
  const chapter = campaign.chapters[index];
  if (!chapter || state.phase !== 'outcome') return [];
  if (chapter.scenario !== sc.id) throw new Error(`chapter "${chapter.id}" is played in ${chapter.scenario}, not ${sc.id}`);
  const grades = new Map(outcomeOf(sc, state).seats.map((s) => [s.seat, s.grade] as const));
  return chapter.carry.filter((r) => met(sc, state, grades, r.when)).map((r) => ({ rule: r.id, why: r.why, sources: [...r.sources], effects: r.then.map((e) => ({ ...e })) }));
}

/**
 * The next chapter's scenario with what was carried into it: each `lean` effect adds to a delegation's
 * leaning (never below nothing); each `standing` effect changes the platform's hand (at least one card, at
 * most its deck); a card won is dealt into the platform's opening hand for certain, and a card lost leaves
 * its deck (and every list that names it), unless it is the platform's last. A `committee` effect changes
 * no rule of play: the campaign screen and the hall say it in words. Pure: returns a new scenario, still a
 * valid one.
 */
export function withCarried(next: Scenario, carried: readonly Carried[]): Scenario {
  const effects = carried.flatMap((c) => c.effects);
  const of = <K extends Effect['kind']>(kind: K) => effects.filter((e): e is Extract<Effect, { kind: K }> => e.kind === kind);
  const lost = new Set<string>();
  for (const e of of('card')) {
    const deck = next.cards.filter((c) => c.platform === e.platform && !lost.has(c.id));
    if (!e.gain && deck.length > 1 && deck.some((c) => c.id === e.card)) lost.add(e.card);
  }
  const won = of('card').filter((e) => e.gain && !lost.has(e.card));
  const cards = next.cards.filter((c) => !lost.has(c.id)).map((c) => (c.rebuts.some((id) => lost.has(id)) ? { ...c, rebuts: c.rebuts.filter((id) => !lost.has(id)) } : c));
  const delegations = next.delegations.map((d) => {
    const mine = of('lean').filter((e) => e.delegation === d.id);
    if (!mine.length) return d;
    const lean = { ...d.lean };
    for (const e of mine) lean[e.platform] = Math.max(0, (lean[e.platform] ?? 0) + e.weight);
    return { ...d, lean };
  });
  const platforms = next.platforms.map((p) => {
    const change = of('standing').reduce((n, e) => n + (e.platform === p.id ? e.change : 0), 0);
    const gains = won.filter((e) => e.platform === p.id).map((e) => e.card);
    const deck = cards.filter((c) => c.platform === p.id).length;
    const dropsCard = (ids: readonly string[]) => ids.some((id) => lost.has(id));
    if (!change && !gains.length && !dropsCard(p.dealt ?? []) && !dropsCard(p.history?.cards ?? []) && (p.hand ?? 0) <= deck) return p;
    const out = { ...p };
    if (change || p.hand !== undefined) out.hand = Math.min(deck, Math.max(1, (p.hand ?? deck) + change));
    const dealt = [...new Set([...(p.dealt ?? []).filter((id) => !lost.has(id)), ...gains])];
    if (dealt.length) out.dealt = dealt;
    else delete out.dealt;
    if (p.history && dropsCard(p.history.cards)) out.history = { ...p.history, cards: p.history.cards.filter((id) => !lost.has(id)) };
    return out;
  });
  return { ...next, cards, delegations, platforms };
}
