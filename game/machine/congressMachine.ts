/**
 * The one machine that owns the flow of a game: setup -> the Discussion -> the congress (opening,
 * volunteers for the front, presidium, debate, votes) -> outcome. Domain state is one JSON object in
 * context; every change goes through the pure rules (apply); the AI is called synchronously inside an
 * action; sounds leave as emitted `cue` events for the host. No timers or delays here: the host sends
 * `ai.step` and `flow.continue`, so xstate/graph can walk every state. Must not import Phaser, Howler or
 * the DOM.
 */
import { assign, emit, enqueueActions, setup } from 'xstate';
import type { Cue } from '../audio/AudioPort';
import type { Scenario } from '../content/schema';
import { chooseAction } from '../ai/policy';
import { apply } from '../rules/apply';
import { newGame, nextItem, seatToAct } from '../rules/setup';
import type { Action, Controller, GameState, Phase } from '../rules/types';

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

export type CongressEmitted = { type: 'cue'; cue: Cue; intensity?: number };

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

const due = (context: CongressContext) => (context.game ? seatToAct(context.scenario, context.game) : null);
const phaseIs = (context: CongressContext, phase: Phase) => context.game?.phase === phase;

export const congressMachine = setup({
  types: {
    context: {} as CongressContext,
    events: {} as CongressEvent,
    input: {} as CongressInput,
    emitted: {} as CongressEmitted,
  },
  guards: {
    humanMayAct: ({ context, event }) => {
      if (event.type !== 'game.act' || !('seat' in event.action)) return false;
      const seat = due(context);
      if (seat?.controller.kind !== 'human' || event.action.seat !== seat.id) return false;
      return apply(context.scenario, context.game!, event.action).ok;
    },
    aiDue: ({ context }) => due(context)?.controller.kind === 'ai',
    discussionOver: ({ context }) => phaseIs(context, 'discussion') && context.game!.round >= context.scenario.discussion.rounds.length,
    inPresidium: ({ context }) => phaseIs(context, 'presidium'),
    inDebate: ({ context }) => phaseIs(context, 'debate'),
    inVoting: ({ context }) => phaseIs(context, 'voting'),
    voteReady: ({ context }) => phaseIs(context, 'voting') && due(context) === null && context.game !== null && nextItem(context.scenario, context.game) !== null,
    moreVotes: ({ context }) => context.game !== null && nextItem(context.scenario, context.game) !== null,
    knownSeat: ({ context, event }) => event.type === 'setup.seat' && context.scenario.platforms.some((p) => p.playable && p.id === event.seat),
  },
  actions: {
    humanAct: assign(({ context, event }) => (event.type === 'game.act' ? { game: applied(context, event.action), rejection: null } : {})),
    refuse: assign(({ context, event }) => {
      if (event.type !== 'game.act') return {};
      if (!context.game) return { rejection: 'the game has not started' };
      if (due(context)?.controller.kind !== 'human') return { rejection: "it is not a human seat's turn" };
      const result = apply(context.scenario, context.game, event.action);
      return { rejection: result.ok ? 'that action is not yours to take now' : result.reason };
    }),
    aiAct: assign(({ context }) => {
      const seat = due(context)!;
      const level = seat.controller.kind === 'ai' ? seat.controller.level : 'normal';
      const choice = chooseAction(context.scenario, context.game!, seat.id, level);
      if (!choice) throw new Error(`the AI found no legal move for ${seat.id}`);
      return { game: applied(context, choice.action, choice.reason) };
    }),
    startGame: assign(({ context }) => ({ game: newGame(context.scenario, { seed: context.seed, controllers: context.controllers }), rejection: null })),
    clearGame: assign({ game: null, rejection: null }),
    /** A flow step of the rules (elect, open, vote, conclude), taken when the machine enters a state. */
    rule: assign(({ context }, params: { action: Action }) => ({ game: applied(context, params.action), rejection: null })),
    cue: emit((_, params: { cue: Cue }) => ({ type: 'cue' as const, cue: params.cue })),
    /** The floor's answer to the last speech or objection, as sound: applause as loud as the support. */
    cueReaction: enqueueActions(({ context, enqueue }) => {
      const last = context.game?.log.at(-1);
      if (last?.kind === 'objection') enqueue.emit({ type: 'cue', cue: 'heckle' });
      else if (last?.reaction === 'ovation') enqueue.emit({ type: 'cue', cue: 'applause', intensity: 1 });
      else if (last?.reaction === 'applause') enqueue.emit({ type: 'cue', cue: 'applause', intensity: 0.6 });
      else if (last?.reaction === 'murmurs') enqueue.emit({ type: 'cue', cue: 'murmur', intensity: 0.6 });
    }),
  },
}).createMachine({
  id: 'congress',
  context: ({ input }) => ({ scenario: input.scenario, seed: input.seed ?? 1921, controllers: input.controllers ?? {}, game: null, rejection: null }),
  initial: 'setup',
  states: {
    setup: {
      on: {
        'setup.seat': { guard: 'knownSeat', actions: assign({ controllers: ({ context, event }) => ({ ...context.controllers, [event.seat]: event.controller }) }) },
        'setup.seed': { actions: assign({ seed: ({ event }) => Math.trunc(event.seed) }) },
        'setup.start': { target: 'discussion', actions: 'startGame' },
      },
    },
    discussion: {
      always: { guard: 'discussionOver', target: 'elected', actions: [{ type: 'rule', params: { action: { type: 'elect' } } }, { type: 'cue', params: { cue: 'gavel' } }] },
      on: {
        'game.act': [{ guard: 'humanMayAct', actions: 'humanAct' }, { actions: 'refuse' }],
        'ai.step': { guard: 'aiDue', actions: 'aiAct' },
      },
    },
    elected: { on: { 'flow.continue': 'congress' } },
    congress: {
      initial: 'opening',
      states: {
        opening: {
          entry: [{ type: 'rule', params: { action: { type: 'open' } } }, { type: 'cue', params: { cue: 'bell' } }, { type: 'cue', params: { cue: 'murmur' } }],
          on: { 'flow.continue': 'volunteers' },
        },
        volunteers: {
          always: { guard: 'inPresidium', target: 'presidium', actions: { type: 'cue', params: { cue: 'footsteps' } } },
          on: {
            'game.act': [{ guard: 'humanMayAct', actions: 'humanAct' }, { actions: 'refuse' }],
            'ai.step': { guard: 'aiDue', actions: 'aiAct' },
          },
        },
        presidium: {
          always: { guard: 'inDebate', target: 'debate' },
          on: {
            'game.act': [{ guard: 'humanMayAct', actions: 'humanAct' }, { actions: 'refuse' }],
            'ai.step': { guard: 'aiDue', actions: 'aiAct' },
          },
        },
        debate: {
          always: { guard: 'inVoting', target: 'forecast' },
          on: {
            'game.act': [{ guard: 'humanMayAct', actions: ['humanAct', 'cueReaction'] }, { actions: 'refuse' }],
            'ai.step': { guard: 'aiDue', actions: ['aiAct', 'cueReaction'] },
          },
        },
        forecast: {
          on: {
            'game.act': [{ guard: 'humanMayAct', actions: 'humanAct' }, { actions: 'refuse' }],
            'ai.step': { guard: 'aiDue', actions: 'aiAct' },
            'flow.continue': { guard: 'voteReady', target: 'ballot', actions: [{ type: 'rule', params: { action: { type: 'vote' } } }, { type: 'cue', params: { cue: 'gavel' } }] },
          },
        },
        ballot: {
          on: { 'flow.continue': [{ guard: 'moreVotes', target: 'forecast' }, { target: '#congress.outcome' }] },
        },
      },
    },
    outcome: {
      entry: [{ type: 'rule', params: { action: { type: 'conclude' } } }, { type: 'cue', params: { cue: 'applause' } }],
      on: { 'game.restart': { target: 'setup', actions: 'clearGame' } },
    },
  },
});

export type CongressMachine = typeof congressMachine;
