/**
 * The one machine that owns the flow of a game: setup -> delegate selection -> congress (opening,
 * debate, vote) -> outcome. Domain state is one JSON object in context; every change goes through the
 * pure rules (apply), the AI is called synchronously inside an action, and sounds leave as emitted `cue`
 * events for the host. No timers or delays here: the host sends `ai.step` and `flow.continue`, so
 * xstate/graph can walk every state. Must not import Phaser, Howler or the DOM.
 */
import { assign, emit, setup } from 'xstate';
import type { Cue } from '../audio/AudioPort';
import type { Scenario } from '../content/schema';
import { chooseAction } from '../ai/policy';
import { apply } from '../rules/apply';
import { newGame, seatToAct } from '../rules/setup';
import type { Action, Controller, GameState } from '../rules/types';

export interface CongressContext {
  scenario: Scenario;
  seed: number;
  controllers: Record<string, Controller>; // platform id -> who plays it
  game: GameState | null; // null until setup.start
  rejection: string | null; // why the last human action was refused, for the view to show
}

export interface CongressInput {
  scenario: Scenario;
  seed?: number;
  controllers?: Record<string, Controller>;
}

export type CongressEvent =
  | { type: 'setup.seat'; seat: string; controller: Controller }
  | { type: 'setup.seed'; seed: number }
  | { type: 'setup.start' }
  | { type: 'game.act'; action: Action }
  | { type: 'ai.step' }
  | { type: 'flow.continue' }
  | { type: 'game.restart' };

export type CongressEmitted = { type: 'cue'; cue: Cue };

/** Applies an action that the rules have already accepted (guards check first). */
function applied(context: CongressContext, action: Action, reason?: string): GameState {
  const result = apply(context.scenario, context.game!, action);
  if (!result.ok) throw new Error(`rules refused an action the machine had checked: ${result.reason}`);
  if (!reason) return result.state;
  const log = [...result.state.log];
  const last = log[log.length - 1];
  if (last) log[log.length - 1] = { ...last, reason };
  return { ...result.state, log };
}

const dueController = (context: CongressContext) => {
  const seat = context.game && seatToAct(context.game);
  return seat ? seat.controller : null;
};

export const congressMachine = setup({
  types: {
    context: {} as CongressContext,
    events: {} as CongressEvent,
    input: {} as CongressInput,
    emitted: {} as CongressEmitted,
  },
  guards: {
    humanMayAct: ({ context, event }) => {
      if (event.type !== 'game.act' || dueController(context)?.kind !== 'human') return false;
      const action = event.action;
      if (action.type !== 'campaign' && action.type !== 'speak') return false;
      if (action.seat !== seatToAct(context.game!)?.id) return false;
      return apply(context.scenario, context.game!, action).ok;
    },
    aiDue: ({ context }) => dueController(context)?.kind === 'ai',
    allActed: ({ context }) => context.game !== null && seatToAct(context.game) === null,
    knownSeat: ({ context, event }) =>
      event.type === 'setup.seat' && context.scenario.platforms.some((p) => p.playable && p.id === event.seat),
  },
  actions: {
    humanAct: assign(({ context, event }) => {
      if (event.type !== 'game.act') return {};
      return { game: applied(context, event.action), rejection: null };
    }),
    refuse: assign(({ context, event }) => {
      if (event.type !== 'game.act') return {};
      if (!context.game) return { rejection: 'the game has not started' };
      if (dueController(context)?.kind !== 'human') return { rejection: 'it is not a human seat\'s turn' };
      const result = apply(context.scenario, context.game, event.action);
      return { rejection: result.ok ? 'that action is not yours to take now' : result.reason };
    }),
    aiAct: assign(({ context }) => {
      const seat = seatToAct(context.game!)!;
      const choice = chooseAction(context.scenario, context.game!, seat.id);
      if (!choice) throw new Error(`the AI found no legal move for ${seat.id}`);
      return { game: applied(context, choice.action, choice.reason) };
    }),
    startGame: assign(({ context }) => ({
      game: newGame(context.scenario, { seed: context.seed, controllers: context.controllers }),
      rejection: null,
    })),
    clearGame: assign({ game: null, rejection: null }),
    /** A flow step of the rules (elect, open, vote, conclude), taken when the machine enters a state. */
    rule: assign(({ context }, params: { action: Action }) => ({ game: applied(context, params.action), rejection: null })),
    cueGavel: emit({ type: 'cue', cue: 'gavel' as Cue }),
    cueBell: emit({ type: 'cue', cue: 'bell' as Cue }),
    cueMurmur: emit({ type: 'cue', cue: 'murmur' as Cue }),
    cueApplause: emit({ type: 'cue', cue: 'applause' as Cue }),
  },
}).createMachine({
  id: 'congress',
  context: ({ input }) => ({
    scenario: input.scenario,
    seed: input.seed ?? 1921,
    controllers: input.controllers ?? {},
    game: null,
    rejection: null,
  }),
  initial: 'setup',
  states: {
    setup: {
      on: {
        'setup.seat': {
          guard: 'knownSeat',
          actions: assign({ controllers: ({ context, event }) => ({ ...context.controllers, [event.seat]: event.controller }) }),
        },
        'setup.seed': { actions: assign({ seed: ({ event }) => Math.trunc(event.seed) }) },
        'setup.start': { target: 'selection', actions: 'startGame' },
      },
    },
    selection: {
      always: { guard: 'allActed', target: 'elected', actions: [{ type: 'rule', params: { action: { type: 'elect' } } }, 'cueGavel'] },
      on: {
        'game.act': [{ guard: 'humanMayAct', actions: 'humanAct' }, { actions: 'refuse' }],
        'ai.step': { guard: 'aiDue', actions: 'aiAct' },
      },
    },
    elected: {
      on: { 'flow.continue': 'congress' },
    },
    congress: {
      initial: 'opening',
      states: {
        opening: {
          entry: [{ type: 'rule', params: { action: { type: 'open' } } }, 'cueBell', 'cueMurmur'],
          on: { 'flow.continue': 'debate' },
        },
        debate: {
          always: { guard: 'allActed', target: 'vote' },
          on: {
            'game.act': [{ guard: 'humanMayAct', actions: ['humanAct', 'cueApplause'] }, { actions: 'refuse' }],
            'ai.step': { guard: 'aiDue', actions: ['aiAct', 'cueApplause'] },
          },
        },
        vote: {
          entry: [{ type: 'rule', params: { action: { type: 'vote' } } }, 'cueGavel'],
          on: { 'flow.continue': '#congress.outcome' },
        },
      },
    },
    outcome: {
      entry: [{ type: 'rule', params: { action: { type: 'conclude' } } }, 'cueApplause'],
      on: { 'game.restart': { target: 'setup', actions: 'clearGame' } },
    },
  },
});

export type CongressMachine = typeof congressMachine;
