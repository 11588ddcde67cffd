/**
 * The words of a campaign: what each carried-over effect does in the chapter it acts on, a chapter's
 * grades in a line, and the epilogue drawn from what the player's platforms achieved across the chapters,
 * chapter by chapter (what each meeting adopted, the grades, what it carried on).
 * Pure: reads the scenarios and the progress, never the clock or the DOM.
 */
import type { Effect } from '../content/campaign';
import { votedItem, type Scenario } from '../content/schema';
import type { Progress } from '../campaign/progress';
import type { Grade } from '../rules/types';
import { capital, delegationIn, listOf, platformIn } from '../content/names';

const cardTitle = (sc: Scenario, id: string) => sc.cards.find((c) => c.id === id)?.title ?? id;
const personName = (sc: Scenario, id: string) => sc.people.find((p) => p.id === id)?.name ?? id;

/** One effect in words, as it acts on the scenario `next` (the chapter it carries into). */
export function effectText(next: Scenario, e: Effect): string {
  switch (e.kind) {
    case 'lean': {
      // in shares of the delegation's leaning, the only thing its weights mean
      const lean = next.delegations.find((d) => d.id === e.delegation)?.lean ?? {};
      const total = Object.values(lean).reduce((a, b) => a + b, 0);
      const before = lean[e.platform] ?? 0;
      const after = Math.max(0, before + e.weight);
      const pct = (n: number, of: number) => `${of > 0 ? Math.round((100 * n) / of) : 0}%`;
      return `${capital(delegationIn(next, e.delegation))} leans ${e.weight >= 0 ? 'further towards' : 'further away from'} ${platformIn(next, e.platform)}: from ${pct(before, total)} of its leaning to ${pct(after, total - before + after)}.`;
    }
    case 'standing': {
      const n = Math.abs(e.change);
      return `${capital(platformIn(next, e.platform))} holds ${n} argument${n === 1 ? '' : 's'} ${e.change > 0 ? 'more' : 'fewer'} in hand.`;
    }
    case 'card':
      return e.gain ? `${capital(platformIn(next, e.platform))} has "${cardTitle(next, e.card)}" in its opening hand for certain.` : `${capital(platformIn(next, e.platform))} has lost "${cardTitle(next, e.card)}" from its arguments.`;
    case 'committee':
      return `${personName(next, e.person)} ${e.member ? 'sits' : 'no longer sits'} on the Central Committee (said in words only: no rule of play follows from it).`;
  }
}

const GRADE_WORDS: Record<Grade, string> = {
  'worse than history': 'worse than history',
  'as history': 'as in history',
  'better than history': 'better than history',
  decisive: 'decisively better than history',
};

/** A chapter's grades: "the Workers' Opposition (you) did better than history; the Ten as in history". */
export function gradesText(sc: Scenario, grades: Readonly<Record<string, Grade>>, humans: readonly string[]): string {
  return listOf(Object.entries(grades).map(([seat, grade]) => {
    const name = platformIn(sc, seat);
    const you = humans.includes(seat) ? (name.endsWith(')') ? ', played by you,' : ' (you)') : '';
    return `${name}${you} did ${GRADE_WORDS[grade]}`;
  }));
}

/** A platform's name without the explanation in brackets that some chapters add ("the union majority (…)"). */
function plainName(name: string): string {
  return name.replace(/\s*\([^()]*\)$/, '');
}

/**
 * The campaign's end, drawn from what the player achieved: for each platform a human played, in how many
 * chapters it did better than history, as history or worse; a paragraph a chapter (what the meeting
 * adopted, the grades, the first sentence of each rule it set off); then the last chapter's own epilogue.
 */
export function campaignEpilogue(p: Progress, scenarios: readonly Scenario[]): string {
  // by seat: a platform keeps its seat from chapter to chapter even where a chapter names it otherwise
  const tally = new Map<string, { name: string; also: string[]; better: number; same: number; worse: number }>();
  p.results.forEach((r, i) => {
    const sc = scenarios[i];
    if (!r || !sc) return;
    for (const seat of r.humans) {
      const name = plainName(platformIn(sc, seat));
      const t = tally.get(seat) ?? { name, also: [], better: 0, same: 0, worse: 0 };
      if (name !== t.name && !t.also.includes(name)) t.also.push(name);
      const g = r.grades[seat];
      if (g === 'better than history' || g === 'decisive') t.better++;
      else if (g === 'as history') t.same++;
      else t.worse++;
      tally.set(seat, t);
    }
  });
  const chapters = p.campaign.chapters.length;
  const count = (n: number) => `${n} chapter${n === 1 ? '' : 's'}`;
  const lines = [...tally.values()].map((t) => {
    const parts = [t.better && `better than history in ${count(t.better)}`, t.same && `as in history in ${count(t.same)}`, t.worse && `worse than history in ${count(t.worse)}`].filter(Boolean) as string[];
    const verdict = t.better > t.worse ? 'You changed the story: the party of your campaign argued over its unions differently from the party of 1921.' : t.worse > t.better ? 'History was harder on you than on the real leaders: the record of 1921 stands.' : 'Your campaign ran close to the record of 1921.';
    return `You played ${t.name}${t.also.length ? `, also called ${listOf(t.also)} in this campaign` : ''}: ${listOf(parts)}, of ${chapters}. ${verdict}`;
  });
  if (!lines.length) lines.push(`The computer played every seat in the ${count(chapters)} of this campaign.`);
  const road = p.results.flatMap((r, i) => {
    const sc = scenarios[i];
    const chapter = p.campaign.chapters[i];
    if (!r || !sc || !chapter) return [];
    const motion = r.adopted ? votedItem(sc).motions.find((m) => m.id === r.adopted)?.title : null;
    const decided = motion ? `the meeting adopted "${motion}"` : 'the meeting adopted none of the motions';
    const carried = r.carried.length ? ` It carried on: ${r.carried.map((c) => firstSentence(c.why)).join(' ')}` : '';
    return [`${chapter.title}: ${decided}; ${gradesText(sc, r.grades, r.humans)}.${carried}`];
  });
  const last = scenarios[chapters - 1]?.epilogue;
  return [...lines, ...road, ...(last ? [`What happened in history: ${last}`] : [])].join('\n\n');
}

/** A rule's reason up to its first full stop that ends a sentence (a bracketed aside is kept whole). */
function firstSentence(text: string): string {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === '.' && depth === 0 && (i === text.length - 1 || text[i + 1] === ' ')) return text.slice(0, i + 1);
  }
  return text;
}
