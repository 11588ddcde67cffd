/**
 * A class session (issue 14): the class's setup, the lesson's clock (the phase now, the seconds spent in
 * each), the speakers' list, and the game as a save file's text (game/match/saveFile.ts), so that
 * "Continue the class" in the next lesson restores roles, clock and game. Written after every console
 * action; read back with the problems named. Pure: the host gives the time and keeps the text.
 */
import '../content/zodConfig';
import { z } from 'zod';
import { readKept } from '../content/kept';
import type { Phase } from '../rules/types';
import { ClassSetupSchema, PHASES, parseClassSetup, type ClassSetup, type LessonPhase } from './roles';

export const SESSION_FORMAT = 'tenth-congress-class-session';
export const SESSION_VERSION = 1;

export interface LessonClock {
  phase: LessonPhase; // the phase the lesson is in
  spent: Record<LessonPhase, number>; // seconds spent in each phase so far
  running: boolean; // false while the teacher has paused the lesson
}

/** The speech timer: whose speech (a role id), the seconds it is given and has taken, and whether it runs. */
export interface SpeechTimer {
  role: string;
  allowed: number;
  spent: number;
  running: boolean;
}

/** Seconds a speech is given to begin with; the teacher extends it a minute at a time. */
export const SPEECH_SECONDS = 120;
export const EXTENSION_SECONDS = 60;

export interface ClassSession {
  format: typeof SESSION_FORMAT;
  version: typeof SESSION_VERSION;
  started: string; // when the class began (ISO date), as the host's clock gave it
  setup: ClassSetup;
  clock: LessonClock;
  speakers: string[]; // the speakers' list: role ids, in order
  speech: SpeechTimer | null; // the speech now, if one is timed
  game: string | null; // the match, as a save file's text; null before the first command
  times: number[]; // for each command of the game, the lesson's seconds when it was entered (for the CSV)
}

const zeroSpent = (): Record<LessonPhase, number> => ({ briefing: 0, discussion: 0, debate: 0, votes: 0, debrief: 0 });

export function newSession(setup: ClassSetup, started: string): ClassSession {
  return { format: SESSION_FORMAT, version: SESSION_VERSION, started, setup, clock: { phase: 'briefing', spent: zeroSpent(), running: false }, speakers: [], speech: null, game: null, times: [] };
}

/** The lesson's seconds so far, every phase together. */
export function lessonSeconds(session: ClassSession): number {
  return PHASES.reduce((n, p) => n + session.clock.spent[p], 0);
}

/** The clock after `seconds` more of the lesson (nothing while paused); a running speech timer counts too. */
export function tick(session: ClassSession, seconds: number): ClassSession {
  if (!session.clock.running || !(seconds > 0)) return session;
  const { phase, spent } = session.clock;
  const speech = session.speech?.running ? { ...session.speech, spent: session.speech.spent + seconds } : session.speech;
  return { ...session, speech, clock: { ...session.clock, spent: { ...spent, [phase]: spent[phase] + seconds } } };
}

/** The speech timer for the first speaker on the list (taken off it), running; null when the list is empty. */
export function startSpeech(session: ClassSession): ClassSession {
  const [role, ...rest] = session.speakers;
  if (!role) return { ...session, speech: null };
  return { ...session, speakers: rest, speech: { role, allowed: SPEECH_SECONDS, spent: 0, running: true } };
}

/** Pauses or resumes the speech timer. */
export function setSpeechRunning(session: ClassSession, running: boolean): ClassSession {
  return session.speech ? { ...session, speech: { ...session.speech, running } } : session;
}

/** A minute more for the speech now. */
export function extendSpeech(session: ClassSession): ClassSession {
  return session.speech ? { ...session, speech: { ...session.speech, allowed: session.speech.allowed + EXTENSION_SECONDS } } : session;
}

/** Ends the speech now (or skips it): the next speaker on the list is timed, if there is one. */
export function skipSpeech(session: ClassSession): ClassSession {
  return startSpeech({ ...session, speech: null });
}

/** Pauses or resumes the lesson's clock. */
export function setRunning(session: ClassSession, running: boolean): ClassSession {
  return { ...session, clock: { ...session.clock, running } };
}

/** Moves the lesson to another phase; the time spent so far stays with the phase it was spent in. */
export function toPhase(session: ClassSession, phase: LessonPhase): ClassSession {
  return { ...session, clock: { ...session.clock, phase } };
}

/** The phase of the lesson a phase of the game belongs to. */
function lessonPhaseOf(phase: Phase): LessonPhase {
  if (phase === 'discussion') return 'discussion';
  if (phase === 'forecast' || phase === 'ballot') return 'votes';
  if (phase === 'outcome') return 'debrief';
  return 'debate'; // the congress opens, the front, the presidium and the debate
}

/**
 * The lesson after the game has moved to `phase`: its phase follows the game's, forward only (the teacher
 * can always set it by hand), and once the debate is over no speech is timed.
 */
export function followGame(session: ClassSession, phase: Phase): ClassSession {
  const follows = lessonPhaseOf(phase);
  const next = PHASES.indexOf(follows) > PHASES.indexOf(session.clock.phase) ? toPhase(session, follows) : session;
  return phase !== 'debate' && next.speech ? { ...next, speech: null } : next;
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

/** The game as it stands, as a save file's text, with the lesson's time of each command not yet timed. */
export function keepGame(session: ClassSession, save: string, commands = session.times.length): ClassSession {
  const now = lessonSeconds(session);
  const times = session.times.slice(0, commands);
  while (times.length < commands) times.push(now);
  return { ...session, game: save, times };
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
  speech: z.strictObject({ role: z.string().max(120), allowed: Seconds, spent: Seconds, running: z.boolean() }).nullable().default(null),
  game: z.string().max(5_000_000).nullable(),
  times: z.array(Seconds).max(5000).default([]),
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
  const stray = [...shape.data.speakers, ...(shape.data.speech ? [shape.data.speech.role] : [])].filter((s) => !known.has(s));
  if (stray.length) return { ok: false, problems: stray.map((s) => `speakers: the class has no role "${s}"`) };
  return { ok: true, session: { ...(shape.data as ClassSession), setup: setup.setup } };
}
