/**
 * The campaign format: an ordered list of chapters, each a scenario, and the carry-over rules that say
 * what a chapter's result changes in the next one. The zod schema is the source of truth;
 * scenarios/campaign.schema.json is generated from it (npm run schema). A campaign is checked in two
 * steps, each problem with its path: on its own (ids unique, sources cited, nothing carried past the
 * last chapter), then against its chapters' scenarios (every id a rule names exists in the scenario it
 * belongs to: a condition in its own chapter, an effect in the next).
 */
import './zodConfig';
import { z } from 'zod';
import { problem, unique } from './crossChecks';
import { Confidence, Id, Ids, LIMITS, Name, SourceSchema, Text, votedItem, type Scenario } from './schema';
import type { Problem } from './parse';

export const CAMPAIGN_LIMITS = { chapters: 12, rules: 40, effects: 20 } as const;

const most = (n: number, what: string) => ({ message: `at most ${n} ${what}: the game's limit for a campaign` });

/** What in a chapter's result sets a rule off. Every id is one of that chapter's scenario. */
export const ConditionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('always') }).describe('every time the chapter ends: what history carried over whatever the players did'),
  z
    .strictObject({ kind: z.literal('grade'), platform: Id, atLeast: z.enum(['as history', 'better than history', 'decisive']) })
    .describe("the platform's grade in the chapter is at least this"),
  z.strictObject({ kind: z.literal('adopted'), item: Id, motion: Id }).describe('the agenda item adopted this motion'),
  z.strictObject({ kind: z.literal('rejected'), item: Id, motion: Id }).describe('the agenda item did not adopt this motion'),
  z
    .strictObject({ kind: z.literal('share'), item: Id, motion: Id, atLeast: z.number().min(0).max(1) })
    .describe("the motion's share of the votes cast on the item is at least this (0.25 is a quarter)"),
]);

/** What a rule changes in the next chapter. Every id is one of the next chapter's scenario. */
export const EffectSchema = z.discriminatedUnion('kind', [
  z
    .strictObject({ kind: z.literal('lean'), delegation: Id, platform: Id, weight: z.number().min(-LIMITS.eventWeight).max(LIMITS.eventWeight) })
    .describe("adds to a delegation's leaning towards a platform, in lean units, from the start of the next chapter"),
  z
    .strictObject({ kind: z.literal('standing'), platform: Id, change: z.number().int().min(-3).max(3) })
    .describe("a platform's standing in the party: its opening hand in the next chapter has this many cards more (or fewer)"),
  z.strictObject({ kind: z.literal('card'), platform: Id, card: Id, gain: z.boolean() }).describe("a card of the platform's, dealt to it for certain (gain) or taken out of its deck (not gain)"),
  z.strictObject({ kind: z.literal('committee'), person: Id, member: z.boolean() }).describe('whether a person sits on the Central Committee when the next chapter begins'),
]);

export const CarrySchema = z.strictObject({
  id: Id,
  when: ConditionSchema,
  then: z.array(EffectSchema).min(1).max(CAMPAIGN_LIMITS.effects, most(CAMPAIGN_LIMITS.effects, 'effects of one rule')),
  why: Text.describe('what carried over and why, in words the campaign screen shows'),
  sources: Ids.default([]).describe("ids from the campaign's sources, where the rule follows history; empty for a rule of the game alone"),
  confidence: Confidence.optional(),
});

export const ChapterSchema = z.strictObject({
  id: Id,
  scenario: Id.describe("the scenario's id (its file in scenarios/ is the id with .json)"),
  title: Name,
  summary: Text.describe('one or two sentences for the campaign screen'),
  carry: z.array(CarrySchema).max(CAMPAIGN_LIMITS.rules, most(CAMPAIGN_LIMITS.rules, 'carry-over rules in one chapter')).default([]).describe("what this chapter's result changes in the next"),
});

export const CampaignBase = z.strictObject({
  $schema: z.string().optional(),
  id: Id,
  title: Name,
  summary: Text,
  sources: z.array(SourceSchema).max(LIMITS.sources).default([]),
  chapters: z.array(ChapterSchema).min(1, 'a campaign needs at least one chapter').max(CAMPAIGN_LIMITS.chapters, most(CAMPAIGN_LIMITS.chapters, 'chapters')),
});

