/**
 * A pure view per viewer: view(scenario, match, viewer) is everything one screen may know. A seat sees
 * the public game and its own private part (its legal moves, its cards, its sealed choice); the public
 * (a projector, a spectator) sees the public game only; the authority also sees the seed, the
 * generator's state and every sealed choice. Screens, the live log and the sounds are drawn from a view,
 * never from the state. Delegates appear as marks, never as stances. Pure.
 */
import type { Scenario } from '../content/schema';
import { forecast, type Forecast } from '../rules/ballots';
import { estimateOf, type Estimate } from '../ai/evaluate';

export type { Estimate };
import { ruleOf, weightsOf } from '../rules/discussion';
import { apportion } from '../rules/election';
import { dueOf, nextItem } from '../rules/flow';
import { handOf, legalCommands } from '../rules/legal';
import { secretOf, standingOf, type Standing } from '../rules/outcome';
import type { AiLevel, Ballot, Due, GameEvent, GameState, Outcome, Phase, ProceedCommand, SeatCommand, Volunteering } from '../rules/types';
import { lineOf, type Line } from '../words/narrate';
import { markOf, type DelegateView } from './marks';
import { playerName } from './seats';
import type { Match, MatchRecord } from './match';

export type Viewer = { kind: 'seat'; seat: string } | { kind: 'public' } | { kind: 'authority' };

export const PUBLIC: Viewer = { kind: 'public' };

export interface SeatInfo {
  id: string;
  human: boolean;
  name?: string; // a human seat's player: the name given, or "Player N" (see seats.ts)
  level?: AiLevel;
}

/** A conference in the Discussion: how it leans now (shares of its leaning) and the voting seats that leaning would give each platform. */
export interface ConferenceView {
  id: string;
  lean: Record<string, number>; // platform -> share of the conference's leaning, 0..1
  projected: Record<string, number>; // platform -> voting seats, as things stand
}

/** A seat's own part of the game. */
export interface YourPart {
  seat: string;
  legal: SeatCommand[]; // every move this seat may make now (empty when it is not due)
  estimates: (Estimate | null)[]; // beside each legal move, what it should do (null where there is no estimate; empty unless asked for)
  hand: string[]; // its cards not yet played, in deck order
  sealed: SeatCommand | null; // its secret choice, until all are revealed
  secret: string | null; // its secret objective, in words, in a game dealt with secrets
  standing: Standing[]; // each of its objectives (the secret one last) as it stands now (empty unless asked for)
}

export interface MatchView {
  viewer: Viewer;
  scenarioId: string;
  step: number; // commands so far
  phase: Phase;
  round: number;
  seats: SeatInfo[];
  due: Due;
  proceed: ProceedCommand | null; // what the facilitator may do now
  chair: string | null;
  minutes: Record<string, number>;
  speakers: string[];
  speaker: string | null;
  played: { seat: string; card: string }[];
  objected: string[];
  coopted: string[] | null;
  statements: Record<string, number>; // seat -> statements from the floor made so far (games with floor decisions)
  published: string[];
  rules: Record<string, 'proportional' | 'majority'>; // every delegation's election rule now
  volunteering: Record<string, Volunteering>; // public once revealed
  delegates: DelegateView[];
  conferences: ConferenceView[] | null; // in the Discussion, before the congress is elected
  nextItem: string | null;
  forecast: Forecast | null; // for the next item, before its vote
  ballots: Ballot[];
  outcome: Outcome | null;
  log: Line[];
  you: YourPart | null;
  secrets: { seed: number; rng: number; sealed: Record<string, SeatCommand>; hands: Record<string, string[]>; objectives: Record<string, string> } | null; // the authority only
}

function visible(e: GameEvent, viewer: Viewer): boolean {
  if (!('to' in e)) return true;
  return viewer.kind === 'authority' || (viewer.kind === 'seat' && viewer.seat === e.to);
}

/** The record's lines this viewer may read, each with the computer's reason beside its own move. */
export function logFor(sc: Scenario, record: MatchRecord, events: readonly GameEvent[], ballots: readonly Ballot[], viewer: Viewer): Line[] {
  const lines: Line[] = [];
  for (const e of events) {
    if (!visible(e, viewer)) continue;
    const found = lineOf(sc, e, ballots);
    if (!found) continue;
    const line = 'to' in e ? { ...found, private: true as const } : found;
    if (!('move' in e)) {
      lines.push(line);
      continue;
    }
    const reason = record.commands[e.move]?.reason;
    lines.push(reason ? { ...line, move: e.move, reason } : { ...line, move: e.move });
  }
  return lines;
}

function conferencesOf(sc: Scenario, s: GameState): ConferenceView[] {
  return sc.delegations.map((d) => {
    const weights = weightsOf(d, s.campaigns);
    const total = Object.values(weights).reduce((a, b) => a + b, 0) || 1;
    const lean = Object.fromEntries(Object.entries(weights).filter(([, w]) => w > 0).map(([p, w]) => [p, w / total]));
    return { id: d.id, lean, projected: apportion(sc, weights, d.voting, ruleOf(d, s)) };
  });
}

/**
 * The delegates as marks. Before the election, each conference's seats are shown as its leaning would
 * fill them now (marked as projections, voting and consultative alike), so the hall fills in as the
 * Discussion goes on.
 */
