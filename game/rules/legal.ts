/**
 * Legality, stated once. `check` says why a command from an issuer would be refused (or null when it is
 * allowed); `legalCommands` lists the candidates that pass `check`, so what the rules accept is what they
 * list, by construction (a property test checks the candidates cover every accepted command). Commands
 * have one spelling: cards in the order of the platform's deck, rival platforms in seat order. The AI
 * chooses among these, the view offers them, and apply refuses whatever check refuses. Pure.
 */
import { LIMITS, type Scenario } from '../content/schema';
import { itemOf } from './agenda';
import { MAX_CARDS_PER_SPEECH, OBJECTION_MINUTES } from './congress';
import { discussionProblem, ruleOf, weightsOf } from './discussion';
import { dueOf, nextItem, slateDue } from './flow';
import { floorOptions, floorProblem } from './floor';
import { indexOf } from './lookup';
import { handsProblem } from './ballots';
import { FLOOR_CHOICES, REACTIONS, type By, type ClassCommand, type Command, type GameState, type Phase, type ProceedCommand, type SeatCommand, type SystemCommand, type Volunteering } from './types';

const VOLUNTEERING: readonly Volunteering[] = ['few', 'share', 'many'];

const SEAT_PHASE: Record<SeatCommand['type'], Phase> = {
  organise: 'discussion', meeting: 'discussion', publish: 'discussion', 'demand-proportional': 'discussion', transfer: 'discussion',
  volunteer: 'volunteers', presidium: 'presidium', speak: 'debate', object: 'debate', pass: 'debate', slate: 'forecast', declare: 'forecast',
};
const SYSTEM = new Set<Command['type']>(['elect', 'reveal']);
const PROCEED = new Set<Command['type']>(['open', 'floor', 'vote', 'next', 'conclude']);
const CLASS = new Set<Command['type']>(['hands', 'inject', 'close', 'adjourn']);
/** The phases from which a class's teacher may go straight to the debrief (the delegates sit, the chair is set). */
const ADJOURNABLE: readonly Phase[] = ['debate', 'forecast', 'ballot'];

export function isSeatCommand(c: Command): c is SeatCommand {
  return Object.hasOwn(SEAT_PHASE, c.type);
}

export function byOf(by: By): string {
  return typeof by === 'string' ? by : by.seat;
}

/** How many cards the platform holds at once (its whole deck when the scenario sets no hand). */
export function handSize(sc: Scenario, seat: string): number {
  return sc.platforms.find((p) => p.id === seat)?.hand ?? LIMITS.cardsPerPlatform;
}

/**
 * The seat's argument cards in hand, in the order of the scenario's deck: the first cards of its shuffled
 * deck not yet made, as many as its hand holds (so a speech's cards are replaced from the deck). In a game
 * with open decks (records before version 3), every card not yet made.
 */
export function handOf(sc: Scenario, state: GameState, seat: string): string[] {
  const made = (id: string) => state.played.some((p) => p.card === id);
  if (!state.decks) return sc.cards.filter((c) => c.platform === seat && !made(c.id)).map((c) => c.id);
  const held = new Set((Object.hasOwn(state.decks, seat) ? state.decks[seat]! : []).filter((id) => !made(id)).slice(0, handSize(sc, seat)));
  return sc.cards.filter((c) => held.has(c.id)).map((c) => c.id);
}

/** Every speech (1 to `maxCards` cards) the seat can make within its minutes, from the given cards, in deck order. */
export function speechOptions(sc: Scenario, state: GameState, seat: string, cards = handOf(sc, state, seat), maxCards = MAX_CARDS_PER_SPEECH): string[][] {
  const left = state.minutes[seat] ?? 0;
  const { card, deckOrder } = indexOf(sc);
  const ordered = [...cards].sort((a, b) => deckOrder.get(a)! - deckOrder.get(b)!);
  const minutes = (id: string) => card.get(id)!.minutes;
  const out: string[][] = [];
  const grow = (start: number, chosen: string[], used: number) => {
    for (let i = start; i < ordered.length; i++) {
      const id = ordered[i]!;
      const total = used + minutes(id);
      if (total > left) continue;
      const next = [...chosen, id];
      out.push(next);
      if (next.length < maxCards) grow(i + 1, next, total);
    }
  };
  grow(0, [], 0);
  return out;
}

