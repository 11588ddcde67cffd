/**
 * The congress floor: the opening with the news from Kronstadt, the platforms deciding how many of their
 * delegates volunteer for the front, the chair drawing up the presidium (and with it the floor time),
 * and two rounds of the speakers' list in which each platform speaks from argument cards within its
 * minutes, objects to an opponent's argument, or yields. Pure.
 */
import type { Card, Scenario } from '../content/schema';
import { countElected } from './election';
import { indexOf } from './lookup';
import { Draws } from './rng';
import { shift } from './stance';
import { silent, type Emit } from './discussion';
import type { Delegate, GameState, Reaction, Stance, Volunteering } from './types';

/** How far one card moves a fully open delegate of its audience, per unit of the card's push. */
export const SPEECH_STRENGTH = 0.35;
/** Effect on delegates outside a card's audiences, as a share of full effect. */
export const OFF_AUDIENCE = 0.4;
/** Share of a rebutted (or objected-to) card's push that is taken back. */
export const REBUTTAL = 0.5;
export const MAX_CARDS_PER_SPEECH = 3;
/** Floor time an objection takes. */
export const OBJECTION_MINUTES = 2;
/** Floor minutes: the chair's, everyone else's, and what a presidium place adds (taken from the chair). */
export const FLOOR = { chair: 14, other: 6, place: 3 } as const;
/**
 * Share of a platform's voting delegates present who leave for the front, by its choice, relative to the
 * scenario's departures: a fair share is the scenario's departures over its voting delegates.
 */
export const VOLUNTEER_SCALE: Record<Volunteering, number> = { few: 0.75, share: 1, many: 1.25 };

export function volunteerRate(sc: Scenario, level: Volunteering): number {
  return Math.min(1, (VOLUNTEER_SCALE[level] * sc.opening.departures) / sc.totals.voting);
}
/** Standing won or lost by that choice: it scales the platform's speeches. */
export const VOLUNTEER_CREDIT: Record<Volunteering, number> = { few: -0.25, share: 0, many: 0.2 };
/**
 * Delegates bound to no platform take note of who went to the ice: each moves this share of the way
 * towards a platform that sent many (or away from one that kept its delegates home).
 */
export const VOLUNTEER_PULL: Record<Volunteering, number> = { few: -0.3, share: 0, many: 0.1 };

/** The pull of every platform's choice on the delegates bound to none. Mutates `delegates` (a copy). */
export function volunteerPull(sc: Scenario, delegates: Delegate[], choices: Record<string, Volunteering>): void {
  for (const [platformId, level] of Object.entries(choices)) {
    const k = VOLUNTEER_PULL[level];
    const position = indexOf(sc).platform.get(platformId)?.position;
    if (!k || !position) continue;
    for (const d of delegates) {
      if (!d.stance || !d.present || d.elected !== null) continue;
      const push = Object.fromEntries(Object.keys(position).map((issue) => [issue, (position[issue] ?? 0) - (d.stance![issue] ?? 0)]));
      shift(d.stance, push, k * (1 - d.firmness));
    }
  }
}
/** How much a presidium place softens the included platform's delegates towards unity. */
export const INCLUSION_PULL = 0.12;
/** Mean of the delivery factor: what a speaker can expect before speaking. */
export const EXPECTED_DELIVERY = 1;
/**
 * A student's live speech in a class game: how the room took it sets its delivery (in place of the dice),
 * from a little under the dice's lowest to a little over their highest. A game setting.
 */
export const ROOM_DELIVERY: Readonly<Record<Reaction, number>> = { silence: 0.75, murmurs: 0.92, applause: 1.08, ovation: 1.25 };


function copyDelegates(state: GameState): Delegate[] {
  return state.delegates.map((d) => ({ ...d, stance: d.stance && { ...d.stance } }));
}

/** The opening: crisis pressure on every delegate; the hall hears the news before the floor opens. */
export function open(sc: Scenario, state: GameState, emit: Emit): GameState {
  const delegates = copyDelegates(state);
  for (const d of delegates) if (d.stance) shift(d.stance, sc.opening.pressure, 1 - d.firmness / 2);
  emit({ type: 'congress.opened' });
  return { ...state, delegates, phase: 'opening', acted: [] };
}