function delegatesOf(sc: Scenario, s: GameState, voted: boolean): DelegateView[] {
  const cast = s.ballots.find((b) => b.item === sc.vote.item)?.cast;
  const projected = new Map<string, string>();
  if (s.phase === 'discussion') {
    for (const d of sc.delegations) {
      const weights = weightsOf(d, s.campaigns);
      const own = s.delegates.filter((x) => x.delegation === d.id);
      for (const group of [own.filter((x) => x.voting), own.filter((x) => !x.voting)]) {
        const split = apportion(sc, weights, group.length, ruleOf(d, s));
        const labels = sc.platforms.flatMap((p) => Array<string>(split[p.id] ?? 0).fill(p.id));
        group.forEach((x, i) => labels[i] && projected.set(x.id, labels[i]));
      }
    }
  }
  return s.delegates.map((d) => {
    const platform = projected.get(d.id);
    const mark: DelegateView['mark'] = platform && !d.stance ? { kind: 'projected', platform } : markOf(sc, d, voted, cast);
    return { id: d.id, group: d.delegation, voting: d.voting, elected: d.elected, present: d.present, mark };
  });
}

type Hall = Pick<MatchView, 'rules' | 'delegates' | 'conferences'>;
const halls = new WeakMap<GameState, { sc: Scenario; hall: Hall }>();

/**
 * What every viewer sees alike of the hall (the delegates' marks, the conferences, the election rules),
 * worked out once for a state and shared by the views of it (a state never changes: the rules make a new
 * one), so that a class server's views of one state, one per seat and one for the public, cost one count
 * of the hall and not four. A view is read, never changed.
 */
function hallOf(sc: Scenario, s: GameState): Hall {
  const known = halls.get(s);
  if (known && known.sc === sc) return known.hall;
  const hall: Hall = {
    rules: Object.fromEntries(sc.delegations.map((d) => [d.id, ruleOf(d, s)])),
    delegates: delegatesOf(sc, s, s.ballots.length > 0),
    conferences: s.phase === 'discussion' ? conferencesOf(sc, s) : null,
  };
  halls.set(s, { sc, hall });
  return hall;
}

/**
 * `screen`: also weigh every legal move of the viewer's seat as the computer would, and measure how each
 * of its objectives stands (the screen asks for both; tests of what a view holds do not need them, and
 * they cost a lookahead per move and a count of the hall per objective).
 */
export function view(sc: Scenario, match: Match, viewer: Viewer, options: { screen?: boolean } = {}): MatchView {
  const s = match.state;
  const due = dueOf(sc, s);
  const item = nextItem(sc, s);
  const mine = viewer.kind === 'seat' && s.seats.some((x) => x.id === viewer.seat) ? viewer.seat : null;
  const legal = mine ? (legalCommands(sc, s, { seat: mine }) as SeatCommand[]) : [];
  const hall = hallOf(sc, s);
  return {
    viewer,
    scenarioId: s.scenarioId,
    step: s.step,
    phase: s.phase,
    round: s.round,
    seats: s.seats.map((x) => ({ id: x.id, human: x.controller.kind === 'human', ...(x.controller.kind === 'human' ? { name: playerName(match, x.id) } : { level: x.controller.level }) })),
    // a sealed choice: every seat is shown as choosing until all have, so nobody learns who chose first
    due: due.kind === 'seats' && due.sealed && viewer.kind !== 'authority' ? { ...due, seats: s.seats.map((x) => x.id) } : due,
    proceed: (legalCommands(sc, s, 'facilitator')[0] as ProceedCommand | undefined) ?? null,
    chair: s.chair,
    minutes: { ...s.minutes },
    speakers: [...s.speakers],
    speaker: s.speaker,
    played: s.played.map((p) => ({ ...p })),
    objected: [...s.objected],
    coopted: s.coopted && [...s.coopted],
    statements: { ...(s.floor?.statements ?? {}) },
    published: [...s.published],
    rules: hall.rules,
    volunteering: { ...s.volunteering },
    delegates: hall.delegates,
    conferences: hall.conferences,
    nextItem: item,
    forecast: s.phase === 'forecast' && item ? forecast(sc, s, item) : null,
    ballots: s.ballots,
    outcome: s.outcome,
    log: logFor(sc, match.record, match.events, s.ballots, viewer),
    you: mine ? { seat: mine, legal, estimates: options.screen ? legal.map((a) => estimateOf(sc, s, a)) : [], hand: handOf(sc, s, mine), sealed: s.sealed[mine]?.command ?? null, secret: secretOf(sc, s, mine)?.text ?? null, standing: options.screen ? standingOf(sc, s, mine) : [] } : null,
    secrets:
      viewer.kind === 'authority'
        ? {
            seed: s.seed,
            rng: s.rng,
            sealed: Object.fromEntries(Object.entries(s.sealed).map(([k, v]) => [k, v.command])),
            hands: Object.fromEntries(s.seats.map((x) => [x.id, handOf(sc, s, x.id)])),
            objectives: Object.fromEntries(s.seats.flatMap((x) => { const o = secretOf(sc, s, x.id); return o ? [[x.id, o.text]] : []; })),
          }
        : null,
  };
}
