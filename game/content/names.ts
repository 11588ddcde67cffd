/**
 * Names of a scenario's platforms and delegations as they stand inside a sentence, for every module that
 * writes one (the record's lines, the computer's reasons, the screens). Pure.
 */
import type { DelegationKind, Scenario } from './schema';

export function listOf(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : (items[0] ?? '');
}

/** A sentence's first letter as a capital: "the Ten organises" at the start of a line. */
export function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A name as it stands inside a sentence. Names of groups take "the" ("the Workers' Opposition", "the
 * Platform of the Ten"); a name that carries its own determiner does not ("Bukharin's "buffer"", "The
 * Urals", which becomes "the Urals" mid-sentence). Put `capital()` round it at a sentence's start.
 */
export function inSentence(name: string, article = true): string {
  if (/^the\s/i.test(name)) return `the${name.slice(3)}`;
  if (/^\S+['’]s\s/.test(name) || !article) return name;
  return `the ${name}`;
}

/** A platform named inside a sentence, with its article: "the Trotsky–Bukharin bloc". */
export function platformIn(sc: Scenario, id: string): string {
  return inSentence(sc.platforms.find((p) => p.id === id)?.name ?? id);
}

/** Several platforms named inside a sentence: "the Workers' Opposition and the Platform of the Ten". */
export function platformsIn(sc: Scenario, ids: readonly string[]): string {
  return listOf(ids.map((id) => platformIn(sc, id)));
}

/** A conference or delegation named inside a sentence, without an article unless its name has one: "Petrograd", "the Urals". */
export function delegationIn(sc: Scenario, id: string): string {
  return inSentence(sc.delegations.find((d) => d.id === id)?.name ?? id, false);
}

const AUDIENCE_WORDS: Record<DelegationKind, string> = {
  province: 'provincial',
  industrial: 'industrial',
  army: 'army and fleet',
  offices: "central offices'",
};

/** One kind of party organisation inside a sentence, before "delegations": "the industrial delegations". */
export function audienceIn(kind: string): string {
  return AUDIENCE_WORDS[kind as DelegationKind] ?? kind;
}
