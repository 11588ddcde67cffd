/**
 * The scenario format: the zod schema is the source of truth for what a scenario file may say.
 * scenarios/scenario.schema.json is generated from it (npm run schema) so editors can complete fields.
 * Cross-reference checks (ids resolve, counts add up) live in crossChecks.ts, so both the CLI and the
 * game report every problem with its path. Imports only zod.
 */
import './zodConfig';
import { z } from 'zod';
import { checkReferences } from './crossChecks';
import { LIMITS } from './limits';

export { LIMITS };

/** An array of at most `n` entries, saying which bound it breaks. */
const most = (n: number, what: string) => ({ message: `at most ${n} ${what}: the game's limit, so that every scenario can be played` });

export const Id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case letters, digits and hyphens')
  .max(LIMITS.idLength, `an id has at most ${LIMITS.idLength} characters`)
  .refine((id) => !(id in Object.prototype), 'this word is reserved by JavaScript for every object: choose another id');
export const Ids = z.array(Id).max(LIMITS.refs, most(LIMITS.refs, 'ids in one list'));
export const SourceRefs = Ids.min(1, 'cite at least one source id from "sources"');
/** A name or title: one line. */
export const Name = z.string().min(1).max(LIMITS.nameLength, `at most ${LIMITS.nameLength} characters: a name or title is one line`);
/** A paragraph of text. */
export const Text = z.string().min(1).max(LIMITS.textLength, `at most ${LIMITS.textLength} characters`);
/** How sure the sources are, as the history dossier grades them. */
export const Confidence = z
  .enum(['high', 'medium-high', 'medium', 'low-medium', 'low'])
  .describe('high: primary text read, or two independent sources agree; medium: one reputable secondary source; low: one weak or indirect source');
/** A position on one issue axis: -1 and +1 are the two poles the issue defines. */
const Position = z.number().min(-1).max(1);
/**
 * The kind of party organisation that elected a delegation, which is whom an argument reaches most:
 * province, a territorial organisation; industrial, a territorial organisation where the Communists of
 * the factories and their unions weigh heavily; army, the party organisations of the army and the fleet;
 * offices, an organisation where the Communists of the central party, state and union offices vote.
 * Unions did not elect delegates to a party congress or conference: their Communists voted in the
 * organisations where they worked.
 */
const Audience = z
  .enum(['province', 'industrial', 'army', 'offices'])
  .describe('province: territorial party organisation; industrial: one where factory and union Communists weigh heavily; army: the army and fleet organisations; offices: one where the central offices\' Communists vote');
const Cited = { sources: SourceRefs, confidence: Confidence };
/** Text that must not stand in for a missing value: unknown is written null. */
const KnownText = z
  .string()
  .min(1)
  .refine((t) => !/^(unknown|n\/?a|\?+|-+)$/i.test(t.trim()), 'write null, not a word, when this is not known');

export const SourceSchema = z.strictObject({
  id: Id,
  author: Name,
  title: Name,
  date: Name,
  where: Text.describe('page, chapter or URL where the fact can be checked'),
});

export const IssueSchema = z.strictObject({
  id: Id,
  name: Name,
  poles: z.tuple([Name, Name]).describe('what -1 and +1 mean on this axis'),
});

/** More or fewer than history: which way a figure should move for the objective to be met. */
const Want = z.enum(['more', 'fewer']).default('more').describe('"more" (the default): the objective is met by beating the historical figure; "fewer": by staying below it');

/** One thing a platform wants, measured in the game and in the historical record. */
export const ObjectiveSchema = z.strictObject({
  text: Text.describe('the objective in plain words, shown to the player'),
  measure: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('share'), item: Id, motion: Id, want: Want }).describe("the motion's share of the votes cast on an agenda item"),
    z.strictObject({ kind: z.literal('adopted'), item: Id, want: z.boolean() }).describe('whether an agenda item is adopted'),
    z.strictObject({ kind: z.literal('cc-full'), platform: Id, want: Want }).describe("the platform's full members of the elected committee"),
    z.strictObject({ kind: z.literal('ahead'), item: Id, motion: Id, rival: Id }).describe('the motion wins more votes than the rival motion on the item'),
    z.strictObject({ kind: z.literal('delegation'), item: Id, motion: Id, delegation: Id }).describe("the motion wins more than half of one delegation's votes on the item (the sources rarely give a delegation's own vote, so this is graded met or not met)"),
  ]),
});

