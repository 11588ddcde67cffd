/**
 * The game state and the language of the rules: commands (what a seat, the facilitator or the system
 * asks for), who issued them, and the domain events a command produces. All plain JSON data, so a match
 * record can store commands, a fold can rebuild the state, and a view can project it. No prose here:
 * the words are written from events by game/words. Imports nothing.
 */

/** Position on each issue axis, issue id -> -1..1. */
export type Stance = Record<string, number>;

/** Computer strengths, and a persona that plays as the platform did in history. */
export type AiLevel = 'easy' | 'normal' | 'hard' | 'historical';
export const AI_LEVELS: readonly AiLevel[] = ['easy', 'normal', 'hard', 'historical'];

/** Who plays a seat. Later modes add class teams; a seat's screens may then be private to it. */
export type Controller = { kind: 'human'; name?: string } | { kind: 'ai'; level: AiLevel };

export interface Seat {
  id: string; // 'wo' — the platform this seat argues for
  controller: Controller;
}

export interface Delegate {
  id: string; // 'samara-3'
  delegation: string; // 'samara'
  voting: boolean; // false for consultative (voice, no vote)
  elected: string | null; // platform the delegate was elected on, null before the election
  stance: Stance | null; // null before the election
  firmness: number; // 0..1: how hard the delegate is to move
  present: boolean; // false once gone (to the front, in 1921)
  movedBy: Record<string, string>; // platform -> its card that has moved this delegate most, for explanations
  movedMost: Record<string, number>; // platform -> how far that card moved it
}

/**
 * Every screen of a match is a phase: the rules alone decide which comes next (see flow.ts).
 * 'forecast' waits for a vote to be taken, 'ballot' shows the vote just taken.
 */
export type Phase = 'discussion' | 'elected' | 'opening' | 'volunteers' | 'presidium' | 'debate' | 'forecast' | 'ballot' | 'outcome';

/** How many of a platform's delegates volunteer to leave (for the Kronstadt front, in 1921). */
export type Volunteering = 'few' | 'share' | 'many';

/**
 * A platform's decision before a vote (games with floor decisions, records of version 4 on): a statement
 * from the floor, an amendment to a yes-or-no resolution, or saying nothing; a rival on the chair's
 * committee slate accepts its places or declines them.
 */
export type FloorChoice = 'silent' | 'statement' | 'amendment' | 'accept' | 'decline';
export const FLOOR_CHOICES: readonly FloorChoice[] = ['silent', 'statement', 'amendment', 'accept', 'decline'];

/** The floor before the votes: who has decided on the item now called, and what the earlier decisions left. */
export interface FloorState {
  declared: Record<string, FloorChoice>; // seat -> its decision on the item now before the congress
  statements: Record<string, number>; // seat -> statements from the floor made so far
  amended: Record<string, number>; // item -> how far a carried amendment moved its threshold
  declined: string[]; // seats that declined places on the chair's slate (the others on it accepted)
}

/** A move of one seat. `seat` is the platform the move is made for. */
export type SeatCommand =
  | { type: 'organise'; seat: string; delegation: string }
  | { type: 'meeting'; seat: string; kind: string }
  | { type: 'publish'; seat: string }
  | { type: 'demand-proportional'; seat: string; delegation: string }
  | { type: 'transfer'; seat: string; delegation: string; platform: string }
  | { type: 'volunteer'; seat: string; level: Volunteering }
  | { type: 'presidium'; seat: string; concede: readonly string[] }
  | { type: 'speak'; seat: string; cards: readonly string[]; room?: Reaction } // room: how a class took a student's live speech (class games only)
  | { type: 'object'; seat: string; card: string }
  | { type: 'pass'; seat: string }
  | { type: 'slate'; seat: string; coopt: readonly string[] }
  | { type: 'declare'; seat: string; choice: FloorChoice };

/** Steps the game takes by itself as soon as they are due. */
export type SystemCommand = { type: 'elect' } | { type: 'reveal' };

/** Steps that wait for whoever runs the screen (the player, the teacher) to go on. */
export type ProceedCommand = { type: 'open' } | { type: 'floor' } | { type: 'vote' } | { type: 'next' } | { type: 'conclude' };

