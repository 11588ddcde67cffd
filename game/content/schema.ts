/**
 * The scenario format: the zod schema is the source of truth for what a scenario file may say.
 * scenarios/scenario.schema.json is generated from it (npm run schema) so editors can complete fields.
 * Cross-reference checks (ids resolve, counts add up) live in crossChecks.ts, so both the CLI and the
 * game report every problem with its path. Imports only zod.
 */
import { z } from 'zod';
import { checkReferences } from './crossChecks';

export const Id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case letters, digits and hyphens');
const SourceRefs = z.array(Id).min(1, 'cite at least one source id from "sources"');
/** How sure the sources are, as the history dossier grades them. */
const Confidence = z
  .enum(['high', 'medium-high', 'medium', 'low-medium', 'low'])
  .describe('high: primary text read, or two independent sources agree; medium: one reputable secondary source; low: one weak or indirect source');
/** A position on one issue axis: -1 and +1 are the two poles the issue defines. */
const Position = z.number().min(-1).max(1);
const Audience = z.enum(['province', 'army', 'union', 'other']);
const Cited = { sources: SourceRefs, confidence: Confidence };
/** Text that must not stand in for a missing value: unknown is written null. */
const KnownText = z
  .string()
  .min(1)
  .refine((t) => !/^(unknown|n\/?a|\?+|-+)$/i.test(t.trim()), 'write null, not a word, when this is not known');

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

/** One thing a platform wants, measured in the game and in the historical record. */
export const ObjectiveSchema = z.object({
  text: z.string().min(1).describe('the objective in plain words, shown to the player'),
  measure: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('share'), item: Id, motion: Id }).describe("the motion's share of the votes cast on an agenda item"),
    z.object({ kind: z.literal('adopted'), item: Id, want: z.boolean() }).describe('whether an agenda item is adopted'),
    z.object({ kind: z.literal('cc-full'), platform: Id }).describe("the platform's full members of the elected committee"),
  ]),
});

/** What a platform did in history, for the AI persona that replays it (with some variety). */
export const PersonaSchema = z.object({
  organise: z.array(Id).min(1).describe('delegations it campaigned in'),
  cards: z.array(Id).min(1).describe('arguments it made'),
  volunteers: z.enum(['few', 'share', 'many']).describe('how many of its delegates left (the scenario\'s estimate where the sources do not count them)'),
  concede: z.array(Id).describe('as chair: platforms it gave presidium places'),
  coopt: z.array(Id).describe('as chair: platforms whose leaders it put on its committee slate'),
});

export const PlatformSchema = z.object({
  id: Id,
  name: z.string().min(1),
  short: z.string().min(1).max(12).describe('label used on the hall and in tables'),
  leaders: z.array(z.string().min(1)).min(1),
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  shape: z.enum(['circle', 'square', 'triangle', 'diamond']).describe('non-colour cue on the hall'),
  playable: z.boolean().describe('true when a seat (human or AI) argues for this platform'),
  note: z.string().min(1).optional().describe('e.g. when and into what a group merged'),
  demands: z.array(z.string().min(1)).min(1),
  position: z.record(z.string(), Position).describe('issue id -> position'),
  objectives: z.array(ObjectiveSchema).default([]).describe('what this platform wants, each measured against the historical record'),
  history: PersonaSchema.optional().describe('how the platform played in history: the "historical" AI follows it'),
  ...Cited,
});

export const PersonSchema = z.object({
  id: Id,
  name: z.string().min(1),
  born: KnownText.nullable().describe('date of birth as the sources give it; null when unknown'),
  died: KnownText.nullable().describe('date of death; null when unknown'),
  datesNote: z.string().min(1).optional().describe('where sources disagree on the dates'),
  role: z.string().min(1).describe('what the person did in 1920-21'),
  platform: Id.nullable().describe('platform id, or null when not known'),
  ...Cited,
});

export const DelegationSchema = z.object({
  id: Id,
  name: z.string().min(1),
  kind: Audience,
  voting: z.number().int().min(0),
  consultative: z.number().int().min(0),
  rule: z.enum(['proportional', 'majority']).describe('how its conference splits its delegates between platforms'),
  lean: z.record(z.string(), z.number().min(0)).describe('platform id -> relative weight of support'),
  basis: z.enum(['sourced', 'estimate']),
  rationale: z.string().min(1).describe('one line: why these numbers'),
  sources: z.array(Id),
});

export const QuoteSchema = z.object({
  text: z.string().min(1),
  speaker: z.string().min(1),
  date: z.string().min(1).describe('when it was said or published (1920-21 only)'),
  source: Id,
  confidence: Confidence,
});

export const CardSchema = z.object({
  id: Id,
  platform: Id,
  title: z.string().min(1),
  claim: z.string().min(1).describe("original prose: the argument in the game's own words"),
  quote: QuoteSchema.optional(),
  moves: z
    .record(z.string(), z.number().min(-1).max(1))
    .refine((m) => Object.keys(m).length > 0, 'a card must move at least one issue')
    .describe('issue id -> push on the issue axis'),
  audiences: z.array(Audience).min(1),
  rebuts: z.array(Id),
  minutes: z.number().int().min(1).max(10).default(3).describe('floor time the argument takes'),
  ...Cited,
});

const EventDate = z
  .string()
  .regex(/^\d{4}-\d{2}(-\d{2})?$/, 'write dates as YYYY-MM-DD, or YYYY-MM when the day is not known (New Style, the modern calendar)');

