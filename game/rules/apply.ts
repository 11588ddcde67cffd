/**
 * The rules' single entry point: apply(scenario, state, command, by) -> the next state and the domain
 * events the command produced, or a refusal with the reason `check` gives. Never throws on a bad command
 * and never mutates its input. Pure: no Phaser, XState, Howler, DOM, Math.random or Date.now.
 */
import type { Scenario } from '../content/schema';
import { nextItem } from './flow';
import { handsTally, tally } from './ballots';
import { endTurn, object, open, openFloor, presidium, revealVolunteers, speak } from './congress';
import { discuss, injectEvent, type Emit } from './discussion';
import { elect } from './election';
import { declare } from './floor';
import { check, handOf } from './legal';
import { outcomeOf } from './outcome';
import { DEBATE_ROUNDS } from './setup';
import type { By, Command, GameEvent, GameState, Result } from './types';

export function apply(sc: Scenario, state: GameState, command: Command, by: By): Result {
  const problem = check(sc, state, command, by);
  if (problem) return { ok: false, reason: problem };
  const events: GameEvent[] = [];
  const emit: Emit = (e) => events.push({ ...e, at: state.step });
  const next = effect(sc, state, command, emit);
  return { ok: true, state: { ...next, step: state.step + 1 }, events };
}

/** What an accepted command does. */
function effect(sc: Scenario, state: GameState, c: Command, emit: Emit): GameState {
  switch (c.type) {
    case 'organise':
    case 'meeting':
    case 'publish':
    case 'demand-proportional':
    case 'transfer':
      return discuss(sc, state, c, emit);
    case 'elect':
      return elect(sc, state, emit);
    case 'open':
      return open(sc, state, emit);
    case 'floor':
      return openFloor(sc, state, emit);
    case 'volunteer':
      emit({ type: 'choice.sealed', seat: c.seat, move: state.step, to: c.seat, command: c });
      return { ...state, sealed: { ...state.sealed, [c.seat]: { command: c, at: state.step } } };
    case 'reveal':
      return revealVolunteers(sc, state, emit);
    case 'presidium':
      return presidium(state, c.seat, c.concede, emit);
    case 'speak': {
      const before = handOf(sc, state, c.seat);
      const spoken = speak(sc, state, c.seat, c.cards, emit, undefined, c.room);
      const drawn = handOf(sc, spoken, c.seat).filter((id) => !before.includes(id));
      if (drawn.length) emit({ type: 'cards.drawn', seat: c.seat, to: c.seat, cards: drawn });
      return turnTaken(spoken, c.seat);
    }
    case 'object':
      return turnTaken(object(sc, state, c.seat, c.card, emit), c.seat);
    case 'pass':
      emit({ type: 'floor.yielded', seat: c.seat, move: state.step });
      return turnTaken(state, c.seat);
    case 'slate':
      emit({ type: 'slate.drawn', seat: c.seat, move: state.step, item: nextItem(sc, state)!, coopt: [...c.coopt] });
      return { ...state, coopted: [...c.coopt] };
    case 'declare':
      return declare(sc, state, c.seat, c.choice, emit);
    case 'vote': {
      const item = nextItem(sc, state)!;
      emit({ type: 'vote.taken', item });
      return { ...state, phase: 'ballot', ballots: [...state.ballots, tally(sc, state, item)] };
    }
    case 'next': {
      emit({ type: 'item.called', item: nextItem(sc, state)! });
      return { ...state, phase: 'forecast', ...(state.floor ? { floor: { ...state.floor, declared: {} } } : {}) };
    }
    case 'conclude':
      return conclude(sc, state, emit);
    case 'hands': {
      const item = nextItem(sc, state)!;
      emit({ type: 'vote.taken', item });
      return { ...state, phase: 'ballot', ballots: [...state.ballots, handsTally(sc, state, item, c.counts, c.how)] };
    }
    case 'inject':
      return injectEvent(sc, state, c.event, emit);
    case 'close':
      emit({ type: 'debate.closed' });
      return { ...state, phase: 'forecast', acted: [] };
    case 'adjourn': {
      // every vote not yet taken, counted by the model (a committee whose slate was never drawn has none)
      let next = state;
      for (let item = nextItem(sc, next); item; item = nextItem(sc, next)) {
        emit({ type: 'vote.taken', item });
        next = { ...next, ballots: [...next.ballots, tally(sc, next, item)] };
      }
      return conclude(sc, next, emit);
    }
  }
}

function conclude(sc: Scenario, state: GameState, emit: Emit): GameState {
  emit({ type: 'congress.closed' });
  return { ...state, phase: 'outcome', outcome: outcomeOf(sc, state) };
}

/** A turn on the speakers' list is taken; a class's debate has no turns (the teacher keeps the list). */
function turnTaken(state: GameState, seat: string): GameState {
  return state.class ? state : endTurn(state, seat, DEBATE_ROUNDS);
}
