/**
 * A match is its record: the scenario it belongs to (id and content hash), the seed, the seats, and every
 * command in order with who issued it and, for the computer, why. The state is the fold of the record
 * through the rules; `submit` keeps record, state and events in step, one command at a time, and takes the
 * game's own steps (the election, a reveal) as soon as they are due. Nothing here throws on a bad command:
 * refusals come back as values. Pure; imports the rules and the AI, no framework.
 */
import { chooseAction } from '../ai/policy';
import type { Scenario } from '../content/schema';
import { apply } from '../rules/apply';
import { dueOf } from '../rules/flow';
import { handOf } from '../rules/legal';
import { startGame } from '../rules/setup';
import type { By, Command, GameEvent, GameState, Seat } from '../rules/types';

export const RECORD_FORMAT = 'tenth-congress-match';
/**
 * The version this build writes. Version 2 added `origin`, the game a "what if" branched from; version 3
 * added `deal`: hands of argument cards and secret objectives dealt from the seed; version 4 added
 * `floor`: every platform's decision before each vote (a statement, an amendment, places on the slate);
 * version 5 added `class`: a class game, whose teacher enters every platform's moves and counts votes by
 * show of hands.
 */
export const RECORD_VERSION = 5;
/** The oldest version this build can still load (older files are migrated up, see saveFile.ts). */
export const RECORD_MIN_VERSION = 1;
/**
 * Written in every file as `minVersion`: the oldest reader that can load it. A reader of version 1 plays a
 * version 2 record as the same game (it only drops `origin`, so it cannot show the comparison), and a
 * record with open decks of version 3 too; a dealt record needs a reader of version 3, which deals, and
 * a record with floor decisions one of version 4.
 */
export const READABLE_FROM = 1;
export const READABLE_FROM_DEALT = 3;
export const READABLE_FROM_FLOOR = 4;
export const READABLE_FROM_CLASS = 5;

export function readableFrom(record: Pick<MatchRecord, 'deal' | 'floor' | 'class'>): number {
  return record.class ? READABLE_FROM_CLASS : record.floor ? READABLE_FROM_FLOOR : record.deal ? READABLE_FROM_DEALT : READABLE_FROM;
}

export interface RecordedCommand {
  stateId: number; // how many commands came before it: a deleted or moved command shows as a gap
  by: By;
  command: Command;
  reason?: string; // for the computer's moves: why it chose this
}

/** Where a "what if" came from: the original game's commands from the branching point on. */
export interface Origin {
  at: number; // the branch shares the original's first `at` commands and differs from there
  commands: RecordedCommand[]; // the original's commands from `at` on
  origin?: Origin; // the original was itself a branch
}

export interface MatchRecord {
  format: typeof RECORD_FORMAT;
  version: number;
  minVersion: number;
  scenarioId: string;
  scenarioHash: string; // contentHash of the parsed scenario: a save for another version of it is caught
  seed: number;
  seats: Seat[];
  commands: RecordedCommand[];
  origin?: Origin; // present when this game is a "what if" of another
  deal?: true; // hands and secret objectives dealt from the seed; absent in games with open decks (records before version 3)
  floor?: true; // decisions from the floor before each vote; absent in games that vote straight after the debate (records before version 4)
  class?: true; // a class game (records of version 5 on): the teacher, as the facilitator, enters every platform's moves
}

/** What the machine holds: the record, and the state and events folded from it. */
export interface Match {
  record: MatchRecord;
  state: GameState;
  events: GameEvent[]; // every event so far, each with the number of the command that produced it
  rngBefore?: number; // the generator's state before the last command: whether it rolled dice (see undoableBy)
}

export type Submitted = { ok: true; match: Match } | { ok: false; reason: string };