/** The floor opens: platforms choose their volunteers, or, with no departures in the scenario, the chair forms the presidium. */
export function openFloor(sc: Scenario, state: GameState, emit: Emit): GameState {
  emit({ type: 'floor.opened' });
  if (sc.opening.departures > 0) return { ...state, phase: 'volunteers', acted: [], sealed: {} };
  return { ...state, phase: 'presidium', acted: [], chair: chairOf(state) };
}

/**
 * Every platform's choice of volunteers, revealed together once all are sealed (in seat order, whatever
 * order they were made in); then the volunteers leave.
 */
export function revealVolunteers(sc: Scenario, state: GameState, emit: Emit): GameState {
  const credit = { ...state.credit };
  const choices: Record<string, Volunteering> = { ...state.volunteering };
  for (const seat of state.seats) {
    const sealed = state.sealed[seat.id];
    if (sealed?.command.type !== 'volunteer') continue;
    const level = sealed.command.level;
    credit[seat.id] = VOLUNTEER_CREDIT[level];
    choices[seat.id] = level;
    emit({ type: 'volunteered', seat: seat.id, move: sealed.at, level });
  }
  return depart(sc, { ...state, credit, volunteering: choices, sealed: {}, acted: [] }, choices, emit);
}

function depart(sc: Scenario, state: GameState, choices: Record<string, Volunteering>, emit: Emit): GameState {
  const draws = new Draws(state.rng);
  const delegates = copyDelegates(state);
  volunteerPull(sc, delegates, choices);
  let gone = 0;
  for (const p of [...sc.platforms.map((x) => x.id), null]) {
    const own = delegates.filter((d) => d.voting && d.present && d.stance && d.elected === p);
    let leaving = Math.round(volunteerRate(sc, (p && choices[p]) || 'share') * own.length);
    while (leaving-- > 0) {
      own.splice(draws.int(own.length), 1)[0]!.present = false;
      gone++;
    }
    if (p && choices[p] === 'many') for (const d of delegates) if (d.elected === p && d.present) d.firmness = Math.min(0.95, d.firmness + 0.1);
  }
  const chair = chairOf({ ...state, delegates });
  emit({ type: 'delegates.departed', gone });
  return { ...state, rng: draws.state, delegates, chair, phase: 'presidium', acted: [] };
}

/** The seat with the most voting delegates in the hall takes the chair and draws up the presidium. */
export function chairOf(state: GameState): string {
  const counts = countElected(state.delegates, true);
  return state.seats.map((s) => s.id).reduce((a, b) => ((counts[b] ?? 0) > (counts[a] ?? 0) ? b : a));
}

/** The chair gives presidium places (and floor time) to some rivals; the speakers' list follows. */
export function presidium(state: GameState, seat: string, concede: readonly string[], emit: Emit): GameState {
  const counts = countElected(state.delegates, true);
  const minutes: Record<string, number> = {};
  for (const s of state.seats) minutes[s.id] = s.id === seat ? FLOOR.chair - FLOOR.place * concede.length : FLOOR.other + (concede.includes(s.id) ? FLOOR.place : 0);
  const delegates = copyDelegates(state);
  for (const d of delegates) {
    if (d.stance && d.elected && concede.includes(d.elected)) shift(d.stance, { unity: 1 }, INCLUSION_PULL * (1 - d.firmness));
  }
  const others = state.seats.map((s) => s.id).filter((id) => id !== seat);
  const speakers = [...others.sort((a, b) => (counts[a] ?? 0) - (counts[b] ?? 0)), seat];
  emit({ type: 'presidium.formed', seat, move: state.step, concede: [...concede] });
  return { ...state, delegates, minutes, speakers, phase: 'debate', round: 0, acted: [] };
}

function reactionOf(moved: number, present: number): Reaction {
  const mean = moved / Math.max(1, present);
  return mean > 0.2 ? 'ovation' : mean > 0.12 ? 'applause' : mean > 0.05 ? 'murmurs' : 'silence';
}

/** A card's reach, by delegation id: full for a delegation of one of the card's audiences, less for the others. */
type Reach = ReadonlyMap<string, number>;