/**
 * What the teacher does in a class game besides pacing the congress (class games only; see GameState.class):
 * a vote counted by show of hands, or the model's count with the teacher's corrections ('override');
 * one of the scenario's events read to the room; the end of the debate; straight to the debrief, every
 * vote not yet taken counted by the model.
 */
export type ClassCommand =
  | { type: 'hands'; how: 'hands' | 'override'; counts: Readonly<Record<string, Readonly<Record<string, number>>>> } // delegation -> option -> votes; the rest of its delegates present abstain
  | { type: 'inject'; event: string }
  | { type: 'close' }
  | { type: 'adjourn' };

export type Command = SeatCommand | SystemCommand | ProceedCommand | ClassCommand;

/**
 * Who issued a command: a seat, the facilitator (who paces the congress; in a class game, the teacher, who
 * also enters each platform's moves as the class decides them), or the game itself.
 */
export type By = { seat: string } | 'facilitator' | 'system';

/** What the game waits for now. One place decides it: flow.ts. */
export type Due =
  | { kind: 'seats'; seats: string[]; sealed: boolean } // these seats owe a move; sealed: chosen in secret, revealed together
  | { kind: 'system'; command: SystemCommand }
  | { kind: 'proceed'; command: ProceedCommand }
  | { kind: 'over' };

/** Why a delegation voted as it did, as data; game/words writes the sentence. */
export interface TallyWhy {
  option: string | null; // the option most of its delegates chose; null when it cast no votes
  votes: number;
  loyal: number; // of those voters, elected on the motion's platform
  free: number; // bound to no platform
  turned: number; // won over from another platform
  card: string | null; // the argument (of the motion's platform) that moved most of them
  pressured: boolean; // a yes-or-no item on an issue the opening's crisis pushes
}

export interface DelegationTally {
  delegation: string;
  votes: Record<string, number>; // option id (motion id, or 'for' / 'against') -> votes
  abstained: number;
  absent: number;
  why: TallyWhy;
}

export interface Ballot {
  item: string; // agenda item id
  votes: Record<string, number>; // option id -> votes
  abstained: number;
  absent: number; // voting delegates not in the hall
  byDelegation: DelegationTally[];
  adopted: string | null; // winning motion id, 'for' / 'against' for yes-or-no items, null for elections
  seats?: Record<string, { full: number; candidates: number }>; // elections: platform -> seats won
  counted?: 'hands' | 'override'; // class games: counted by show of hands, or the model's count as the teacher corrected it (absent: the model's count)
  cast?: Record<string, string | null>; // the headline vote in games with floor decisions: delegate id -> option (null: abstained), present voting delegates only
}

export type Grade = 'worse than history' | 'as history' | 'better than history' | 'decisive';
/** The grades from the lowest up. */
export const GRADES: readonly Grade[] = ['worse than history', 'as history', 'better than history', 'decisive'];

/** One objective measured in the game and in history; game/words formats the figures. */
export type ObjectiveResult =
  | { text: string; kind: 'share'; want: 'more' | 'fewer'; game: number; gameShare: number; history: number | null; historyShare: number; result: -1 | 0 | 1 }
  | { text: string; kind: 'adopted'; game: boolean; history: boolean; result: -1 | 0 | 1 }
  | { text: string; kind: 'cc-full'; want: 'more' | 'fewer'; game: number; history: number; result: -1 | 0 | 1 }
  | { text: string; kind: 'ahead'; game: [number, number]; history: [number, number]; result: -1 | 0 | 1 } // [motion, rival] votes
  | { text: string; kind: 'delegation'; delegation: string; game: number; of: number; result: -1 | 1 }; // votes for the motion of the delegation's votes cast

export interface SeatResult {
  seat: string;
  grade: Grade;
  objectives: ObjectiveResult[];
  /** The seat's secret objective (in games dealt with secrets), graded on its own; public once the congress closes. */
  secret: { objective: ObjectiveResult; grade: Grade } | null;
}

export interface Outcome {
  seats: SeatResult[];
}

/** The floor's answer to a speech. */
export const REACTIONS = ['silence', 'murmurs', 'applause', 'ovation'] as const;
export type Reaction = (typeof REACTIONS)[number];

