/**
 * The rules' single entry point: apply(scenario, state, action) -> the next state, or a rejection with a
 * reason the player can read. Never throws on a bad action and never mutates its input.
 * Pure: no Phaser, XState, Howler, DOM, Math.random or Date.now.
 */
import type { Scenario } from '../content/schema';
import { itemOf, tally } from './ballots';
import { MAX_CARDS_PER_SPEECH, OBJECTION_MINUTES, endTurn, object, open, presidium, speak, volunteer } from './congress';
import { discuss, discussionProblem } from './discussion';
import { elect } from './election';
import { outcomeOf } from './outcome';
import { DEBATE_ROUNDS, nextItem, seatToAct } from './setup';
import type { Action, GameState, Result, SeatAction } from './types';

const reject = (reason: string): Result => ({ ok: false, reason });
const ok = (state: GameState): Result => ({ ok: true, state });

export function apply(sc: Scenario, state: GameState, action: Action): Result {
  if (sc.id !== state.scenarioId) return reject(`this game belongs to scenario "${state.scenarioId}"`);
  if ('seat' in action) return seatAction(sc, state, action);
  switch (action.type) {
    case 'elect':
      if (state.phase !== 'discussion') return reject('the conferences have already met');
      if (state.round < sc.discussion.rounds.length) return reject('the Discussion is not over');
      return ok(elect(sc, state));
    case 'open':
      if (state.phase !== 'elected') return reject('the congress can open only once its delegates are elected');
      return ok(open(sc, state));
    case 'vote': {
      const item = nextItem(sc, state);
      if (state.phase !== 'voting' || !item) return reject('there is no vote to take now');
      if (seatToAct(sc, state)) return reject('the chair has not yet drawn up its slate');
      return ok({ ...state, ballots: [...state.ballots, tally(sc, state, item)], log: [...state.log, voteLine(sc, state, item)] });
    }
    case 'conclude':
      if (state.phase !== 'voting' || nextItem(sc, state)) return reject('the congress can close only after its votes');
      return ok({ ...state, phase: 'outcome', outcome: outcomeOf(sc, state) });
    default:
      return reject('unknown action');
  }
}

function voteLine(sc: Scenario, state: GameState, itemId: string): GameState['log'][number] {
  const b = tally(sc, state, itemId);
  const item = itemOf(sc, itemId);
  let counts: string;
  if (b.seats) counts = Object.entries(b.seats).map(([p, s]) => `${sc.platforms.find((x) => x.id === p)!.short} ${s.full} + ${s.candidates}`).join(', ');
  else if (item.ballot) counts = `${b.votes.for} for, ${b.votes.against} against; ${b.adopted === 'for' ? 'adopted' : 'rejected'}`;
  else counts = item.motions.map((m) => `${m.title} ${b.votes[m.id]}`).join(', ');
  return { phase: 'voting', kind: 'vote', text: `${item.title}: ${counts}; ${b.abstained} abstained, ${b.absent} at the front.` };
}

function seatAction(sc: Scenario, state: GameState, a: SeatAction): Result {
  if (!state.seats.some((s) => s.id === a.seat)) return reject(`there is no seat "${a.seat}"`);
  const due = seatToAct(sc, state);
  const phaseOf: Record<SeatAction['type'], GameState['phase']> = {
    organise: 'discussion', meeting: 'discussion', publish: 'discussion', 'demand-proportional': 'discussion', transfer: 'discussion',
    volunteer: 'volunteers', presidium: 'presidium', speak: 'debate', object: 'debate', pass: 'debate', slate: 'voting',
  };
  if (state.phase !== phaseOf[a.type]) return reject(`this is not the time to ${a.type.replace('-', ' ')}`);
  if (!due || due.id !== a.seat) return reject(`it is not the ${a.seat} seat's turn`);
  switch (a.type) {
    case 'organise':
    case 'meeting':
    case 'publish':
    case 'demand-proportional':
    case 'transfer': {
      const problem = discussionProblem(sc, state, a);
      return problem ? reject(problem) : ok(discuss(sc, state, a));
    }
    case 'volunteer':
      return ok(volunteer(sc, state, a.seat, a.level));
    case 'presidium': {
      const bad = a.concede.find((p) => p === a.seat || !state.seats.some((s) => s.id === p));
      if (bad) return reject(`"${bad}" cannot be given a presidium place`);
      if (new Set(a.concede).size !== a.concede.length) return reject('each platform gets at most one place');
      return ok(presidium(sc, state, a.seat, a.concede));
    }
    case 'speak':
      return speech(sc, state, a.seat, a.cards);
    case 'object': {
      const card = sc.cards.find((c) => c.id === a.card);
      if (!card || !state.played.some((p) => p.card === a.card && p.seat !== a.seat)) return reject('you can object only to an argument an opponent has made');
      if (state.objected.includes(a.card)) return reject(`"${card.title}" has already been objected to`);
      if ((state.minutes[a.seat] ?? 0) < OBJECTION_MINUTES) return reject(`an objection takes ${OBJECTION_MINUTES} minutes of floor time`);
      return ok(endTurn(object(sc, state, a.seat, a.card), a.seat, DEBATE_ROUNDS));
    }
    case 'pass':
      return ok(endTurn({ ...state, log: [...state.log, { phase: 'debate', seat: a.seat, kind: 'pass', text: `The ${sc.platforms.find((p) => p.id === a.seat)!.name} yields the floor.` }] }, a.seat, DEBATE_ROUNDS));
    case 'slate': {
      const bad = a.coopt.find((p) => p === a.seat || !state.seats.some((s) => s.id === p));
      if (bad) return reject(`"${bad}" cannot be put on your slate`);
      const names = a.coopt.map((p) => sc.platforms.find((x) => x.id === p)!.name);
      const text = names.length ? `The chair's slate for ${itemOf(sc, nextItem(sc, state)!).title} includes leaders of the ${names.join(' and the ')}.` : "The chair's slate leaves the opposition's leaders off.";
      return ok({ ...state, coopted: [...a.coopt], log: [...state.log, { phase: 'voting', seat: a.seat, kind: 'slate', text }] });
    }
  }
}

function speech(sc: Scenario, state: GameState, seat: string, cards: readonly string[]): Result {
  if (cards.length < 1 || cards.length > MAX_CARDS_PER_SPEECH) return reject(`a speech uses 1 to ${MAX_CARDS_PER_SPEECH} argument cards`);
  if (new Set(cards).size !== cards.length) return reject('a speech cannot use the same card twice');
  let minutes = 0;
  for (const id of cards) {
    const card = sc.cards.find((c) => c.id === id);
    if (!card) return reject(`there is no card "${id}"`);
    if (card.platform !== seat) return reject(`"${card.title}" is not an argument of the ${seat} platform`);
    if (state.played.some((p) => p.card === id)) return reject(`"${card.title}" has already been made`);
    minutes += card.minutes;
  }
  const left = state.minutes[seat] ?? 0;
  if (minutes > left) return reject(`that speech takes ${minutes} minutes; you have ${left} left`);
  return ok(endTurn(speak(sc, state, seat, cards), seat, DEBATE_ROUNDS));
}

/** Applies a list of actions in order, stopping at the first rejection. For replays and tests. */
export function replay(sc: Scenario, state: GameState, actions: readonly Action[]): Result {
  let current: Result = ok(state);
  for (const action of actions) {
    if (!current.ok) return current;
    current = apply(sc, current.state, action);
  }
  return current;
}
