/**
 * What the screen shows now, derived from the session's snapshot: which mode (title, setup, playing,
 * replay, a save's problem), whose eyes it is drawn for, and that viewer's view of the match (or of the
 * replay at its cursor). Scenes, the live log, the sounds and the test hook all read this, never the
 * match's state. Pure, no Phaser.
 */
import type { SnapshotFrom } from 'xstate';
import type { Scenario } from '../content/schema';
import type { SessionMachine } from '../machine/sessionMachine';
import { fold, originalOf, undoableBy, type Match } from '../match/match';
import { curtainFor, isHotSeat, playerName } from '../match/seats';
import type { SaveProblem } from '../match/saveFile';
import { PUBLIC, view, type MatchView, type Viewer } from '../match/view';
import { commandLabel, platformIn } from '../words/narrate';

export type Mode = 'title' | 'setup' | 'playing' | 'replay' | 'problem';

/** One command of the record as the replay lists it. */
export interface ReplayEntry {
  label: string; // "the Ten: organise in Moscow"
  seat: string | null; // the seat that decided it, if a seat did
  human: boolean; // decided by a human seat: a place to ask "what if…"
}

export interface Screen {
  mode: Mode;
  viewer: Viewer;
  view: MatchView | null; // the match as this viewer sees it (in replay: as it stood at the cursor)
  replay: { cursor: number; total: number; entries: ReplayEntry[] } | null;
  notice: string | null;
  problem: SaveProblem | null;
  match: { phase: string; commands: number } | null; // the session's game, if any (for "continue")
  /** For a "what if" at its end: the game it branched from, as the same viewer sees it. */
  original: MatchView | null;
  /** Several players at one screen: the live log keeps to public lines, and private screens wait behind the curtain. */
  hotSeat: boolean;
  /** The curtain, while it is up: the seat whose player must take the device, and that player's name. */
  curtain: { seat: string; name: string } | null;
  /** Whose last move may be taken back now (the rules' undo), by name; null when nothing may be. */
  undo: { seat: string; name: string } | null;
}

type Snap = SnapshotFrom<SessionMachine>;

/**
 * The screen is drawn for the one human seat; with none, for the public; with several, for the seat whose
 * player has passed the curtain, and for the public while the curtain is up.
 */
export function viewerOf(match: Match, eyes: string | null = null): Viewer {
  const humans = match.state.seats.filter((s) => s.controller.kind === 'human');
  if (humans.length === 1) return { kind: 'seat', seat: humans[0]!.id };
  return eyes && humans.some((s) => s.id === eyes) ? { kind: 'seat', seat: eyes } : PUBLIC;
}

export function modeOf(snap: Snap): Mode {
  const v = snap.value;
  return (typeof v === 'string' ? v : Object.keys(v)[0]) as Mode;
}

/**
 * The record's commands in words. A sealed choice not yet revealed in the game stays sealed here too:
 * the replay is drawn for the public.
 */
function entriesOf(sc: Scenario, match: Match): ReplayEntry[] {
  const stillSealed = new Set(Object.values(match.state.sealed).map((s) => s.at));
  return match.record.commands.map((entry, i) => {
    const seat = typeof entry.by === 'string' ? null : entry.by.seat;
    const human = !!seat && match.state.seats.some((s) => s.id === seat && s.controller.kind === 'human');
    const label = stillSealed.has(i) && seat ? `${platformIn(sc, seat)}: a sealed choice` : commandLabel(sc, entry.command);
    return { label, seat, human };
  });
}

let lastOriginal: { record: Match['record']; view: MatchView | null } | null = null;

/** The original of a "what if", folded once per record. */
function originalView(sc: Scenario, match: Match, viewer: Viewer): MatchView | null {
  if (lastOriginal?.record === match.record) return lastOriginal.view;
  const record = originalOf(match.record);
  const folded = record && fold(sc, record);
  const result = folded?.ok ? view(sc, folded.match, viewer) : null;
  lastOriginal = { record: match.record, view: result };
  return result;
}

let last: { key: unknown[]; screen: Screen } | null = null;

export function screenOf(sc: Scenario, snap: Snap): Screen {
  const c = snap.context;
  const mode = modeOf(snap);
  const key = [mode, c.match, c.replay, c.notice, c.problem, c.eyes];
  if (last && last.key.every((k, i) => k === key[i])) return last.screen;
  const replaying = mode === 'replay' && c.replay;
  const viewer = replaying || !c.match ? PUBLIC : viewerOf(c.match, c.eyes);
  const curtain = mode === 'playing' && c.match ? curtainFor(sc, c.match, c.eyes) : null;
  const undoSeat = mode === 'playing' && c.match ? undoableBy(c.match) : null;
  const shown = replaying ? c.replay!.match : mode === 'playing' ? c.match : null;
  const screen: Screen = {
    mode,
    viewer,
    view: shown ? view(sc, shown, viewer, { screen: mode === 'playing' }) : null,
    replay: replaying ? { cursor: c.replay!.cursor, total: c.match!.record.commands.length, entries: entriesOf(sc, c.match!) } : null,
    notice: c.notice,
    problem: c.problem,
    match: c.match ? { phase: c.match.state.phase, commands: c.match.record.commands.length } : null,
    original: mode === 'playing' && c.match?.state.phase === 'outcome' ? originalView(sc, c.match, viewer) : null,
    hotSeat: !!c.match && isHotSeat(c.match),
    curtain: curtain && c.match ? { seat: curtain, name: playerName(c.match, curtain) } : null,
    undo: undoSeat && c.match ? { seat: undoSeat, name: playerName(c.match, undoSeat) } : null,
  };
  last = { key, screen };
  return screen;
}