/** Each scenario's cards' reaches, built once per card (the rules ask for them for every delegate a speech reaches). */
const reaches = new WeakMap<Scenario, Map<Card, Reach>>();

function reachOf(sc: Scenario, card: Card): Reach {
  let cards = reaches.get(sc);
  if (!cards) {
    cards = new Map();
    reaches.set(sc, cards);
  }
  let reach = cards.get(card);
  if (!reach) {
    reach = new Map([...indexOf(sc).kind].map(([id, kind]) => [id, card.audiences.includes(kind) ? 1 : OFF_AUDIENCE]));
    cards.set(card, reach);
  }
  return reach;
}

/** How far a card reaches one delegate: see Reach; a delegation the scenario lacks is reached least. */
function audienceOf(reach: Reach, d: Delegate): number {
  return reach.get(d.delegation) ?? OFF_AUDIENCE;
}

/** One card of a speech (with its reach) moves one delegate's `stance` (the delegate's own copy). Returns the movement. */
function hear(d: Delegate, stance: Stance, card: Card, reach: Reach, factor: number): number {
  return shift(stance, card.moves, SPEECH_STRENGTH * audienceOf(reach, d) * factor * (1 - d.firmness));
}

/** A card's push reversed: what taking it back applies. */
function undoOf(card: Card): Record<string, number> {
  return Object.fromEntries(Object.entries(card.moves).map(([k, v]) => [k, -v]));
}

/** Takes back `share` of a card's push (`undo`, see undoOf; `reach`, reachOf) on one delegate's `stance`. Returns the movement. */
function unhear(d: Delegate, stance: Stance, reach: Reach, undo: Record<string, number>, share: number): number {
  return shift(stance, undo, SPEECH_STRENGTH * share * audienceOf(reach, d) * (1 - d.firmness));
}

/** Takes back `share` of a card's push on every delegate present. Returns the movement. */
function takeBack(sc: Scenario, delegates: Delegate[], card: Card, share: number): number {
  const undo = undoOf(card);
  const reach = reachOf(sc, card);
  let moved = 0;
  for (const d of delegates) if (d.stance && d.present) moved += unhear(d, d.stance, reach, undo, share);
  return moved;
}

/** A speech's cards, in the order given, and the opponents' arguments already made that they rebut, in the order they are answered. */
function speechCards(sc: Scenario, state: GameState, seat: string, cardIds: readonly string[]): { cards: Card[]; rebutted: Card[] } {
  const cards = cardIds.map((id) => indexOf(sc).card.get(id)!);
  const opponents = new Set(state.played.filter((p) => p.seat !== seat).map((p) => p.card));
  const rebutted = cards.flatMap((card) => card.rebuts.filter((r) => opponents.has(r)).map((id) => indexOf(sc).card.get(id)!));
  return { cards, rebutted };
}

/** How strongly a speech lands: its delivery, scaled by the standing the platform won or lost at the front. */
function speechFactor(state: GameState, seat: string, delivery: number): number {
  return delivery * (1 + (state.credit[seat] ?? 0));
}

/**
 * One speech. Delivery varies a little (seeded, 0.85..1.15) unless `delivery` fixes it, for forecasts
 * that must not peek at the dice; standing won or lost at the front scales it. `room`: how a class took a
 * student's live speech, which sets the delivery (ROOM_DELIVERY) and is the reaction heard.
 */
