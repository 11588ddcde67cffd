/**
 * The scenario format: the zod schema is the source of truth for what a scenario file may say.
 * scenarios/scenario.schema.json is generated from it (npm run schema) so editors can complete fields.
 * Cross-reference checks (ids resolve, counts add up) live in superRefine below, so both the CLI and the
 * game report every problem with its path. Imports only zod.
 */
import { z } from 'zod';

const Id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case letters, digits and hyphens');
const SourceRefs = z.array(Id).min(1, 'cite at least one source id from "sources"');
/** A position on one issue axis: -1 and +1 are the two poles the issue defines. */
const Position = z.number().min(-1).max(1);

export const SourceSchema = z.object({
  id: Id,
  author: z.string().min(1),
  title: z.string().min(1),
  date: z.string().min(1),
  where: z.string().min(1).describe('page, chapter or URL where the fact can be checked'),
});

export const IssueSchema = z.object({
  id: Id,
  name: z.string().min(1),
  poles: z.tuple([z.string().min(1), z.string().min(1)]).describe('what -1 and +1 mean on this axis'),
});

export const PlatformSchema = z.object({
  id: Id,
  name: z.string().min(1),
  short: z.string().min(1).max(12).describe('label used on the hall and in tables'),
  leaders: z.array(z.string().min(1)).min(1),
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  shape: z.enum(['circle', 'square', 'triangle', 'diamond']).describe('non-colour cue on the hall'),
  playable: z.boolean().describe('true when a seat (human or AI) argues for this platform'),
  demands: z.array(z.string().min(1)).min(1),
  position: z.record(z.string(), Position).describe('issue id -> position'),
  sources: SourceRefs,
});

export const DelegationSchema = z.object({
  id: Id,
  name: z.string().min(1),
  kind: z.enum(['province', 'army', 'union', 'other']),
  voting: z.number().int().min(0),
  consultative: z.number().int().min(0),
  rule: z.enum(['proportional', 'majority']).describe('how its conference splits its delegates between platforms'),
  lean: z.record(z.string(), z.number().min(0)).describe('platform id -> relative weight of support'),
  basis: z.enum(['sourced', 'estimate']),
  rationale: z.string().min(1).describe('one line: why these numbers'),
  sources: z.array(Id),
});

export const CardSchema = z.object({
  id: Id,
  platform: Id,
  title: z.string().min(1),
  claim: z.string().min(1).describe('original prose: the argument in the game\'s own words'),
  quote: z
    .object({ text: z.string().min(1), speaker: z.string().min(1), date: z.string().min(1), source: Id })
    .optional(),
  moves: z.record(z.string(), z.number().min(-1).max(1)).describe('issue id -> push on the issue axis'),
  audiences: z.array(z.enum(['province', 'army', 'union', 'other'])).min(1),
  rebuts: z.array(Id),
  sources: SourceRefs,
});

export const MotionSchema = z.object({
  id: Id,
  title: z.string().min(1),
  platform: Id,
});

const ScenarioBase = z
  .object({
    $schema: z.string().optional(),
    id: Id,
    title: z.string().min(1),
    dates: z.string().min(1),
    place: z.string().min(1),
    summary: z.string().min(1),
    totals: z.object({ voting: z.number().int().min(1), consultative: z.number().int().min(0) }),
    sources: z.array(SourceSchema).min(1),
    issues: z.array(IssueSchema).min(1),
    platforms: z.array(PlatformSchema).min(2),
    delegations: z.array(DelegationSchema).min(1),
    cards: z.array(CardSchema).min(1),
    opening: z.object({
      title: z.string().min(1),
      text: z.string().min(1),
      pressure: z.record(z.string(), z.number().min(-1).max(1)).describe('issue id -> push on every delegate'),
      departures: z.number().int().min(0).describe('voting delegates who leave before the vote'),
      sources: SourceRefs,
    }),
    vote: z.object({
      title: z.string().min(1),
      motions: z.array(MotionSchema).min(2),
      abstainBeyond: z.number().positive().describe('a delegate further than this from every motion abstains'),
    }),
    record: z.object({
      summary: z.string().min(1),
      votes: z.record(z.string(), z.number().int().min(0)).describe('motion id -> votes cast in history'),
      sources: SourceRefs,
    }),
  });

export const ScenarioSchema = ScenarioBase.superRefine(checkReferences);

export type Scenario = z.infer<typeof ScenarioSchema>;
export type Platform = z.infer<typeof PlatformSchema>;
export type Delegation = z.infer<typeof DelegationSchema>;
export type Card = z.infer<typeof CardSchema>;
export type DelegationKind = Delegation['kind'];

type Ctx = z.RefinementCtx;

function checkUnique(ctx: Ctx, items: readonly { id: string }[], key: string): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [key, i, 'id'], message: `duplicate id "${item.id}"` });
    seen.add(item.id);
  });
  return seen;
}

