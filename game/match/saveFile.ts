/**
 * Saves: a match record as a small JSON file (commands, never a snapshot, never the scenario), with two
 * checks: a hash of what was recorded (so a file changed after saving is caught) and a hash of the state
 * it led to (so a game that this version of the rules would play differently is caught). Reading a save
 * goes through JSON, the format and version (older versions are migrated), the zod schema, the scenario,
 * and a fold through the rules; anything wrong becomes a problem that says what is wrong and what the
 * player can do, never a throw and never a silently different game. Imports zod, the rules and the words.
 */
import '../content/zodConfig';
import { z } from 'zod';
import { Id, type Scenario } from '../content/schema';
import { FLOOR_CHOICES, REACTIONS, type AiLevel } from '../rules/types';
import { commandLabel } from '../words/narrate';
import { contentHash } from './hash';
import { SEED_MAX, SEED_RANGE } from './seed';
import { RECORD_FORMAT, readableFrom, RECORD_MIN_VERSION, RECORD_VERSION, fold, originalOf, settle, type Match, type MatchRecord, type Origin } from './match';

const Seat = z.object({
  id: Id,
  controller: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('human'), name: z.string().min(1).max(60).optional() }),
    z.object({ kind: z.literal('ai'), level: z.enum(['easy', 'normal', 'hard', 'historical']) satisfies z.ZodType<AiLevel> }),
  ]),
});

const Ids = z.array(Id).max(50);
/** Every command of the rules, as a save file or a client of the class server sends it. */
export const CommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('organise'), seat: Id, delegation: Id }),
  z.object({ type: z.literal('meeting'), seat: Id, kind: z.string().min(1).max(40) }),
  z.object({ type: z.literal('publish'), seat: Id }),
  z.object({ type: z.literal('demand-proportional'), seat: Id, delegation: Id }),
  z.object({ type: z.literal('transfer'), seat: Id, delegation: Id, platform: Id }),
  z.object({ type: z.literal('volunteer'), seat: Id, level: z.enum(['few', 'share', 'many']) }),
  z.object({ type: z.literal('presidium'), seat: Id, concede: Ids }),
  z.object({ type: z.literal('speak'), seat: Id, cards: Ids, room: z.enum(REACTIONS).optional() }),
  z.object({ type: z.literal('object'), seat: Id, card: Id }),
  z.object({ type: z.literal('pass'), seat: Id }),
  z.object({ type: z.literal('slate'), seat: Id, coopt: Ids }),
  z.object({ type: z.literal('declare'), seat: Id, choice: z.enum(FLOOR_CHOICES) }),
  z.object({ type: z.literal('elect') }),
  z.object({ type: z.literal('reveal') }),
  z.object({ type: z.literal('open') }),
  z.object({ type: z.literal('floor') }),
  z.object({ type: z.literal('vote') }),
  z.object({ type: z.literal('next') }),
  z.object({ type: z.literal('conclude') }),
  z.object({ type: z.literal('hands'), how: z.enum(['hands', 'override']), counts: z.record(Id, z.record(Id, z.number().int().min(0).max(100_000))) }),
  z.object({ type: z.literal('inject'), event: Id }),
  z.object({ type: z.literal('close') }),
  z.object({ type: z.literal('adjourn') }),
]);

const Recorded = z.object({
  stateId: z.number().int().min(0),
  by: z.union([z.literal('system'), z.literal('facilitator'), z.object({ seat: Id })]),
  command: CommandSchema,
  reason: z.string().min(1).max(2000).optional(),
});

const OriginSchema: z.ZodType<Origin> = z.lazy(() => z.object({ at: z.number().int().min(0), commands: z.array(Recorded).max(5000), origin: OriginSchema.optional() }));

export const SaveSchema = z.object({
  format: z.literal(RECORD_FORMAT),
  version: z.number().int(),
  minVersion: z.number().int(),
  scenarioId: Id,
  scenarioHash: z.string().regex(/^[0-9a-f]{32}$/),
  seed: z.number().int().min(0).max(SEED_MAX, `a seed is ${SEED_RANGE}`),
  seats: z.array(Seat).min(1).max(12),
  commands: z.array(Recorded).max(5000),
  origin: OriginSchema.optional(),
  deal: z.literal(true).optional(),
  floor: z.literal(true).optional(),
  class: z.literal(true).optional(),
  integrity: z.object({ commands: z.string().regex(/^[0-9a-f]{32}$/), state: z.string().regex(/^[0-9a-f]{32}$/) }),
});

export type SaveFile = z.infer<typeof SaveSchema>;

/** A save is at most this large: a whole game is a few kilobytes. */
export const MAX_SAVE_BYTES = 2_000_000;

/** What the integrity check covers: everything recorded (the origin only when there is one, as in version 1). */
function recordDigest(r: MatchRecord): string {
  return contentHash({ scenarioId: r.scenarioId, scenarioHash: r.scenarioHash, seed: r.seed, seats: r.seats, commands: r.commands, ...(r.origin ? { origin: r.origin } : {}), ...(r.deal ? { deal: true } : {}), ...(r.floor ? { floor: true } : {}), ...(r.class ? { class: true } : {}) });
}

export function stateDigest(match: Match): string {
  return contentHash(match.state);
}

/** The file a match is saved as. */
export function encodeSave(match: Match): string {
  const file = { ...match.record, integrity: { commands: recordDigest(match.record), state: stateDigest(match) } };
  return JSON.stringify(file);
}

/** A name for the downloaded file: scenario, seed and how far the game got. */
export function saveFileName(match: Match): string {
  return `${match.record.scenarioId}-seed-${match.record.seed}-${match.state.phase}-${match.record.commands.length}.json`;
}

