/**
 * A class session (issue 14): the class's setup, the lesson's clock (the phase now, the seconds spent in
 * each), the speakers' list, and the game as a save file's text (game/match/saveFile.ts), so that
 * "Continue the class" in the next lesson restores roles, clock and game. Written after every console
 * action; read back with the problems named. Pure: the host gives the time and keeps the text.
 */
import '../content/zodConfig';
import { z } from 'zod';
import { readKept } from '../content/kept';
import { ClassSetupSchema, PHASES, parseClassSetup, type ClassSetup, type LessonPhase } from './roles';

export const SESSION_FORMAT = 'tenth-congress-class-session';
export const SESSION_VERSION = 1;

export interface LessonClock {
  phase: LessonPhase; // the phase the lesson is in
  spent: Record<LessonPhase, number>; // seconds spent in each phase so far
  running: boolean; // false while the teacher has paused the lesson
}

export interface ClassSession {
  format: typeof SESSION_FORMAT;
  version: typeof SESSION_VERSION;
  started: string; // when the class began (ISO date), as the host's clock gave it
  setup: ClassSetup;
  clock: LessonClock;
  speakers: string[]; // the speakers' list: role ids, in order
  game: string | null; // the match, as a save file's text; null before the first command
}

const zeroSpent = (): Record<LessonPhase, number> => ({ briefing: 0, discussion: 0, debate: 0, votes: 0, debrief: 0 });

export function newSession(setup: ClassSetup, started: string): ClassSession {
  return { format: SESSION_FORMAT, version: SESSION_VERSION, started, setup, clock: { phase: 'briefing', spent: zeroSpent(), running: false }, speakers: [], game: null };
}

/** The clock after `seconds` more of the lesson (nothing while paused). */
export function tick(session: ClassSession, seconds: number): ClassSession {
  if (!session.clock.running || !(seconds > 0)) return session;
  const { phase, spent } = session.clock;
  return { ...session, clock: { ...session.clock, spent: { ...spent, [phase]: spent[phase] + seconds } } };
}

/** Pauses or resumes the lesson's clock. */
export function setRunning(session: ClassSession, running: boolean): ClassSession {
  return { ...session, clock: { ...session.clock, running } };
}

/** Moves the lesson to another phase; the time spent so far stays with the phase it was spent in. */
export function toPhase(session: ClassSession, phase: LessonPhase): ClassSession {
  return { ...session, clock: { ...session.clock, phase } };
}

/** Minutes left in the phase now, against the plan (negative when over). */
export function minutesLeft(session: ClassSession): number {
  const { phase, spent } = session.clock;
  return session.setup.plan[phase] - spent[phase] / 60;
}

/** The speakers' list as the teacher has ordered it (added, removed or moved); a role the class lacks is refused. */
export function setSpeakers(session: ClassSession, speakers: readonly string[]): ClassSession {
  const known = new Set(session.setup.roles.map((r) => r.id));
  const unknown = speakers.find((s) => !known.has(s));
  if (unknown) throw new RangeError(`the class has no role "${unknown}"`);
  return { ...session, speakers: [...speakers] };
}

/** The game as it stands, as a save file's text. */
export function keepGame(session: ClassSession, save: string): ClassSession {
  return { ...session, game: save };
}

const Seconds = z.number().min(0).max(7 * 24 * 3600);
const SessionSchema = z.strictObject({
  format: z.literal(SESSION_FORMAT),
  version: z.literal(SESSION_VERSION),
  started: z.string().max(40),
  setup: ClassSetupSchema,
  clock: z.strictObject({
    phase: z.enum(PHASES),
    spent: z.strictObject({ briefing: Seconds, discussion: Seconds, debate: Seconds, votes: Seconds, debrief: Seconds }),
    running: z.boolean(),
  }),
  speakers: z.array(z.string().max(120)).max(200),
  game: z.string().max(5_000_000).nullable(),
});

export function encodeSession(session: ClassSession): string {
  return JSON.stringify(session);
}

/** A kept session read back, or what is wrong with it. */
export function readSession(text: string): { ok: true; session: ClassSession } | { ok: false; problems: string[] } {
  const shape = readKept(text, SESSION_FORMAT, 'a class session', SessionSchema);
  if (!shape.ok) return shape;
  const setup = parseClassSetup(shape.data.setup);
  if (!setup.ok) return { ok: false, problems: setup.problems.map((p) => `setup.${p}`) };
  const known = new Set(setup.setup.roles.map((r) => r.id));
  const stray = shape.data.speakers.filter((s) => !known.has(s));
  if (stray.length) return { ok: false, problems: stray.map((s) => `speakers: the class has no role "${s}"`) };
  return { ok: true, session: { ...(shape.data as ClassSession), setup: setup.setup } };
}
