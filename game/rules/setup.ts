/**
 * Scenario -> initial game state: one seat per playable platform, one (not yet elected) delegate per
 * place in the hall, and the events of the first round of the Discussion already applied (their events
 * are numbered -1: they come with the start, before any command). Pure.
 */
import type { Scenario } from '../content/schema';
import { playablePlatforms } from './agenda';
import { applyRoundEvents } from './discussion';
import { seedState } from './rng';
import type { Controller, Delegate, GameEvent, GameState, Seat } from './types';

export interface NewGameOptions {
  seed: number;
  /** platform id -> who plays it; platforms not named are played by the AI at normal strength */
  controllers?: Record<string, Controller>;
}

export const DEBATE_ROUNDS = 2;

/** The seats of a new game: one per playable platform, in the scenario's order. */
export function seatsOf(sc: Scenario, controllers: Record<string, Controller> = {}): Seat[] {
  return playablePlatforms(sc).map((id) => ({ id, controller: controllers[id] ?? { kind: 'ai', level: 'normal' } }));
}

export function startGame(sc: Scenario, seed: number, seats: readonly Seat[]): { state: GameState; events: GameEvent[] } {
  const delegates: Delegate[] = [];
  for (const d of sc.delegations) {
    for (let n = 0; n < d.voting + d.consultative; n++) {
      delegates.push({ id: `${d.id}-${n + 1}`, delegation: d.id, voting: n < d.voting, elected: null, stance: null, firmness: 0, present: true, movedBy: {}, movedMost: {} });
    }
  }
  const state: GameState = {
    scenarioId: sc.id,
    seed,
    rng: seedState(seed),
    step: 0,
    phase: 'discussion',
    round: 0,
    seats: seats.map((s) => ({ id: s.id, controller: { ...s.controller } })),
    acted: [],
    sealed: {},
    campaigns: {},
    rules: {},
    published: [],
    volunteering: {},
    credit: {},
    chair: null,
    minutes: {},
    speakers: [],
    speaker: null,
    played: [],
    objected: [],
    coopted: null,
    ballots: [],
    outcome: null,
    delegates,
  };
  const events: GameEvent[] = [{ type: 'round.began', round: 0, at: -1 }];
  const next = applyRoundEvents(sc, state, (e) => events.push({ ...e, at: -1 }));
  return { state: next, events };
}

/** The initial state alone, for rules tests and the AI's lookahead. */
export function newGame(sc: Scenario, options: NewGameOptions): GameState {
  return startGame(sc, options.seed, seatsOf(sc, options.controllers)).state;
}
