/**
 * The game state: one plain JSON object, so the machine can keep it in context, a save can store it,
 * and a replay can compare it. No classes, functions or Maps in here. Imports only scenario types.
 */

/** Position on each issue axis, issue id -> -1..1. */
export type Stance = Record<string, number>;

export type AiLevel = 'normal';

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
  movedBy: string | null; // the card that moved this delegate most, for explanations
}

export type Phase = 'selection' | 'elected' | 'opening' | 'debate' | 'voted' | 'outcome';

export type Action =
  | { type: 'campaign'; seat: string; delegation: string }
  | { type: 'elect' }
  | { type: 'open' }
  | { type: 'speak'; seat: string; cards: readonly string[] }
  | { type: 'vote' }
  | { type: 'conclude' };

export interface DelegationTally {
  delegation: string;
  votes: Record<string, number>; // motion id -> votes
  abstained: number;
  absent: number;
  reason: string; // one sentence: why the delegation voted as it did
}

export interface Ballot {
  votes: Record<string, number>; // motion id -> votes
  abstained: number;
  absent: number; // voting delegates not in the hall
  byDelegation: DelegationTally[];
}

export type Grade = 'worse than history' | 'as history' | 'better than history';

export interface SeatResult {
  seat: string;
  motion: string;
  votes: number;
  historyVotes: number;
  share: number; // of votes cast for motions, 0..1
  historyShare: number;
  grade: Grade;
}

export interface Outcome {
  winner: string; // motion id with most votes
  historyWinner: string;
  seats: SeatResult[];
}

export interface LogEntry {
  phase: Phase;
  seat?: string;
  kind: 'campaign' | 'election' | 'opening' | 'speech' | 'vote' | 'outcome';
  text: string;
  reason?: string; // for AI moves: why the AI chose it
}

export interface GameState {
  scenarioId: string; // '1921-tenth-congress'
  seed: number; // 1921
  rng: number; // generator state, see rng.ts
  phase: Phase;
  seats: Seat[]; // speaking and campaigning order
  acted: string[]; // seat ids that have acted in the current phase
  campaigns: Record<string, Record<string, number>>; // delegation -> platform -> campaign weight added
  delegates: Delegate[];
  played: { seat: string; card: string }[];
  ballot: Ballot | null;
  outcome: Outcome | null;
  log: LogEntry[];
}

export type Rejection = { ok: false; reason: string };
export type Applied = { ok: true; state: GameState };
export type Result = Applied | Rejection;