/** Every subset of `items`, each in the order of `items`. */
export function subsets<T>(items: readonly T[]): T[][] {
  return items.reduce<T[][]>((acc, item) => [...acc, ...acc.map((s) => [...s, item])], [[]]);
}

/** Discussion actions open to `seat` now, before the turn check. */
export function discussionActions(sc: Scenario, state: GameState, seat: string): SeatCommand[] {
  const actions: SeatCommand[] = sc.delegations.map((d) => ({ type: 'organise', seat, delegation: d.id }));
  for (const kind of [...new Set(sc.delegations.map((d) => d.kind))]) actions.push({ type: 'meeting', seat, kind });
  if (!state.published.includes(seat)) actions.push({ type: 'publish', seat });
  for (const d of sc.delegations) if (ruleOf(d, state) === 'majority') actions.push({ type: 'demand-proportional', seat, delegation: d.id });
  if (sc.discussion.apparatus === seat) {
    for (const d of sc.delegations) {
      const weights = weightsOf(d, state.campaigns);
      for (const p of sc.platforms) if (p.id !== seat && (weights[p.id] ?? 0) > 0) actions.push({ type: 'transfer', seat, delegation: d.id, platform: p.id });
    }
  }
  return actions;
}

function seatCandidates(sc: Scenario, state: GameState, seat: string): SeatCommand[] {
  const others = state.seats.map((s) => s.id).filter((id) => id !== seat);
  switch (state.phase) {
    case 'discussion':
      return discussionActions(sc, state, seat);
    case 'volunteers':
      return VOLUNTEERING.map((level) => ({ type: 'volunteer', seat, level }));
    case 'presidium':
      return subsets(others).map((concede) => ({ type: 'presidium', seat, concede }));
    case 'debate': {
      const actions: SeatCommand[] = speechOptions(sc, state, seat).map((cards) => ({ type: 'speak', seat, cards }));
      for (const p of state.played) if (p.seat !== seat) actions.push({ type: 'object', seat, card: p.card });
      actions.push({ type: 'pass', seat });
      return actions;
    }
    case 'forecast':
      if (slateDue(sc, state)) return subsets(others).map((coopt) => ({ type: 'slate', seat, coopt }));
      return floorOptions(sc, state, seat).map((choice) => ({ type: 'declare', seat, choice }));
    default:
      return [];
  }
}

/** Every command `by` may issue now: exactly the commands `apply` accepts from it. */
export function legalCommands(sc: Scenario, state: GameState, by: By): Command[] {
  const due = dueOf(sc, state);
  if (by === 'system') return due.kind === 'system' ? [due.command] : [];
  if (by === 'facilitator') {
    const proceed: Command[] = due.kind === 'proceed' ? [due.command] : [];
    if (!state.class) return proceed;
    // a class's teacher also enters the platforms' moves; a count by hands and an event are not listed (they take counts and a choice of event)
    const moves = due.kind === 'seats' ? due.seats.flatMap((seat) => seatCandidates(sc, state, seat).filter((c) => check(sc, state, c, by) === null)) : [];
    const own: ClassCommand[] = [{ type: 'close' }, { type: 'adjourn' }];
    return [...moves, ...proceed, ...own.filter((c) => check(sc, state, c, by) === null)];
  }
  if (due.kind !== 'seats' || !due.seats.includes(by.seat)) return [];
  return seatCandidates(sc, state, by.seat).filter((c) => check(sc, state, c, by) === null);
}

/** The legal commands of one seat (shorthand for the AI and the tests). */
export function legalActions(sc: Scenario, state: GameState, seat: string): SeatCommand[] {
  return legalCommands(sc, state, { seat }) as SeatCommand[];
}

