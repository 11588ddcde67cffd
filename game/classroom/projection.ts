/**
 * What the projector shows a class (issue 14): the public view of the game (view.ts's PUBLIC: no seed, no
 * generator, no sealed choice) and the lesson's public side: the phase and its minutes left, whether the
 * lesson is paused, the speech now by role (never a student's name: names stay on the teacher's laptop),
 * who speaks next, the last lines of the record, the votes counted. The console sends this, and only this,
 * to the projector's window. Pure.
 */
import { votedItem, type Scenario } from '../content/schema';
import { historyYear, itemOf } from '../rules/agenda';
import type { Match } from '../match/match';
import { PUBLIC, view, type MatchView } from '../match/view';
import { headingOf, voteText } from '../words/narrate';
import { debriefPrompts } from './debrief';
import { choicesOf } from '../rules/ballots';
import { PHASE_TITLES } from './roles';
import type { ClassSession } from './session';

export interface Projection {
  phase: string; // the lesson's phase, in words
  secondsLeft: number | null; // in the lesson's phase, against the plan (negative when over); null: no lesson clock (a class on the class server)
  paused: boolean;
  speech: { role: string; secondsLeft: number; running: boolean } | null;
  next: string[]; // the next speakers, by role
  heading: string; // where the congress is, in words
  voting: { title: string; options: string[] } | null; // before a vote: what the hall votes on, and its choices
  note: string | null; // the scenario's content note, before the news that opens the congress
  lines: string[]; // the record's last lines, newest first
  votes: string[]; // each vote taken, in words
  view: MatchView | null; // the public view of the game, for the hall
  moved: Moved | null; // what the last speech did to the hall
  prompts: string[]; // in the debrief, once the congress has closed: the questions for the class
  history: { year: string; rows: { motion: string; class: number; then: number | null }[]; summary: string } | null; // once the congress has closed: the class's votes beside the record
}

/** What a speech did: which delegates it moved (by their place in the hall, ringed there) and, in words, how. */
export interface Moved {
  text: string;
  rings: number[];
}

const LINES = 4;

export function projectionOf(sc: Scenario, session: ClassSession, match: Match | null, moved: Moved | null = null): Projection {
  const titleOf = (role: string) => session.setup.roles.find((r) => r.id === role)?.title ?? 'a speaker';
  const { phase, spent, running } = session.clock;
  const v = match ? view(sc, match, PUBLIC) : null;
  const speech = session.speech;
  return {
    ...congressOf(sc, v),
    phase: PHASE_TITLES[phase],
    secondsLeft: Math.round(session.setup.plan[phase] * 60 - spent[phase]),
    paused: !running,
    speech: speech ? { role: titleOf(speech.role), secondsLeft: Math.round(speech.allowed - speech.spent), running: speech.running && running } : null,
    next: session.speakers.slice(0, 3).map(titleOf),
    moved,
    prompts: match?.state.outcome && phase === 'debrief' ? debriefPrompts(sc, match.state) : [],
  };
}

/** What the projector shows of the congress itself, from its public view (none yet: the class is being seated). */
function congressOf(sc: Scenario, v: MatchView | null): Pick<Projection, 'heading' | 'voting' | 'note' | 'lines' | 'votes' | 'view' | 'history'> {
  return {
    heading: v ? headingOf(sc, v.phase) : 'The class is being seated',
    voting: v?.phase === 'forecast' && v.nextItem ? votingOf(sc, v.nextItem) : null,
    note: v?.phase === 'elected' && sc.contentNote?.before.includes('opening') ? sc.contentNote.text : null,
    lines: v ? v.log.slice(-LINES).map((l) => l.text).reverse() : [],
    votes: v ? v.ballots.map((b) => voteText(sc, b)) : [],
    view: v,
    history: v?.outcome ? historyBeside(sc, v.ballots) : null,
  };
}

/**
 * The projector of a class on the class server: the congress from the public view the server sent, with no
 * lesson clock and no speakers' list (they are the console's, in the room).
 */
export function projectionOfView(sc: Scenario, v: MatchView | null): Projection {
  return { ...congressOf(sc, v), phase: 'The class on the network', secondsLeft: null, paused: false, speech: null, next: [], moved: null, prompts: [] };
}

/** The contested vote: the class's count beside the record's, motion by motion, and what the record says (null before its vote). */
export function historyBeside(sc: Scenario, ballots: Match['state']['ballots']): Projection['history'] {
  const item = votedItem(sc);
  const ballot = ballots.find((b) => b.item === item.id);
  if (!ballot) return null;
  const rows = item.motions.map((m) => ({ motion: m.title, class: ballot.votes[m.id] ?? 0, then: item.record.votes[m.id] ?? null }));
  return { year: historyYear(item.date, sc.dates), rows, summary: item.record.summary };
}

/** An item's title and the choices the hall has on it: its motions, or for and against. */
function votingOf(sc: Scenario, itemId: string): { title: string; options: string[] } {
  return { title: itemOf(sc, itemId).title, options: choicesOf(sc, itemId).map((c) => c.title) };
}

/** Minutes and seconds, as a clock shows them: "4:05", "-0:30" when over. */
export function clockText(seconds: number): string {
  const s = Math.abs(Math.round(seconds));
  return `${seconds < 0 ? '-' : ''}${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