export function newMatch(sc: Scenario, scenarioHash: string, seed: number, seats: readonly Seat[], dealt = true, floor = true, classroom = false): Match {
  const { state, events } = startGame(sc, seed, seats, dealt, floor, classroom);
  const kind = { ...(dealt ? { deal: true as const } : {}), ...(floor ? { floor: true as const } : {}), ...(classroom ? { class: true as const } : {}) };
  const record: MatchRecord = {
    format: RECORD_FORMAT,
    version: RECORD_VERSION,
    minVersion: readableFrom(kind),
    scenarioId: sc.id,
    scenarioHash,
    seed,
    seats: state.seats,
    commands: [],
    ...kind,
  };
  return settle(sc, { record, state, events });
}

/** Applies one command and records it; then the game's own steps that fall due. */
export function submit(sc: Scenario, match: Match, command: Command, by: By, reason?: string): Submitted {
  const stepped = step(sc, match, { stateId: match.state.step, by, command, ...(reason ? { reason } : {}) });
  return stepped.ok ? { ok: true, match: settle(sc, stepped.match) } : stepped;
}

/** One recorded command through the rules, without the steps that may follow it. */
function step(sc: Scenario, match: Match, entry: RecordedCommand): Submitted {
  if (entry.stateId !== match.state.step) return { ok: false, reason: `it is numbered ${entry.stateId + 1} but comes at place ${match.state.step + 1}: a command before it is missing or out of place` };
  const result = apply(sc, match.state, entry.command, entry.by);
  if (!result.ok) return result;
  return { ok: true, match: { record: { ...match.record, commands: [...match.record.commands, entry] }, state: result.state, events: [...match.events, ...result.events], rngBefore: match.state.rng } };
}

/** Takes every step the game owes itself now (the election after the Discussion, revealing sealed choices). */
export function settle(sc: Scenario, match: Match): Match {
  let current = match;
  for (let due = dueOf(sc, current.state); due.kind === 'system'; due = dueOf(sc, current.state)) {
    const next = step(sc, current, { stateId: current.state.step, by: 'system', command: due.command });
    if (!next.ok) return current; // cannot happen: a due step is legal by definition (legal.ts)
    current = next.match;
  }
  return current;
}

export type Folded = { ok: true; match: Match } | { ok: false; at: number; reason: string; match: Match };

/**
 * Rebuilds a match from its record: the start, then every command through the rules. Stops at the first
 * command the rules refuse, giving its number (0-based) and the rule's reason, and the match before it.
 * `upTo` folds only that many commands (for replay); `visit`, when given, sees the match before and after
 * each command (for exports that need each command's phase and what it did).
 */
export function fold(sc: Scenario, record: MatchRecord, upTo = record.commands.length, visit?: (before: Match, after: Match, at: number) => void): Folded {
  const { state, events } = startGame(sc, record.seed, record.seats, record.deal === true, record.floor === true, record.class === true);
  let match: Match = { record: { ...record, commands: [] }, state, events };
  for (const [at, entry] of record.commands.slice(0, upTo).entries()) {
    const next = step(sc, match, entry);
    if (!next.ok) return { ok: false, at, reason: next.reason, match };
    visit?.(match, next.match, at);
    match = next.match;
  }
  return { ok: true, match };
}

/**
 * The seat whose last move may be taken back now, or null. Undo works within the current step until
 * something is revealed: the last command of the record must be a human seat's move that rolled no dice,
 * drew no card and set nothing else off (the next round's news, the reveal of sealed choices, the
 * election). A sealed choice can be taken back until the last one is made, which reveals them all.
 */
export function undoableBy(match: Match): string | null {
  const at = match.record.commands.length - 1;
  const seat = humanDecision(match, at);
  if (!seat) return null;
  const produced = match.events.filter((e) => e.at === at);
  const own = produced.every((e) => 'move' in e && e.move === at && 'seat' in e && e.seat === seat);
  return own && match.rngBefore === match.state.rng ? seat : null;
}

