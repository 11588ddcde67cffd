/**
 * The game state: one plain JSON object, so the machine can keep it in context, a save can store it,
 * and a replay can compare it. No classes, functions or Maps in here. Imports nothing.
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
  present: boolean; // false once gone to the Kronstadt front
  movedBy: Record<string, string>; // platform -> its card that has moved this delegate most, for explanations
  movedMost: Record<string, number>; // platform -> how far that card moved it
}

export type Phase = 'discussion' | 'elected' | 'opening' | 'volunteers' | 'presidium' | 'debate' | 'voting' | 'outcome';

/** How many of a platform's delegates volunteer for the Kronstadt front. */
export type Volunteering = 'few' | 'share' | 'many';

export type Action =
  | { type: 'organise'; seat: string; delegation: string }
  | { type: 'meeting'; seat: string; kind: string }
  | { type: 'publish'; seat: string }
  | { type: 'demand-proportional'; seat: string; delegation: string }
  | { type: 'transfer'; seat: string; delegation: string; platform: string }
  | { type: 'elect' }
  | { type: 'open' }
  | { type: 'volunteer'; seat: string; level: Volunteering }
  | { type: 'presidium'; seat: string; concede: readonly string[] }
  | { type: 'speak'; seat: string; cards: readonly string[] }
  | { type: 'object'; seat: string; card: string }
  | { type: 'pass'; seat: string }
  | { type: 'slate'; seat: string; coopt: readonly string[] }
  | { type: 'vote' }
  | { type: 'conclude' };

export type SeatAction = Extract<Action, { seat: string }>;

export interface DelegationTally {
  delegation: string;
  votes: Record<string, number>; // option id (motion id, or 'for' / 'against') -> votes
  abstained: number;
  absent: number;
  reason: string; // one sentence: why the delegation voted as it did
}

export interface Ballot {
  item: string; // agenda item id
  votes: Record<string, number>; // option id -> votes
  abstained: number;
  absent: number; // voting delegates not in the hall
  byDelegation: DelegationTally[];
  adopted: string | null; // winning motion id, 'for' / 'against' for yes-or-no items, null for elections
  seats?: Record<string, { full: number; candidates: number }>; // elections: platform -> seats won
}

export type Grade = 'worse than history' | 'as history' | 'better than history' | 'decisive';

export interface ObjectiveResult {
  text: string;
  game: string; // '47 votes (12%)'
  history: string; // '18 votes (4%)'
  result: -1 | 0 | 1; // worse, as, better than history
}

export interface SeatResult {
  seat: string;
  grade: Grade;
  objectives: ObjectiveResult[];
}

export interface Outcome {
  seats: SeatResult[];
}

export interface LogEntry {
  phase: Phase;
  seat?: string;
  kind: 'discussion' | 'event' | 'election' | 'opening' | 'volunteers' | 'presidium' | 'speech' | 'objection' | 'pass' | 'slate' | 'vote' | 'outcome';
  text: string;
  reaction?: 'silence' | 'murmurs' | 'applause' | 'ovation'; // the floor's answer to a speech
  reason?: string; // for AI moves: why the AI chose it
}

export interface GameState {
  scenarioId: string; // '1921-tenth-congress'
  seed: number; // 1921
  rng: number; // generator state, see rng.ts
  phase: Phase;
  round: number; // Discussion round (0-based) or debate round
  seats: Seat[]; // campaigning order
  acted: string[]; // seat ids that have acted in the current turn round
  campaigns: Record<string, Record<string, number>>; // delegation -> platform -> lean weight added (or removed)
  rules: Record<string, 'proportional' | 'majority'>; // conference rules changed in the Discussion
  published: string[]; // seats that have published their theses
  volunteering: Record<string, Volunteering>; // seat -> how many of its delegates went to the front
  credit: Record<string, number>; // platform -> standing won or lost at the front (-0.25..0.2)
  chair: string | null; // platform that holds the presidium
  minutes: Record<string, number>; // seat -> floor minutes left
  speakers: string[]; // speakers' list for the debate, in order
  played: { seat: string; card: string }[];
  objected: string[]; // cards already objected to
  coopted: string[] | null; // platforms the chair put on its slate; null until the slate is drawn up
  ballots: Ballot[];
  outcome: Outcome | null;
  delegates: Delegate[];
  log: LogEntry[];
}

export type Rejection = { ok: false; reason: string };
export type Applied = { ok: true; state: GameState };
export type Result = Applied | Rejection;