/** What can be wrong with a save, with what the player may do about it. */
export interface SaveProblem {
  title: string;
  details: string[];
  /** A game the player may still open, and the button's words; null when nothing can be opened. */
  offer: { label: string; match: Match } | null;
}

export type Opened =
  | { ok: true; match: Match }
  | { ok: false; problem: SaveProblem }
  | { ok: false; otherScenario: string; problem: SaveProblem };

const fail = (title: string, ...details: string[]): Opened => ({ ok: false, problem: { title, details, offer: null } });

/**
 * Migrations from each older version to the next. 1 -> 2: version 2 added `origin`, the game a "what if"
 * branched from; a version 1 record is a game that is no branch, readable by version 1 readers. Its
 * integrity check covers the same fields as version 2's for a game with no origin, so it stays valid.
 */
const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  1: (old) => ({ ...old, version: 2, minVersion: 1 }),
  2: (old) => ({ ...old, version: 3 }), // no `deal`: the game was played with open decks and no secret objectives
  3: (old) => ({ ...old, version: 4 }), // no `floor`: the game voted straight after the debate, and replays so
  4: (old) => ({ ...old, version: 5 }), // no `class`: a game played at one screen, not by a class
};

function migrate(raw: Record<string, unknown>): Record<string, unknown> | string {
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version)) return 'it has no version number';
  if (version > RECORD_VERSION) {
    const min = typeof raw.minVersion === 'number' ? raw.minVersion : version;
    if (min > RECORD_VERSION) return `it was saved by a newer version of the game (save format ${version}; this one reads ${RECORD_MIN_VERSION} to ${RECORD_VERSION})`;
    return raw; // a newer file that says this version can still read it
  }
  if (version < RECORD_MIN_VERSION) return `it was saved by a version of the game too old to read (save format ${version}; the oldest this one reads is ${RECORD_MIN_VERSION})`;
  let current = raw;
  for (let v = version; v < RECORD_VERSION; v++) current = MIGRATIONS[v]!(current);
  return current;
}

/**
 * Reads a save for `sc` (whose content hash is `scenarioHash`): every check before anything reaches the
 * machine. The match it returns has taken any steps the game still owed itself.
 */
export function openSave(text: string, sc: Scenario, scenarioHash: string): Opened {
  if (text.length > MAX_SAVE_BYTES) return fail('This file is too large to be a saved game', `It is ${Math.round(text.length / 1000)} KB; a saved game is a few KB (at most ${MAX_SAVE_BYTES / 1_000_000} MB).`);
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return fail('This file is damaged: it is not readable JSON', `The file's text breaks off or was changed: ${(error as Error).message}.`);
  }
  if (!raw || typeof raw !== 'object' || (raw as { format?: unknown }).format !== RECORD_FORMAT) return fail('This is not a saved Tenth Congress game', `A saved game says "format": "${RECORD_FORMAT}" at its start.`);
  const migrated = migrate(raw as Record<string, unknown>);
  if (typeof migrated === 'string') return fail('This save cannot be opened by this version of the game', `It cannot be read because ${migrated}.`);
  const parsed = SaveSchema.safeParse(migrated);
  if (!parsed.success) {
    const lines = parsed.error.issues.slice(0, 6).map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`);
    return fail('This file is damaged: parts of it are not a saved game', ...lines);
  }
  const file = parsed.data;
  if (file.scenarioId !== sc.id) return { ok: false, otherScenario: file.scenarioId, problem: { title: `This save belongs to another scenario ("${file.scenarioId}")`, details: [`This page plays "${sc.id}".`], offer: null } };
  const { integrity, ...rest } = file;
  const record: MatchRecord = { ...rest, format: RECORD_FORMAT, version: RECORD_VERSION, minVersion: readableFrom(rest) } as MatchRecord;
  const folded = fold(sc, record);
  const details: string[] = [];
  let title = '';
  if (file.scenarioHash !== scenarioHash) {
    title = `This save was made with another version of the scenario "${sc.title}"`;
    details.push('Its arguments, delegations or figures have changed since, so the same commands may not mean the same game.');
  }
  if (!folded.ok) {
    const entry = record.commands[folded.at]!;
    title ||= `This save has a command the rules do not allow: command ${folded.at + 1}`;
    details.push(`Command ${folded.at + 1} (${commandLabel(sc, entry.command)}) is refused: ${folded.reason}.`);
    const offer = folded.at > 0 ? { label: `Open the game up to command ${folded.at}, the last one allowed`, match: settle(sc, folded.match) } : null;
    return { ok: false, problem: { title, details, offer } };
  }
  const match = settle(sc, folded.match);
  const original = originalOf(record);
  const originalFolds = !original || fold(sc, original).ok;
  if (recordDigest(record) !== integrity.commands) {
    title ||= 'This save was changed after it was saved';
    details.push('Its commands no longer match the check written when it was saved: the game it describes may not be the one that was played.');
  }
  if (!details.length && stateDigest(folded.match) !== integrity.state) {
    title = 'This version of the game plays these commands differently';
    details.push('The rules have changed since the save was made: replayed now, the same commands lead to a different game.');
  }
  if (!originalFolds) {
    title ||= 'The game this "what if" came from cannot be rebuilt';
    details.push('The original game stored with it has a command the rules do not allow, so the comparison with it is lost.');
  }
  if (!details.length) return { ok: true, match };
  const kept = originalFolds ? match : { ...match, record: { ...match.record, origin: undefined } };
  return { ok: false, problem: { title, details, offer: { label: originalFolds ? 'Open it as this version plays it' : 'Open the "what if" without the original', match: kept } } };
}