/** Why `by` may not issue `command` now, in words the player can read; null when it may. */
export function check(sc: Scenario, state: GameState, command: Command, by: By): string | null {
  if (sc.id !== state.scenarioId) return `this game belongs to scenario "${state.scenarioId}"`;
  if (isSeatCommand(command)) return checkSeat(sc, state, command, by);
  if (SYSTEM.has(command.type)) return by === 'system' ? checkSystem(sc, state, command as SystemCommand) : 'only the game itself takes this step';
  if (PROCEED.has(command.type)) return by === 'facilitator' ? checkProceed(sc, state, command as ProceedCommand) : 'only whoever runs the congress (the facilitator) moves it on';
  if (CLASS.has(command.type)) {
    if (!state.class) return 'only a class game has a teacher to count hands, read events, close the debate or adjourn';
    return by === 'facilitator' ? checkClass(sc, state, command as ClassCommand) : 'only the teacher does this';
  }
  return `unknown command "${(command as { type: unknown }).type}"`;
}

function checkSystem(sc: Scenario, state: GameState, c: SystemCommand): string | null {
  const due = dueOf(sc, state);
  if (due.kind === 'system' && due.command.type === c.type) return null;
  if (c.type === 'elect') return state.phase === 'discussion' ? 'the Discussion is not over' : 'the conferences have already met';
  return state.phase === 'volunteers' ? 'not every platform has made its choice' : 'there is no sealed choice to reveal';
}

const NOT_NOW: Record<ProceedCommand['type'], string> = {
  open: 'the congress can open only once its delegates are elected',
  floor: 'the floor opens only after the opening',
  vote: 'there is no vote to take now',
  next: 'there is no next item to call now',
  conclude: 'the congress can close only after its votes',
};

function checkProceed(sc: Scenario, state: GameState, c: ProceedCommand): string | null {
  const due = dueOf(sc, state);
  if (due.kind === 'proceed' && due.command.type === c.type) return null;
  if (c.type === 'vote' && state.phase === 'forecast') return slateDue(sc, state) ? 'the chair has not yet drawn up its slate' : 'not every platform has decided what it does before the vote';
  return NOT_NOW[c.type];
}

function checkClass(sc: Scenario, state: GameState, c: ClassCommand): string | null {
  switch (c.type) {
    case 'hands': {
      const due = dueOf(sc, state);
      if (due.kind !== 'proceed' || due.command.type !== 'vote') return NOT_NOW.vote;
      if (c.how !== 'hands' && c.how !== 'override') return `a count is by hands or the model's corrected, not "${String(c.how)}"`;
      return handsProblem(sc, state, nextItem(sc, state)!, c.counts);
    }
    case 'inject': {
      if (state.phase === 'outcome') return 'the congress has closed';
      if (!sc.events.some((e) => e.id === c.event)) return `there is no event "${c.event}"`;
      return state.class!.injected.includes(c.event) ? 'this event has already been read to the room' : null;
    }
    case 'close':
      return state.phase === 'debate' ? null : 'there is no debate to close now';
    case 'adjourn':
      if (state.phase === 'outcome') return 'the congress has closed';
      return ADJOURNABLE.includes(state.phase) ? null : 'the congress goes to its votes only once the debate has begun (the delegates elected, the presidium formed)';
  }
}

function rivalsProblem(state: GameState, seat: string, rivals: readonly string[], what: string): string | null {
  const order = state.seats.map((s) => s.id);
  const bad = rivals.find((p) => p === seat || !order.includes(p));
  if (bad) return `"${bad}" cannot be ${what}`;
  if (new Set(rivals).size !== rivals.length) return 'each platform can be named only once';
  if (rivals.some((p, i) => i > 0 && order.indexOf(p) < order.indexOf(rivals[i - 1]!))) return `name the platforms in seat order (${order.join(', ')})`;
  return null;
}