function checkRefs(ctx: Ctx, ids: readonly string[], known: Set<string>, path: (string | number)[], what: string) {
  ids.forEach((id, i) => {
    if (!known.has(id)) ctx.addIssue({ code: 'custom', path: [...path, i], message: `unknown ${what} "${id}"` });
  });
}

function checkKeys(ctx: Ctx, rec: Record<string, unknown>, known: Set<string>, path: (string | number)[], what: string) {
  for (const key of Object.keys(rec)) {
    if (!known.has(key)) ctx.addIssue({ code: 'custom', path: [...path, key], message: `unknown ${what} "${key}"` });
  }
}

function checkReferences(s: z.infer<typeof ScenarioBase>, ctx: Ctx): void {
  const sources = checkUnique(ctx, s.sources, 'sources');
  const issues = checkUnique(ctx, s.issues, 'issues');
  const platforms = checkUnique(ctx, s.platforms, 'platforms');
  checkUnique(ctx, s.delegations, 'delegations');
  const cards = checkUnique(ctx, s.cards, 'cards');
  const motions = checkUnique(ctx, s.vote.motions, 'vote.motions');

  s.platforms.forEach((p, i) => {
    checkRefs(ctx, p.sources, sources, ['platforms', i, 'sources'], 'source');
    checkKeys(ctx, p.position, issues, ['platforms', i, 'position'], 'issue');
    for (const issue of issues) {
      if (!(issue in p.position)) {
        ctx.addIssue({ code: 'custom', path: ['platforms', i, 'position'], message: `missing position on issue "${issue}"` });
      }
    }
  });
  s.delegations.forEach((d, i) => {
    checkKeys(ctx, d.lean, platforms, ['delegations', i, 'lean'], 'platform');
    checkRefs(ctx, d.sources, sources, ['delegations', i, 'sources'], 'source');
    if (Object.values(d.lean).every((w) => w <= 0)) {
      ctx.addIssue({ code: 'custom', path: ['delegations', i, 'lean'], message: 'give at least one platform a weight above 0' });
    }
    if (d.basis === 'sourced' && d.sources.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['delegations', i, 'sources'], message: 'a sourced delegation needs a source id' });
    }
  });
  s.cards.forEach((c, i) => {
    if (!platforms.has(c.platform)) ctx.addIssue({ code: 'custom', path: ['cards', i, 'platform'], message: `unknown platform "${c.platform}"` });
    checkKeys(ctx, c.moves, issues, ['cards', i, 'moves'], 'issue');
    checkRefs(ctx, c.rebuts, cards, ['cards', i, 'rebuts'], 'card');
    checkRefs(ctx, c.sources, sources, ['cards', i, 'sources'], 'source');
    if (c.quote) {
      checkRefs(ctx, [c.quote.source], sources, ['cards', i, 'quote', 'source'], 'source');
      const words = c.quote.text.trim().split(/\s+/).length;
      if (words > 40) ctx.addIssue({ code: 'custom', path: ['cards', i, 'quote', 'text'], message: `quotation has ${words} words; at most 40` });
    }
  });
  const voting = s.delegations.reduce((n, d) => n + d.voting, 0);
  const consultative = s.delegations.reduce((n, d) => n + d.consultative, 0);
  if (voting !== s.totals.voting) {
    ctx.addIssue({ code: 'custom', path: ['totals', 'voting'], message: `delegations add up to ${voting} voting delegates, not ${s.totals.voting}` });
  }
  if (consultative !== s.totals.consultative) {
    ctx.addIssue({ code: 'custom', path: ['totals', 'consultative'], message: `delegations add up to ${consultative} consultative delegates, not ${s.totals.consultative}` });
  }
  if (s.opening.departures > s.totals.voting) {
    ctx.addIssue({ code: 'custom', path: ['opening', 'departures'], message: 'more departures than voting delegates' });
  }
  checkKeys(ctx, s.opening.pressure, issues, ['opening', 'pressure'], 'issue');
  checkRefs(ctx, s.opening.sources, sources, ['opening', 'sources'], 'source');
  s.vote.motions.forEach((m, i) => {
    if (!platforms.has(m.platform)) ctx.addIssue({ code: 'custom', path: ['vote', 'motions', i, 'platform'], message: `unknown platform "${m.platform}"` });
  });
  checkKeys(ctx, s.record.votes, motions, ['record', 'votes'], 'motion');
  checkRefs(ctx, s.record.sources, sources, ['record', 'sources'], 'source');
  const playable = s.platforms.filter((p) => p.playable);
  if (playable.length < 2) ctx.addIssue({ code: 'custom', path: ['platforms'], message: 'at least two platforms must be playable' });
  playable.forEach((p) => {
    if (!s.cards.some((c) => c.platform === p.id)) {
      ctx.addIssue({ code: 'custom', path: ['cards'], message: `playable platform "${p.id}" has no argument cards` });
    }
    if (!s.vote.motions.some((m) => m.platform === p.id)) {
      ctx.addIssue({ code: 'custom', path: ['vote', 'motions'], message: `playable platform "${p.id}" has no motion` });
    }
  });
}