/**
 * A class game: every seat played by the class, open decks (each platform's students hold all its
 * arguments on their role cards), votes straight after the debate, the teacher entering the moves.
 */
export function newClassMatch(sc: Scenario, scenarioHash: string, seed: number, seats: readonly Seat[]): Match {
  return newMatch(sc, scenarioHash, seed, seats.map((s) => ({ id: s.id, controller: { kind: 'human' } })), false, false, true);
}

/** The match without its last command (see undoableBy), or a refusal saying why not. */
export function undo(sc: Scenario, match: Match): Submitted {
  const seat = undoableBy(match);
  if (!seat) return { ok: false, reason: 'there is no move to take back: the last one has revealed something, or it was not a human seat\'s' };
  const folded = fold(sc, { ...match.record, commands: match.record.commands.slice(0, -1) });
  return folded.ok ? { ok: true, match: settle(sc, folded.match) } : { ok: false, reason: folded.reason };
}

/** The command at `at` was decided by a human seat: a place to ask "what if…". */
export function humanDecision(match: Match, at: number): string | null {
  const by = match.record.commands[at]?.by;
  if (!by || typeof by === 'string') return null;
  return match.state.seats.some((s) => s.id === by.seat && s.controller.kind === 'human') ? by.seat : null;
}

/**
 * "What if": the game folded to just before command `at` (a human seat's decision), to be played on from
 * there. Its record keeps the original's commands from `at` on, so the original is never lost.
 */
export function branch(sc: Scenario, match: Match, at: number): Submitted {
  if (!humanDecision(match, at)) return { ok: false, reason: 'a "what if" starts from a decision a human seat took' };
  const { commands } = match.record;
  const origin: Origin = { at, commands: commands.slice(at), ...(match.record.origin ? { origin: match.record.origin } : {}) };
  const folded = fold(sc, { ...match.record, commands: commands.slice(0, at) });
  if (!folded.ok) return { ok: false, reason: folded.reason };
  return { ok: true, match: { ...folded.match, record: { ...folded.match.record, origin } } };
}

/** The record of the game a "what if" branched from, or null for a game that is no branch. */
export function originalOf(record: MatchRecord): MatchRecord | null {
  const { origin, ...rest } = record;
  if (!origin) return null;
  return { ...rest, commands: [...record.commands.slice(0, origin.at), ...origin.commands], ...(origin.origin ? { origin: origin.origin } : {}) };
}

/**
 * The state as one seat may know it, for the computer's seats: the other seats' sealed choices, decks and
 * secret objectives removed, and its own deck cut to the hand it holds (it cannot know what it will draw).
 */
export function redactFor(sc: Scenario, state: GameState, seat: string): GameState {
  const own = state.sealed[seat];
  const redacted: GameState = { ...state, sealed: own ? { [seat]: own } : {} };
  if (state.decks) redacted.decks = { [seat]: handOf(sc, state, seat) };
  if (state.secret) redacted.secret = Object.hasOwn(state.secret, seat) ? { [seat]: state.secret[seat]! } : {};
  return redacted;
}

/** The seats the computer plays that owe a move now. */
export function dueAiSeats(sc: Scenario, match: Match): Seat[] {
  const due = dueOf(sc, match.state);
  if (due.kind !== 'seats') return [];
  return match.state.seats.filter((s) => s.controller.kind === 'ai' && due.seats.includes(s.id));
}

/** The first due computer seat makes its move, with its reason; null when no computer seat is due. */
export function aiStep(sc: Scenario, match: Match): Submitted | null {
  const seat = dueAiSeats(sc, match)[0];
  if (!seat || seat.controller.kind !== 'ai') return null;
  const choice = chooseAction(sc, redactFor(sc, match.state, seat.id), seat.id, seat.controller.level);
  if (!choice) return { ok: false, reason: `the computer found no move for the ${seat.id} seat` };
  return submit(sc, match, choice.action, { seat: seat.id }, choice.reason);
}