function checkSeat(sc: Scenario, state: GameState, a: SeatCommand, by: By): string | null {
  if (!state.seats.some((s) => s.id === a.seat)) return `there is no seat "${a.seat}"`;
  // in a class game the teacher enters each platform's moves as the class decides them
  const entered = by === 'facilitator' && !!state.class;
  if (!entered && (by === 'system' || by === 'facilitator' || by.seat !== a.seat)) return `a move for the ${a.seat} seat can be made only by that seat`;
  if (state.phase !== SEAT_PHASE[a.type]) return `this is not the time to ${a.type.replace('-', ' ')}`;
  const due = dueOf(sc, state);
  if (due.kind !== 'seats' || !due.seats.includes(a.seat)) return state.sealed[a.seat] ? 'you have already made your choice' : `it is not the ${a.seat} seat's turn`;
  switch (a.type) {
    case 'organise':
    case 'meeting':
    case 'publish':
    case 'demand-proportional':
    case 'transfer':
      return discussionProblem(sc, state, a);
    case 'volunteer':
      return VOLUNTEERING.includes(a.level) ? null : `choose few, share or many, not "${a.level}"`;
    case 'presidium':
      return rivalsProblem(state, a.seat, a.concede, 'given a presidium place');
    case 'slate':
      return nextItem(sc, state) && itemOf(sc, nextItem(sc, state)!).seats ? rivalsProblem(state, a.seat, a.coopt, 'put on your slate') : 'there is no slate to draw up now';
    case 'speak':
      if (a.room !== undefined && !state.class) return 'how the room took a speech is given only in a class game';
      if (a.room !== undefined && !REACTIONS.includes(a.room)) return `the room's reaction is ${REACTIONS.join(', ')}, not "${String(a.room)}"`;
      return speechProblem(sc, state, a.seat, a.cards);
    case 'object': {
      const card = sc.cards.find((c) => c.id === a.card);
      if (!card || !state.played.some((p) => p.card === a.card && p.seat !== a.seat)) return 'you can object only to an argument an opponent has made';
      if (state.objected.includes(a.card)) return `"${card.title}" has already been objected to`;
      if ((state.minutes[a.seat] ?? 0) < OBJECTION_MINUTES) return `an objection takes ${OBJECTION_MINUTES} minutes of floor time`;
      return null;
    }
    case 'pass':
      return null;
    case 'declare':
      if (!state.floor) return 'this game has no decisions from the floor before the votes (it was saved before they were added)';
      if (!FLOOR_CHOICES.includes(a.choice)) return `choose ${FLOOR_CHOICES.join(', ')}, not "${a.choice}"`;
      if (slateDue(sc, state)) return 'the chair has not yet drawn up its slate';
      return floorProblem(sc, state, a.seat, a.choice);
  }
}

function speechProblem(sc: Scenario, state: GameState, seat: string, cards: readonly string[]): string | null {
  if (cards.length < 1 || cards.length > MAX_CARDS_PER_SPEECH) return `a speech uses 1 to ${MAX_CARDS_PER_SPEECH} argument cards`;
  if (new Set(cards).size !== cards.length) return 'a speech cannot use the same card twice';
  let minutes = 0;
  let last = -1;
  for (const id of cards) {
    const index = sc.cards.findIndex((c) => c.id === id);
    const card = sc.cards[index];
    if (!card) return `there is no card "${id}"`;
    if (card.platform !== seat) return `"${card.title}" is not an argument of the ${seat} platform`;
    if (state.played.some((p) => p.card === id)) return `"${card.title}" has already been made`;
    if (!handOf(sc, state, seat).includes(id)) return `"${card.title}" is not in your hand`;
    if (index < last) return 'list the arguments in the order of your hand';
    last = index;
    minutes += card.minutes;
  }
  const left = state.minutes[seat] ?? 0;
  return minutes > left ? `that speech takes ${minutes} minutes; you have ${left} left` : null;
}
