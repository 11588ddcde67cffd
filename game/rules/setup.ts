/**
 * Scenario -> initial game state: one seat per playable platform, one (not yet elected) delegate per
 * place in the hall, and the events of the first round of the Discussion already applied (their events
 * are numbered -1: they come with the start, before any command). Pure.
 */
import type { Scenario } from '../content/schema';
import { playablePlatforms } from './agenda';
import { applyRoundEvents } from './discussion';
import { emptyFloor } from './floor';
import { Draws, seedState } from './rng';
import type { Controller, Delegate, GameEvent, GameState, Seat } from './types';

export interface NewGameOptions {
  seed: number;
  /** platform id -> who plays it; platforms not named are played by the AI at normal strength */
  controllers?: Record<string, Controller>;
  /** deal hands and secret objectives (the default); false plays with open decks, as records before version 3 */
  deal?: boolean;
  /** decisions from the floor before each vote (the default; records of version 4 on); false votes straight after the debate, as records before version 4 */
  floor?: boolean;
}

export const DEBATE_ROUNDS = 2;

/** The seats of a new game: one per playable platform, in the scenario's order. */
export function seatsOf(sc: Scenario, controllers: Record<string, Controller> = {}): Seat[] {
  return playablePlatforms(sc).map((id) => ({ id, controller: controllers[id] ?? { kind: 'ai', level: 'normal' } }));
}

/** The deck's own stream of draws, apart from the congress's dice: what a seat draws never changes how a speech lands. */
function deckDraws(seed: number): Draws {
  return new Draws((seedState(seed) ^ 0x5bd1e995) >>> 0);
}

/**
 * Each seat's deck in the shuffled order it is drawn (Fisher–Yates on the deck's own stream), and the
 * index of the secret objective it draws from its platform's list. A platform's `dealt` cards lead its deck.
 */
export function deal(sc: Scenario, seed: number, seats: readonly Seat[]): { decks: Record<string, string[]>; secret: Record<string, number> } {
  const draws = deckDraws(seed);
  const decks: Record<string, string[]> = {};
  const secret: Record<string, number> = {};
  for (const seat of seats) {
    const deck = sc.cards.filter((c) => c.platform === seat.id).map((c) => c.id);
    for (let i = deck.length - 1; i > 0; i--) {
      const j = draws.int(i + 1);
      [deck[i], deck[j]] = [deck[j]!, deck[i]!];
    }
    // cards dealt for certain come first, in their order; the shuffle itself is the same with or without them
    const first = (sc.platforms.find((p) => p.id === seat.id)?.dealt ?? []).filter((id) => deck.includes(id));
    decks[seat.id] = [...new Set(first), ...deck.filter((id) => !first.includes(id))];
    const list = sc.platforms.find((p) => p.id === seat.id)?.secret ?? [];
    if (list.length) secret[seat.id] = draws.int(list.length);
  }
  return { decks, secret };
}

/**
 * The game before its first command. `dealt`: hands and secret objectives (records of version 3 on);
 * `floor`: decisions from the floor before each vote (version 4 on); `classroom`: a class game, whose
 * teacher enters the platforms' moves (version 5 on; see GameState.class).
 */
export function startGame(sc: Scenario, seed: number, seats: readonly Seat[], dealt = true, floor = true, classroom = false): { state: GameState; events: GameEvent[] } {
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
    ...(dealt ? deal(sc, seed, seats) : {}),
    ...(floor ? { floor: emptyFloor() } : {}),
    ...(classroom ? { class: { injected: [] } } : {}),
  };
  const events: GameEvent[] = [{ type: 'round.began', round: 0, at: -1 }];
  const next = applyRoundEvents(sc, state, (e) => events.push({ ...e, at: -1 }));
  return { state: next, events };
}

/** The initial state alone, for rules tests and the AI's lookahead. */
export function newGame(sc: Scenario, options: NewGameOptions): GameState {
  return startGame(sc, options.seed, seatsOf(sc, options.controllers), options.deal ?? true, options.floor ?? true).state;
}