export function speak(sc: Scenario, state: GameState, seat: string, cardIds: readonly string[], emit: Emit = silent, delivery?: number, room?: Reaction): GameState {
  const draws = new Draws(state.rng);
  const factor = speechFactor(state, seat, room ? ROOM_DELIVERY[room] : (delivery ?? 0.85 + 0.3 * draws.float()));
  const { cards, rebutted } = speechCards(sc, state, seat, cardIds);
  const reach = cards.map((card) => reachOf(sc, card));
  const delegates = copyDelegates(state);
  let total = 0;
  for (const d of delegates) {
    if (!d.stance || !d.present) continue;
    let own = false; // whether d's records of what moved it are its own copies yet (the copy shares the state's)
    for (let i = 0; i < cards.length; i++) {
      const card = cards[i]!;
      const moved = hear(d, d.stance, card, reach[i]!, factor);
      total += moved;
      if (moved > (d.movedMost[card.platform] ?? 0)) {
        if (!own) {
          d.movedMost = { ...d.movedMost };
          d.movedBy = { ...d.movedBy };
          own = true;
        }
        d.movedMost[card.platform] = moved;
        d.movedBy[card.platform] = card.id;
      }
    }
  }
  for (const card of rebutted) total += takeBack(sc, delegates, card, REBUTTAL);
  const used = cards.reduce((n, c) => n + c.minutes, 0);
  const reaction = room ?? reactionOf(total, delegates.filter((d) => d.present && d.stance).length);
  emit({ type: 'speech.made', seat, move: state.step, cards: cards.map((c) => c.id), reaction, ...(room ? { live: true as const } : {}) });
  return {
    ...state,
    rng: draws.state,
    delegates,
    speaker: seat,
    minutes: { ...state.minutes, [seat]: (state.minutes[seat] ?? 0) - used },
    played: [...state.played, ...cards.map((c) => ({ seat, card: c.id }))],
  };
}

/** A point of order against an opponent's argument: takes back part of its effect. */
export function object(sc: Scenario, state: GameState, seat: string, cardId: string, emit: Emit = silent): GameState {
  const delegates = copyDelegates(state);
  const card = indexOf(sc).card.get(cardId)!;
  takeBack(sc, delegates, card, REBUTTAL);
  emit({ type: 'objection.made', seat, move: state.step, card: cardId });
  return {
    ...state,
    delegates,
    objected: [...state.objected, cardId],
    minutes: { ...state.minutes, [seat]: (state.minutes[seat] ?? 0) - OBJECTION_MINUTES },
  };
}

/**
 * Where the voting delegates present would stand after `move` acts on each one's copy of its stance: one
 * entry per delegate of the state, in order, null for a delegate with no vote in the hall. For forecasts
 * of a vote, which need the stances and nothing else of the state.
 */
function votersAfter(state: GameState, move: (d: Delegate, stance: Stance) => void): (Stance | null)[] {
  return state.delegates.map((d) => {
    if (!d.stance || !d.present || !d.voting) return null;
    const stance = { ...d.stance };
    move(d, stance);
    return stance;
  });
}

/**
 * The voting delegates' stances after a speech delivered as `delivery` says (no dice): exactly where
 * `speak` with that delivery would move them (see votersAfter). The computer weighs speeches by this.
 */
export function votersAfterSpeech(sc: Scenario, state: GameState, seat: string, cardIds: readonly string[], delivery = EXPECTED_DELIVERY): (Stance | null)[] {
  const factor = speechFactor(state, seat, delivery);
  const { cards, rebutted } = speechCards(sc, state, seat, cardIds);
  const undo = rebutted.map(undoOf);
  const reach = cards.map((card) => reachOf(sc, card));
  const reachBack = rebutted.map((card) => reachOf(sc, card));
  return votersAfter(state, (d, stance) => {
    for (let i = 0; i < cards.length; i++) hear(d, stance, cards[i]!, reach[i]!, factor);
    for (let i = 0; i < rebutted.length; i++) unhear(d, stance, reachBack[i]!, undo[i]!, REBUTTAL);
  });
}

/** The voting delegates' stances after an objection to `cardId`: exactly where `object` would move them (see votersAfter). */
export function votersAfterObjection(sc: Scenario, state: GameState, cardId: string): (Stance | null)[] {
  const card = indexOf(sc).card.get(cardId)!;
  const undo = undoOf(card);
  const reach = reachOf(sc, card);
  return votersAfter(state, (d, stance) => unhear(d, stance, reach, undo, REBUTTAL));
}

/** Marks the seat's turn in this round of the speakers' list as taken; after the last round, the forecast of the first vote. */
export function endTurn(state: GameState, seat: string, rounds: number): GameState {
  const acted = [...state.acted, seat];
  if (acted.length < state.speakers.length) return { ...state, acted };
  const round = state.round + 1;
  return round < rounds ? { ...state, round, acted: [] } : { ...state, round, acted: [], phase: 'forecast' };
}
