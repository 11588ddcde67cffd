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

function met(state: GameState, grades: ReadonlyMap<string, Grade>, when: Condition): boolean {
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
      return (ballot.adopted === when.motion) === (when.kind === 'adopted');
    }
    case 'share': {
      const ballot = state.ballots.find((b) => b.item === when.item);
      const total = ballot ? cast(ballot.votes) : 0;
      return total > 0 && (ballot!.votes[when.motion] ?? 0) / total >= when.atLeast;
    }
  }
}

/** The rules of chapter `index` that the chapter's final state sets off; [] before the chapter has ended. */
export function carriedFrom(campaign: Campaign, index: number, sc: Scenario, state: GameState): Carried[] {
  const chapter = campaign.chapters[index];
  if (!chapter || state.phase !== 'outcome') return [];
  if (chapter.scenario !== sc.id) throw new Error(`chapter "${chapter.id}" is played in ${chapter.scenario}, not ${sc.id}`);
  const grades = new Map(outcomeOf(sc, state).seats.map((s) => [s.seat, s.grade] as const));
  return chapter.carry.filter((r) => met(state, grades, r.when)).map((r) => ({ rule: r.id, why: r.why, sources: [...r.sources], effects: r.then.map((e) => ({ ...e })) }));
}

/**
 * The next chapter's scenario with what was carried into it: each `lean` effect adds to a delegation's
 * leaning (never below nothing), each `standing` effect changes the platform's hand (at least one card, at
 * most its deck). The other effects (a card won or lost, a seat on the Central Committee) are applied by
 * the campaign's play, not here; they pass through unchanged. Pure: returns a new scenario.
 */
export function withCarried(next: Scenario, carried: readonly Carried[]): Scenario {
  const effects = carried.flatMap((c) => c.effects);
  const delegations = next.delegations.map((d) => {
    const mine = effects.filter((e): e is Extract<Effect, { kind: 'lean' }> => e.kind === 'lean' && e.delegation === d.id);
    if (!mine.length) return d;
    const lean = { ...d.lean };
    for (const e of mine) lean[e.platform] = Math.max(0, (lean[e.platform] ?? 0) + e.weight);
    return { ...d, lean };
  });
  const platforms = next.platforms.map((p) => {
    const change = effects.reduce((n, e) => n + (e.kind === 'standing' && e.platform === p.id ? e.change : 0), 0);
    if (!change) return p;
    const deck = next.cards.filter((c) => c.platform === p.id).length;
    return { ...p, hand: Math.min(deck, Math.max(1, (p.hand ?? deck) + change)) };
  });
  return { ...next, delegations, platforms };
}