type Raw = z.infer<typeof CampaignBase>;

/** The checks a campaign needs on its own: ids unique, sources resolve, nothing carried past its end. */
function checkCampaign(c: Raw, ctx: z.RefinementCtx): void {
  const twice = (what: string) => (id: string) => `the ${what} id "${id}" is used twice`;
  const sources = unique(ctx, c.sources, ['sources'], twice('source'));
  unique(ctx, c.chapters, ['chapters'], twice('chapter'));
  c.chapters.forEach((ch, i) => {
    unique(ctx, ch.carry, ['chapters', i, 'carry'], twice('rule'));
    if (i === c.chapters.length - 1 && ch.carry.length) problem(ctx, ['chapters', i, 'carry'], 'the last chapter has no next chapter to carry anything into');
    ch.carry.forEach((r, j) => {
      r.sources.forEach((s, k) => {
        if (!sources.has(s)) problem(ctx, ['chapters', i, 'carry', j, 'sources', k], `no source with id "${s}" in the campaign's sources`);
      });
      if (r.sources.length && !r.confidence) problem(ctx, ['chapters', i, 'carry', j, 'confidence'], 'a rule that cites sources says how sure they are');
    });
  });
}

export const CampaignSchema = CampaignBase.superRefine(checkCampaign);
export type Campaign = z.infer<typeof CampaignSchema>;
export type Condition = z.infer<typeof ConditionSchema>;
export type Effect = z.infer<typeof EffectSchema>;

/**
 * The checks against the chapters' scenarios: each chapter's scenario is known, and each id a rule names
 * is in the scenario it acts on: a condition's in its own chapter, an effect's in the next.
 */
export function checkChapters(c: Campaign, scenarios: ReadonlyMap<string, Scenario>): Problem[] {
  const problems: Problem[] = [];
  const at = (path: PropertyKey[], message: string) => problems.push({ path: path.map(String).join('.'), message });
  const has = (list: readonly { id: string }[], id: string) => list.some((x) => x.id === id);
  c.chapters.forEach((ch, i) => {
    const sc = scenarios.get(ch.scenario);
    if (!sc) at(['chapters', i, 'scenario'], `no scenario with id "${ch.scenario}" (looked for ${ch.scenario}.json beside the campaign and in scenarios/)`);
    const next = c.chapters[i + 1] ? scenarios.get(c.chapters[i + 1]!.scenario) : undefined;
    ch.carry.forEach((r, j) => {
      const here = ['chapters', i, 'carry', j];
      const w = r.when;
      if (sc && w.kind !== 'always') {
        if (w.kind === 'grade') {
          if (!sc.platforms.some((p) => p.id === w.platform && p.playable)) at([...here, 'when', 'platform'], `"${w.platform}" is not a playable platform of ${sc.id}`);
        } else {
          const item = sc.agenda.find((a) => a.id === w.item);
          // the committee is elected on the contested vote's motions
          const motions = item?.seats ? votedItem(sc).motions : item?.motions;
          if (!item) at([...here, 'when', 'item'], `no agenda item "${w.item}" in ${sc.id}`);
          else if (!has(motions ?? [], w.motion)) at([...here, 'when', 'motion'], `no motion "${w.motion}" on ${sc.id}'s item "${w.item}"${item.seats ? ' (a committee is elected on the motions of the contested vote)' : ''}`);
        }
      }
      if (!next) return;
      r.then.forEach((e, k) => {
        const path = [...here, 'then', k];
        if ('platform' in e && !has(next.platforms, e.platform)) at([...path, 'platform'], `no platform "${e.platform}" in the next chapter's scenario, ${next.id}`);
        if (e.kind === 'lean' && !has(next.delegations, e.delegation)) at([...path, 'delegation'], `no delegation "${e.delegation}" in ${next.id}`);
        if (e.kind === 'card' && !next.cards.some((card) => card.id === e.card && card.platform === e.platform)) at([...path, 'card'], `no card "${e.card}" of platform "${e.platform}" in ${next.id}`);
        if (e.kind === 'committee' && !has(next.people, e.person)) at([...path, 'person'], `no person "${e.person}" in ${next.id}`);
      });
    });
  });
  return problems;
}