/** What a platform did in history, for the AI persona that replays it (with some variety). */
export const PersonaSchema = z.strictObject({
  organise: Ids.min(1).describe('delegations it campaigned in'),
  cards: Ids.min(1).describe('arguments it made'),
  volunteers: z.enum(['few', 'share', 'many']).describe('how many of its delegates left (the scenario\'s estimate where the sources do not count them)'),
  concede: Ids.describe('as chair: platforms it gave presidium places'),
  coopt: Ids.describe('as chair: platforms whose leaders it put on its committee slate'),
  statements: Ids.default([]).describe('agenda items on which it spoke before the vote (a statement from the floor, as the game plays it)'),
  slate: z.enum(['accept', 'decline']).optional().describe("offered places on the chair's committee slate: whether its leaders took them (absent: accept)"),
});

export const PlatformSchema = z.strictObject({
  id: Id,
  name: Name,
  short: z.string().min(1).max(12).describe('label used on the hall and in tables'),
  leaders: z.array(Name).min(1).max(10, most(10, 'leaders')),
  speaker: Name.optional().describe('who the record says speaks for it, when the sources do not say who spoke (default: its first leader)'),
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  shape: z.enum(['circle', 'square', 'triangle', 'diamond']).describe('non-colour cue on the hall'),
  playable: z.boolean().describe('true when a seat (human or AI) argues for this platform'),
  note: Text.optional().describe('e.g. when and into what a group merged'),
  demands: z.array(Text).min(1).max(10, most(10, 'demands')),
  position: z.record(z.string(), Position).describe('issue id -> position'),
  objectives: z.array(ObjectiveSchema).max(LIMITS.objectives, most(LIMITS.objectives, 'objectives')).default([]).describe('what this platform wants, each measured against the historical record'),
  secret: z
    .array(ObjectiveSchema)
    .max(LIMITS.objectives, most(LIMITS.objectives, 'secret objectives'))
    .default([])
    .describe("secret objectives: at the start each seat draws one of its platform's, known only to that seat until the results"),
  hand: z
    .number()
    .int()
    .min(1)
    .max(LIMITS.cardsPerPlatform, `a hand holds at most ${LIMITS.cardsPerPlatform} cards, the most one platform may have`)
    .optional()
    .describe('how many of its argument cards the platform holds at once, dealt from its shuffled deck and topped up after each speech; absent: its whole deck'),
  dealt: Ids.optional().describe("argument cards of this platform's dealt into its opening hand for certain, before the rest of its shuffled deck (what a campaign carries over as a card won)"),
  history: PersonaSchema.optional().describe('how the platform played in history: the "historical" AI follows it'),
  ...Cited,
});

export const PersonSchema = z.strictObject({
  id: Id,
  name: Name,
  born: KnownText.nullable().describe('date of birth as the sources give it; null when unknown'),
  died: KnownText.nullable().describe('date of death; null when unknown'),
  datesNote: Text.optional().describe('where sources disagree on the dates'),
  role: Text.describe('what the person did in 1920-21'),
  platform: Id.nullable().describe('platform id, or null when not known'),
  ...Cited,
});

export const DelegationSchema = z.strictObject({
  id: Id,
  name: Name,
  kind: Audience,
  voting: z.number().int().min(0).max(LIMITS.delegatesPerDelegation, `at most ${LIMITS.delegatesPerDelegation} delegates a delegation`),
  consultative: z.number().int().min(0).max(LIMITS.delegatesPerDelegation, `at most ${LIMITS.delegatesPerDelegation} delegates a delegation`),
  rule: z.enum(['proportional', 'majority']).describe('how its conference splits its delegates between platforms'),
  lean: z.record(z.string(), z.number().min(0).max(LIMITS.lean, `a weight is at most ${LIMITS.lean}: only the proportions between weights matter`)).describe('platform id -> relative weight of support'),
  basis: z.enum(['sourced', 'estimate']),
  rationale: Text.describe('one line: why these numbers'),
  sources: Ids,
});