/**
 * What a command did, as data. `at` is the number of the command that produced the event; `move` (on a
 * seat's own decisions) is the number of the command that made that decision, so its reason can be
 * shown beside it. `to` marks an event only that seat may see.
 */
export type GameEventBody =
  | { type: 'round.began'; round: number }
  | { type: 'event.arrived'; event: string; injected?: true } // injected: read to a class by its teacher
  | { type: 'debate.closed' }
  | { type: 'campaign'; seat: string; move: number; action: 'organise' | 'meeting' | 'publish' | 'demand-proportional' | 'transfer'; delegation?: string; kind?: string; platform?: string }
  | { type: 'congress.elected'; counts: Record<string, number>; uncommitted: number }
  | { type: 'congress.opened' }
  | { type: 'floor.opened' }
  | { type: 'choice.sealed'; seat: string; move: number; to: string; command: SeatCommand }
  | { type: 'volunteered'; seat: string; move: number; level: Volunteering }
  | { type: 'delegates.departed'; gone: number }
  | { type: 'presidium.formed'; seat: string; move: number; concede: string[] }
  | { type: 'cards.drawn'; seat: string; to: string; cards: string[] } // topping up a hand after a speech
  | { type: 'speech.made'; seat: string; move: number; cards: string[]; reaction: Reaction; live?: true } // live: a student's speech in a class game, the reaction the room's
  | { type: 'objection.made'; seat: string; move: number; card: string }
  | { type: 'floor.yielded'; seat: string; move: number }
  | { type: 'slate.drawn'; seat: string; move: number; item: string; coopt: string[] }
  | { type: 'floor.declared'; seat: string; move: number; item: string; choice: FloorChoice; amendment?: { for: number; against: number; carried: boolean } }
  | { type: 'item.called'; item: string }
  | { type: 'vote.taken'; item: string }
  | { type: 'congress.closed' };

export type GameEvent = GameEventBody & { at: number };

export interface GameState {
  scenarioId: string; // '1921-tenth-congress'
  seed: number; // 1921
  rng: number; // generator state, see rng.ts
  step: number; // commands applied so far: the number the next command will have
  phase: Phase;
  round: number; // Discussion round (0-based) or debate round
  seats: Seat[]; // campaigning order
  acted: string[]; // seat ids that have acted in the current turn round
  sealed: Record<string, { command: SeatCommand; at: number }>; // seat -> its secret choice, until revealed
  campaigns: Record<string, Record<string, number>>; // delegation -> platform -> lean weight added (or removed)
  rules: Record<string, 'proportional' | 'majority'>; // conference rules changed in the Discussion
  published: string[]; // seats that have published their theses
  volunteering: Record<string, Volunteering>; // seat -> how many of its delegates left
  credit: Record<string, number>; // platform -> standing won or lost by that choice (-0.25..0.2)
  chair: string | null; // platform that holds the presidium
  minutes: Record<string, number>; // seat -> floor minutes left
  speakers: string[]; // speakers' list for the debate, in order
  speaker: string | null; // the seat whose leader spoke last from the rostrum
  played: { seat: string; card: string }[];
  objected: string[]; // cards already objected to
  coopted: string[] | null; // platforms the chair put on its slate; null until the slate is drawn up
  ballots: Ballot[];
  outcome: Outcome | null;
  delegates: Delegate[];
  /**
   * Present in games dealt with hands and secrets (records of version 3 on). decks: seat -> its cards in
   * the shuffled order they are drawn (the hand is the first cards not yet made; see handOf);
   * secret: seat -> the index of its secret objective in its platform's list. Private to each seat.
   */
  decks?: Record<string, string[]>;
  secret?: Record<string, number>;
  /** Present in games with floor decisions before each vote (records of version 4 on); see floor.ts. */
  floor?: FloorState;
  /**
   * Present in class games (records of version 5 on): the teacher enters every platform's moves, speeches
   * come in any order until the teacher closes the debate, and `injected` lists the events read to the room.
   */
  class?: { injected: string[] };
}

export type Rejection = { ok: false; reason: string };
export type Applied = { ok: true; state: GameState; events: GameEvent[] };
export type Result = Applied | Rejection;
