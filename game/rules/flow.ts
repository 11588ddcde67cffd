/**
 * The one place that decides what a match waits for: which seats owe a move (several at once for a
 * sealed choice), a step the game takes by itself, or a pause until the facilitator goes on. The
 * machine, the views, the AI and the tests all ask here. Pure.
 */
import type { Scenario } from '../content/schema';
import { itemOf } from './agenda';
import { indexOf } from './lookup';
import type { Due, GameState } from './types';

/** The next agenda item to be voted, or null when every vote is taken. */
export function nextItem(sc: Scenario, state: GameState): string | null {
  return indexOf(sc).votingOrder[state.ballots.length] ?? null;
}

/** The chair owes its slate: the item now called is the committee election and no slate is drawn yet. */
export function slateDue(sc: Scenario, state: GameState): boolean {
  const item = nextItem(sc, state);
  return state.phase === 'forecast' && !!item && !!itemOf(sc, item).seats && state.coopted === null;
}

export function dueOf(sc: Scenario, state: GameState): Due {
  const seats = (ids: readonly (string | null | undefined)[], sealed = false): Due => ({ kind: 'seats', seats: ids.filter((id): id is string => !!id), sealed });
  switch (state.phase) {
    case 'discussion': {
      if (state.round >= sc.discussion.rounds.length) return { kind: 'system', command: { type: 'elect' } };
      return seats([state.seats.find((s) => !state.acted.includes(s.id))?.id]);
    }
    case 'elected':
      return { kind: 'proceed', command: { type: 'open' } };
    case 'opening':
      return { kind: 'proceed', command: { type: 'floor' } };
    case 'volunteers': {
      const waiting = state.seats.filter((s) => !state.sealed[s.id]).map((s) => s.id);
      return waiting.length ? seats(waiting, true) : { kind: 'system', command: { type: 'reveal' } };
    }
    case 'presidium':
      return seats([state.chair]);
    case 'debate':
      // a class's speakers' list is the teacher's: any platform may speak until the teacher closes the debate
      if (state.class) return seats(state.seats.map((s) => s.id));
      return seats([state.speakers.find((id) => !state.acted.includes(id))]);
    case 'forecast': {
      const item = nextItem(sc, state);
      if (slateDue(sc, state)) return seats([state.chair]);
      // games with floor decisions: every platform decides in the speakers' order, the chair last (floor.ts)
      const floor = state.floor;
      if (item && floor) {
        const order = state.speakers.length ? state.speakers : state.seats.map((s) => s.id);
        const next = order.find((id) => !Object.hasOwn(floor.declared, id));
        if (next) return seats([next]);
      }
      return { kind: 'proceed', command: { type: 'vote' } };
    }
    case 'ballot':
      return { kind: 'proceed', command: nextItem(sc, state) ? { type: 'next' } : { type: 'conclude' } };
    case 'outcome':
      return { kind: 'over' };
  }
}

/** The seats that owe a move now (empty when the game waits for the system or the facilitator). */
export function dueSeats(sc: Scenario, state: GameState): string[] {
  const due = dueOf(sc, state);
  return due.kind === 'seats' ? due.seats : [];
}
