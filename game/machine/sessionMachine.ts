/**
 * The session on one screen: the title, the setup, a match being played, a match being replayed, and a
 * save that could not be opened as it was. The machine holds the match (its record, and the state folded
 * from it) and the session around it; it does not hold a second copy of the flow: what comes next in a
 * match is the rules' decision (rules/flow.ts), reached through match.ts. No timers here: the host sends
 * `ai.step` when a computer seat should move, so xstate/graph can walk every state. Never throws: a
 * refused command is kept as a notice for the screen. Must not import Phaser, Howler or the DOM.
 */
import { assign, setup } from 'xstate';
import type { Scenario } from '../content/schema';
import { aiStep, branch, dueAiSeats, fold, humanDecision, newMatch, submit, undo, undoableBy, type Match } from '../match/match';
import { curtainFor, eyesAfter, isHotSeat, twoPlayers } from '../match/seats';
import type { SaveProblem } from '../match/saveFile';
import { isSeed } from '../match/seed';
import { seatsOf } from '../rules/setup';
import type { By, Command, Controller } from '../rules/types';

export interface SessionContext {
  scenario: Scenario;
  scenarioHash: string;
  seed: number;
  controllers: Record<string, Controller>; // platform id -> who plays it, for the next new game
  match: Match | null; // the game of this session, kept when the player goes back to the title
  notice: string | null; // why the last command from the screen was refused
  replay: { cursor: number; match: Match } | null; // the record folded up to the cursor
  problem: SaveProblem | null;
  /**
   * With several human seats at one screen: the seat whose player has passed the curtain and sees its
   * private screen, or null while the curtain is up (or nothing private is due). Never saved: a reload
   * brings the curtain back first.
   */
  eyes: string | null;
}

export interface SessionInput {
  scenario: Scenario;
  scenarioHash: string;
  seed?: number;
  controllers?: Record<string, Controller>;
}

export type SessionEvent =
  | { type: 'session.setup' }
  | { type: 'session.title' }
  | { type: 'session.resume' }
  | { type: 'session.hotSeat' } // setup with two players at one screen already chosen
  | { type: 'curtain.pass'; seat: string } // the player of this seat has the device and confirms it
  | { type: 'match.undo' }
  | { type: 'game.rematch' }
  | { type: 'setup.seat'; seat: string; controller: Controller }
  | { type: 'setup.seed'; seed: number }
  | { type: 'setup.start' }
  | { type: 'match.command'; command: Command; by: By }
  | { type: 'ai.step' }
  | { type: 'match.load'; match: Match }
  | { type: 'match.restore'; match: Match }
  | { type: 'save.problem'; problem: SaveProblem }
  | { type: 'problem.accept' }
  | { type: 'replay.open'; cursor?: number }
  | { type: 'replay.to'; cursor: number }
  | { type: 'replay.close' }
  | { type: 'replay.whatIf'; at: number }
  | { type: 'game.restart' };

/**
 * A human at this screen may issue `by`'s commands: a seat a human plays, or the facilitator. With several
 * human seats, only the seat whose player has passed the curtain.
 */
function humanMay(match: Match, by: By, eyes: string | null): boolean {
  if (by === 'facilitator') return true;
  if (by === 'system') return false;
  if (isHotSeat(match) && by.seat !== eyes) return false;
  return match.state.seats.some((s) => s.id === by.seat && s.controller.kind === 'human');
}

function replayAt(sc: Scenario, match: Match, cursor: number): { cursor: number; match: Match } {
  const at = Math.max(0, Math.min(match.record.commands.length, Math.trunc(cursor)));
  return { cursor: at, match: fold(sc, match.record, at).match };
}

