/**
 * Scenario -> initial game state: one seat per playable platform, one (not yet elected) delegate per
 * place in the hall, and the events of the first round of the Discussion already applied. Also who is
 * due to act now, in every phase. Pure.
 */
import { votedItem, type Scenario } from '../content/schema';
import { applyRoundEvents } from './discussion';
import { seedState } from './rng';
import type { Controller, Delegate, GameState, Seat } from './types';

export interface NewGameOptions {
  seed: number;
  /** platform id -> who plays it; platforms not named are played by the AI at normal strength */
  controllers?: Record<string, Controller>;
}

export const DEBATE_ROUNDS = 2;

export function playablePlatforms(sc: Scenario): string[] {
  return sc.platforms.filter((p) => p.playable).map((p) => p.id);
}

/** The agenda items voted in the game, in order: the contested item first, then the others played. */
export function votingOrder(sc: Scenario): string[] {
  const first = votedItem(sc).id;
  return [first, ...sc.agenda.filter((a) => a.id !== first && (a.ballot || a.seats)).map((a) => a.id)];
}

/** The next agenda item to be voted, or null when every vote is taken. */
export function nextItem(sc: Scenario, state: GameState): string | null {
  return votingOrder(sc)[state.ballots.length] ?? null;
}

export function newGame(sc: Scenario, options: NewGameOptions): GameState {
  const seats: Seat[] = playablePlatforms(sc).map((id) => ({
    id,
    controller: options.controllers?.[id] ?? { kind: 'ai', level: 'normal' },
  }));
  const delegates: Delegate[] = [];
  for (const d of sc.delegations) {
    for (let n = 0; n < d.voting + d.consultative; n++) {
      delegates.push({ id: `${d.id}-${n + 1}`, delegation: d.id, voting: n < d.voting, elected: null, stance: null, firmness: 0, present: true, movedBy: {}, movedMost: {} });
    }
  }
  const state: GameState = {
    scenarioId: sc.id,
    seed: options.seed,
    rng: seedState(options.seed),
    phase: 'discussion',
    round: 0,
    seats,
    acted: [],
    campaigns: {},
    rules: {},
    published: [],
    volunteering: {},
    credit: {},
    chair: null,
    minutes: {},
    speakers: [],
    played: [],
    objected: [],
    coopted: null,
    ballots: [],
    outcome: null,
    delegates,
    log: [],
  };
  return applyRoundEvents(sc, state);
}

/** The seat whose move it is, or null when nobody is due (the flow moves on by itself). */
export function seatToAct(sc: Scenario, state: GameState): Seat | null {
  const find = (id: string | null | undefined) => state.seats.find((s) => s.id === id) ?? null;
  switch (state.phase) {
    case 'discussion':
      return state.round < sc.discussion.rounds.length ? (state.seats.find((s) => !state.acted.includes(s.id)) ?? null) : null;
    case 'volunteers':
      return state.seats.find((s) => !state.acted.includes(s.id)) ?? null;
    case 'presidium':
      return state.acted.length === 0 ? find(state.chair) : null;
    case 'debate':
      return find(state.speakers.find((id) => !state.acted.includes(id)));
    case 'voting': {
      const item = sc.agenda.find((a) => a.id === nextItem(sc, state));
      return item?.seats && state.coopted === null ? find(state.chair) : null;
    }
    default:
      return null;
  }
}