export const EventSchema = z.object({
  id: Id,
  date: EventDate,
  until: EventDate.optional(),
  thread: z.string().min(1).describe('which story it belongs to, e.g. discussion, kronstadt, tax-in-kind'),
  title: z.string().min(1),
  text: z.string().min(1),
  effect: z
    .object({
      lean: z.array(z.object({ delegation: Id, platform: Id, weight: z.number() })).min(1).describe("change to a conference's leaning, in lean units"),
    })
    .optional()
    .describe('what the event does in the game when its round of the Discussion begins'),
  ...Cited,
});

export const TermSchema = z.object({
  id: Id,
  term: z.string().min(1),
  definition: z.string().min(1),
  sources: z.array(Id),
});

/** A figure the sources disagree on: every version, each with its sources. */
export const FigureSchema = z.object({
  id: Id,
  label: z.string().min(1),
  values: z
    .array(z.object({ value: z.union([z.number(), z.string().min(1)]), note: z.string().min(1), sources: SourceRefs }))
    .min(2, 'a contested figure gives at least two versions'),
  confidence: Confidence,
});

export const MotionSchema = z.object({
  id: Id,
  title: z.string().min(1),
  platform: Id.nullable().describe('the platform that moved it, or null'),
  summary: z.string().min(1).optional(),
});

export const RecordSchema = z.object({
  summary: z.string().min(1),
  votes: z.record(z.string(), z.number().int().min(0)).nullable().describe('motion id -> votes cast in history; null when the counts are not known'),
  adopted: z.boolean().optional().describe('for a yes-or-no resolution: whether it passed'),
  elected: z
    .object({ full: z.array(Id), candidates: z.array(Id), dropped: z.array(Id) })
    .optional()
    .describe('people ids, for elections'),
  ...Cited,
});

export const AgendaItemSchema = z.object({
  id: Id,
  title: z.string().min(1),
  date: z.string().min(1),
  kind: z.enum(['resolution', 'election', 'report']),
  motions: z.array(MotionSchema),
  secret: z.string().min(1).optional().describe('a part of the decision kept secret at the time'),
  ballot: z
    .object({
      for: z.record(z.string(), z.number().min(-1).max(1)).describe('issue id -> weight: a delegate\'s support is the weighted sum of its stance'),
      threshold: z.number().min(-3).max(3).describe('support above this votes for; below it, against'),
      margin: z.number().min(0).max(1).default(0.1).describe('support this close to the threshold abstains'),
    })
    .optional()
    .describe('for a yes-or-no resolution played in the game'),
  seats: z.object({ full: z.number().int().min(1), candidates: z.number().int().min(0) }).optional().describe('for a committee election played in the game'),
  record: RecordSchema,
});

export const ScenarioBase = z.object({
  $schema: z.string().optional(),
  id: Id,
  title: z.string().min(1),
  dates: z.string().min(1),
  place: z.string().min(1),
  summary: z.string().min(1),
  epilogue: z.string().min(1).optional().describe('what happened afterwards, said plainly'),
  totals: z.object({
    voting: z.number().int().min(1),
    consultative: z.number().int().min(0),
    figure: Id.optional().describe('id of the contested figure these totals take one version of'),
  }),
  sources: z.array(SourceSchema).min(1),
  figures: z.array(FigureSchema).default([]),
  issues: z.array(IssueSchema).min(1),
  platforms: z.array(PlatformSchema).min(2),
  people: z.array(PersonSchema).default([]),
  delegations: z.array(DelegationSchema).min(1),
  cards: z.array(CardSchema).min(1),
  events: z.array(EventSchema).default([]),
  glossary: z.array(TermSchema).default([]),
  discussion: z
    .object({
      rounds: z
        .array(z.object({ title: z.string().min(1), from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }))
        .min(1)
        .describe('each round every platform takes one action; events dated inside a round take effect as it begins'),
      apparatus: Id.nullable().describe('the platform that controls the party apparatus and may transfer activists'),
    })
    .default({ rounds: [{ title: 'The campaign', from: '1900-01-01', to: '2100-12-31' }], apparatus: null }),
  opening: z.object({
    title: z.string().min(1),
    text: z.string().min(1),
    pressure: z.record(z.string(), z.number().min(-1).max(1)).describe('issue id -> push on every delegate'),
    departures: z.number().int().min(0).describe('voting delegates who leave before the vote'),
    destination: z.string().min(1).optional().describe('where they go, as in "leave for …" and "at …" (e.g. "the front"); required when departures is above 0'),
    figure: Id.optional().describe('id of the contested figure the departures take one version of'),
    ...Cited,
  }),
  agenda: z.array(AgendaItemSchema).min(1),
  vote: z.object({
    item: Id.describe('the agenda item the players fight over; its motions are voted on'),
    abstainBeyond: z.number().positive().describe('a delegate further than this from every motion abstains'),
  }),
});

export const ScenarioSchema = ScenarioBase.superRefine(checkReferences);

export type Scenario = z.infer<typeof ScenarioSchema>;
export type Platform = z.infer<typeof PlatformSchema>;
export type Delegation = z.infer<typeof DelegationSchema>;
export type Card = z.infer<typeof CardSchema>;
export type AgendaItem = z.infer<typeof AgendaItemSchema>;
export type Motion = z.infer<typeof MotionSchema>;
export type DelegationKind = Delegation['kind'];

/** The agenda item the players contest (its motions are the vote). The cross-checks guarantee it exists. */
export function votedItem(sc: Scenario): AgendaItem & { record: { votes: Record<string, number> } } {
  return sc.agenda.find((a) => a.id === sc.vote.item) as AgendaItem & { record: { votes: Record<string, number> } };
}