export const QuoteSchema = z.strictObject({
  text: Text,
  speaker: Name,
  date: Name.describe('when it was said or published, as "30 December 1920", "8–9 March 1921" or "January 1921": no later than the scenario ends'),
  source: Id,
  confidence: Confidence,
});

export const CardSchema = z.strictObject({
  id: Id,
  platform: Id,
  title: Name,
  claim: Text.describe("original prose: the argument in the game's own words"),
  quote: QuoteSchema.optional(),
  moves: z
    .record(z.string(), z.number().min(-1).max(1))
    .refine((m) => Object.keys(m).length > 0, 'a card must move at least one issue')
    .describe('issue id -> push on the issue axis'),
  audiences: z.array(Audience).min(1),
  rebuts: Ids,
  minutes: z.number().int().min(1).max(10).default(3).describe('floor time the argument takes'),
  ...Cited,
});

const EventDate = z
  .string()
  .regex(/^\d{4}-\d{2}(-\d{2})?$/, 'write dates as YYYY-MM-DD, or YYYY-MM when the day is not known (New Style, the modern calendar)');

export const EventSchema = z.strictObject({
  id: Id,
  date: EventDate,
  until: EventDate.optional(),
  thread: Name.describe('which story it belongs to, e.g. discussion, kronstadt, tax-in-kind'),
  title: Name,
  text: Text,
  effect: z
    .strictObject({
      lean: z.array(z.strictObject({ delegation: Id, platform: Id, weight: z.number().min(-LIMITS.eventWeight).max(LIMITS.eventWeight) })).min(1).max(LIMITS.eventEffects, most(LIMITS.eventEffects, 'effects of one event')).describe("change to a conference's leaning, in lean units"),
    })
    .optional()
    .describe('what the event does in the game when its round of the Discussion begins'),
  ...Cited,
});

export const TermSchema = z.strictObject({
  id: Id,
  term: Name,
  definition: Text,
  sources: Ids,
});

/** A figure the sources disagree on: every version, each with its sources. */
export const FigureSchema = z.strictObject({
  id: Id,
  label: Name,
  values: z
    .array(z.strictObject({ value: z.union([z.number(), Name]), note: Text, sources: SourceRefs }))
    .min(2, 'a contested figure gives at least two versions')
    .max(LIMITS.figureValues, most(LIMITS.figureValues, 'versions of one figure')),
  confidence: Confidence,
});

export const MotionSchema = z.strictObject({
  id: Id,
  title: Name,
  platform: Id.nullable().describe('the platform that moved it, or null'),
  summary: Text.optional(),
});

export const RecordSchema = z.strictObject({
  summary: Text,
  votes: z.record(z.string(), z.number().int().min(0)).nullable().describe('motion id -> votes cast in history; null when the counts are not known'),
  counts: z
    .enum(['votes', 'delegates'])
    .default('votes')
    .describe('what `votes` counts: the votes cast on the motions, or (when no single vote is recorded) the delegates counted in each camp'),
  adopted: z.boolean().optional().describe('for a yes-or-no resolution: whether it passed'),
  elected: z
    .strictObject({ full: z.array(Id).max(LIMITS.committeeSeats), candidates: z.array(Id).max(LIMITS.committeeSeats), dropped: z.array(Id).max(LIMITS.committeeSeats) })
    .optional()
    .describe('people ids, for elections'),
  ...Cited,
});

export const AgendaItemSchema = z.strictObject({
  id: Id,
  title: Name,
  date: Name,
  kind: z.enum(['resolution', 'election', 'report']),
  motions: z.array(MotionSchema).max(LIMITS.motions, most(LIMITS.motions, 'motions in one agenda item')),
  secret: Text.optional().describe('a part of the decision kept secret at the time'),
  ballot: z
    .strictObject({
      for: z.record(z.string(), z.number().min(-1).max(1)).describe('issue id -> weight: a delegate\'s support is the weighted sum of its stance'),
      threshold: z.number().min(-3).max(3).describe('support above this votes for; below it, against'),
      margin: z.number().min(0).max(1).default(0.1).describe('support this close to the threshold abstains'),
    })
    .optional()
    .describe('for a yes-or-no resolution played in the game'),
  seats: z.strictObject({ full: z.number().int().min(1).max(LIMITS.committeeSeats), candidates: z.number().int().min(0).max(LIMITS.committeeSeats) }).optional().describe('for a committee election played in the game'),
  floor: z.strictObject({ text: Text, ...Cited }).optional().describe('what the platforms did on the floor before this vote in history: shown beside the decision the game asks for'),
  record: RecordSchema,
});