export const sessionMachine = setup({
  types: {
    context: {} as SessionContext,
    events: {} as SessionEvent,
    input: {} as SessionInput,
  },
  guards: {
    hasMatch: ({ context }) => context.match !== null,
    aiDue: ({ context }) => context.match !== null && dueAiSeats(context.scenario, context.match).length > 0,
    humanMay: ({ context, event }) => event.type === 'match.command' && context.match !== null && humanMay(context.match, event.by, context.eyes),
    curtainSeat: ({ context, event }) => event.type === 'curtain.pass' && context.match !== null && curtainFor(context.scenario, context.match, context.eyes) === event.seat,
    canUndo: ({ context }) => context.match !== null && undoableBy(context.match) !== null,
    knownSeat: ({ context, event }) => event.type === 'setup.seat' && context.scenario.platforms.some((p) => p.playable && p.id === event.seat),
    hasOffer: ({ context }) => context.problem?.offer != null,
    isSeed: ({ event }) => event.type === 'setup.seed' && isSeed(event.seed),
    humanDecision: ({ context, event }) => event.type === 'replay.whatIf' && context.match !== null && humanDecision(context.match, event.at) !== null,
  },
  actions: {
    command: assign(({ context, event }) => {
      if (event.type !== 'match.command' || !context.match) return {};
      const result = submit(context.scenario, context.match, event.command, event.by);
      return result.ok ? { match: result.match, notice: null, eyes: eyesAfter(context.scenario, result.match, context.eyes) } : { notice: result.reason };
    }),
    refuse: assign(({ context }) => ({ notice: context.match && isHotSeat(context.match) ? 'pass the device to the player of this seat first' : 'that is not yours to decide: the computer plays this seat' })),
    aiStep: assign(({ context }) => {
      const result = context.match && aiStep(context.scenario, context.match);
      if (!result) return {};
      return result.ok ? { match: result.match, eyes: eyesAfter(context.scenario, result.match, context.eyes) } : { notice: result.reason };
    }),
    undo: assign(({ context }) => {
      const result = context.match && undo(context.scenario, context.match);
      if (!result) return {};
      return result.ok ? { match: result.match, notice: null, eyes: null } : { notice: result.reason };
    }),
    startMatch: assign(({ context }) => ({
      match: newMatch(context.scenario, context.scenarioHash, context.seed, seatsOf(context.scenario, context.controllers)),
      notice: null,
      replay: null,
      eyes: null,
    })),
    rematch: assign(({ context }) => {
      const old = context.match!;
      return { match: newMatch(context.scenario, context.scenarioHash, old.record.seed, old.record.seats, old.record.deal === true, old.record.floor === true), notice: null, replay: null, eyes: null };
    }),
    openReplay: assign(({ context, event }) => {
      if (!context.match) return {};
      const cursor = event.type === 'replay.open' && event.cursor !== undefined ? event.cursor : context.match.record.commands.length;
      return { replay: replayAt(context.scenario, context.match, cursor) };
    }),
    whatIf: assign(({ context, event }) => {
      if (event.type !== 'replay.whatIf' || !context.match) return {};
      const result = branch(context.scenario, context.match, event.at);
      return result.ok ? { match: result.match, replay: null, notice: null, eyes: null } : { notice: result.reason };
    }),
    moveReplay: assign(({ context, event }) => (event.type === 'replay.to' && context.match ? { replay: replayAt(context.scenario, context.match, event.cursor) } : {})),
  },
}).createMachine({
  id: 'session',
  context: ({ input }) => ({
    scenario: input.scenario,
    scenarioHash: input.scenarioHash,
    seed: input.seed ?? 1921,
    controllers: input.controllers ?? {},
    match: null,
    notice: null,
    replay: null,
    problem: null,
    eyes: null,
  }),
  initial: 'title',
  on: {
    'match.load': { target: '.playing', actions: assign(({ event }) => ({ match: event.match, notice: null, replay: null, problem: null, eyes: null })) },
    'save.problem': { target: '.problem', actions: assign(({ event }) => ({ problem: event.problem })) },
    // the game kept in this browser, put back without leaving the screen the session is on
    'match.restore': { actions: assign(({ event }) => ({ match: event.match, notice: null, eyes: null })) },
  },
  states: {
    title: {
      on: {
        'session.setup': 'setup',
        'session.hotSeat': { target: 'setup', actions: assign(({ context }) => ({ controllers: twoPlayers(context.scenario) })) },
        'session.resume': { guard: 'hasMatch', target: 'playing' },
        'replay.open': { guard: 'hasMatch', target: 'replay', actions: 'openReplay' },
      },
    },
    setup: {
      on: {
        'session.title': 'title',
        'setup.seat': { guard: 'knownSeat', actions: assign({ controllers: ({ context, event }) => ({ ...context.controllers, [event.seat]: event.controller }) }) },
        'setup.seed': { guard: 'isSeed', actions: assign({ seed: ({ event }) => event.seed }) },
        'setup.start': { target: 'playing', actions: 'startMatch' },
      },
    },
    playing: {
      on: {
        'session.title': 'title',
        'match.command': [{ guard: 'humanMay', actions: 'command' }, { actions: 'refuse' }],
        'ai.step': { guard: 'aiDue', actions: 'aiStep' },
        'curtain.pass': { guard: 'curtainSeat', actions: assign(({ event }) => ({ eyes: event.type === 'curtain.pass' ? event.seat : null })) },
        'match.undo': { guard: 'canUndo', actions: 'undo' },
        'replay.open': { target: 'replay', actions: 'openReplay' },
        'game.restart': 'setup',
        'game.rematch': { guard: 'hasMatch', actions: 'rematch' },
      },
    },
    replay: {
      on: {
        'replay.to': { actions: 'moveReplay' },
        'replay.close': { target: 'playing', actions: assign({ replay: null }) },
        // "what if": back to just before a human seat's decision, to decide again and play on
        'replay.whatIf': { guard: 'humanDecision', target: 'playing', actions: 'whatIf' },
        'session.title': { target: 'title', actions: assign({ replay: null }) },
      },
    },
    problem: {
      on: {
        'problem.accept': { guard: 'hasOffer', target: 'playing', actions: assign(({ context }) => ({ match: context.problem!.offer!.match, problem: null, notice: null, replay: null, eyes: null })) },
        'session.title': { target: 'title', actions: assign({ problem: null }) },
      },
    },
  },
});

export type SessionMachine = typeof sessionMachine;
