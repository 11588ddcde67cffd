/**
 * Scenario -> initial game state: one seat per playable platform and one (not yet elected) delegate
 * per seat in the hall. Pure; imports only content types and rules.
 */
import type { Scenario } from '../content/schema';
import { seedState } from './rng';
import type { Controller, Delegate, GameState, Seat } from './types';

export interface NewGameOptions {
  seed: number;
  /** platform id -> who plays it; platforms not named are played by the AI at normal strength */
  controllers?: Record<string, Controller>;
}

export function playablePlatforms(sc: Scenario): string[] {
  return sc.platforms.filter((p) => p.playable).map((p) => p.id);
}

export function newGame(sc: Scenario, options: NewGameOptions): GameState {
  const seats: Seat[] = playablePlatforms(sc).map((id) => ({
    id,
    controller: options.controllers?.[id] ?? { kind: 'ai', level: 'normal' },
  }));
  const delegates: Delegate[] = [];
  for (const d of sc.delegations) {
    const total = d.voting + d.consultative;
    for (let n = 0; n < total; n++) {
      delegates.push({
        id: `${d.id}-${n + 1}`,
        delegation: d.id,
        voting: n < d.voting,
        elected: null,
        stance: null,
        firmness: 0,
        present: true,
        movedBy: null,
      });
    }
  }
  return {
    scenarioId: sc.id,
    seed: options.seed,
    rng: seedState(options.seed),
    phase: 'selection',
    seats,
    acted: [],
    campaigns: {},
    delegates,
    played: [],
    ballot: null,
    outcome: null,
    log: [],
  };
}

/** The seat whose move it is in a turn-taking phase, or null when nobody is due. */
export function seatToAct(state: GameState): Seat | null {
  if (state.phase !== 'selection' && state.phase !== 'debate') return null;
  return state.seats.find((s) => !state.acted.includes(s.id)) ?? null;
}