export const ScenarioBase = z.strictObject({
  $schema: z.string().optional(),
  id: Id,
  title: Name,
  dates: Name.describe('the days it covers, as "8–16 March 1921" or "20–22 November 1920"'),
  place: Name,
  summary: Text,
  meeting: z.enum(['congress', 'conference']).default('congress').describe('what the gathering was: the screens say "open the conference" for a party conference'),
  epilogue: Text.optional().describe('what happened afterwards, said plainly'),
  contentNote: z
    .strictObject({
      text: Text.describe('what the passage shows, plainly, in a sentence or two'),
      before: z.array(z.enum(['opening', 'epilogue'])).min(1).describe('the passages it is shown before'),
    })
    .optional()
    .describe('a note shown before passages about violence (the news that opens the congress, the epilogue); a teacher can read it and the passages in the codex before the lesson'),
  totals: z.strictObject({
    voting: z.number().int().min(1).max(LIMITS.delegates, `at most ${LIMITS.delegates} delegates in all`),
    consultative: z.number().int().min(0).max(LIMITS.delegates, `at most ${LIMITS.delegates} delegates in all`),
    figure: Id.optional().describe('id of the contested figure these totals take one version of'),
  }),
  sources: z.array(SourceSchema).min(1).max(LIMITS.sources, most(LIMITS.sources, 'sources')),
  figures: z.array(FigureSchema).max(LIMITS.figures, most(LIMITS.figures, 'disputed figures')).default([]),
  issues: z.array(IssueSchema).min(1).max(LIMITS.issues, most(LIMITS.issues, 'issues: every delegate stands somewhere on each')),
  platforms: z.array(PlatformSchema).min(2).max(LIMITS.platforms, most(LIMITS.platforms, 'platforms')),
  people: z.array(PersonSchema).max(LIMITS.people, most(LIMITS.people, 'people')).default([]),
  delegations: z.array(DelegationSchema).min(1).max(LIMITS.delegations, most(LIMITS.delegations, 'delegations')),
  cards: z.array(CardSchema).min(1).max(LIMITS.cards, most(LIMITS.cards, 'cards')),
  events: z.array(EventSchema).max(LIMITS.events, most(LIMITS.events, 'events')).default([]),
  glossary: z.array(TermSchema).max(LIMITS.glossary, most(LIMITS.glossary, 'glossary terms')).default([]),
  discussion: z
    .strictObject({
      rounds: z
        .array(z.strictObject({ title: Name, from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }))
        .min(1)
        .max(LIMITS.rounds, most(LIMITS.rounds, 'rounds'))
        .describe('each round every platform takes one action; events dated inside a round take effect as it begins'),
      apparatus: Id.nullable().describe('the platform that controls the party apparatus and may transfer activists'),
    })
    .default({ rounds: [{ title: 'The campaign', from: '1900-01-01', to: '2100-12-31' }], apparatus: null }),
  opening: z.strictObject({
    title: Name,
    text: Text,
    pressure: z.record(z.string(), z.number().min(-1).max(1)).describe('issue id -> push on every delegate'),
    departures: z.number().int().min(0).max(LIMITS.delegates).describe('voting delegates who leave before the vote'),
    destination: Text.optional().describe('where they go, as in "leave for …" and "at …" (e.g. "the front"); required when departures is above 0'),
    mission: Text.optional().describe('what the departing delegates went there to do, plainly; required when departures is above 0'),
    figure: Id.optional().describe('id of the contested figure the departures take one version of'),
    ...Cited,
  }),
  agenda: z.array(AgendaItemSchema).min(1).max(LIMITS.agenda, most(LIMITS.agenda, 'agenda items')),
  vote: z.strictObject({
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
