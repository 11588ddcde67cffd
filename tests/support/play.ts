/** Plays games through the match layer alone (no machine), for rules, AI and property tests. */
import type { Scenario } from '../../game/content/schema';
import { contentHash } from '../../game/match/hash';
import { playOn } from '../../game/match/headless';
import { newMatch, type Match, type RecordedCommand } from '../../game/match/match';
import { seatsOf, startGame } from '../../game/rules/setup';
import type { AiLevel, GameState } from '../../game/rules/types';

const hashes = new WeakMap<Scenario, string>();
export function hashOf(sc: Scenario): string {
  if (!hashes.has(sc)) hashes.set(sc, contentHash(sc));
  return hashes.get(sc)!;
}

export function aiSeats(sc: Scenario, levels: Record<string, AiLevel> = {}) {
  return seatsOf(sc, Object.fromEntries(Object.entries(levels).map(([s, level]) => [s, { kind: 'ai' as const, level }])));
}

/** An all-AI game to its end: the first state, the last, every recorded command, and the match. */
export function playWithLog(sc: Scenario, seed: number, levels: Record<string, AiLevel> = {}): { initial: GameState; final: GameState; commands: RecordedCommand[]; match: Match } {
  const seats = aiSeats(sc, levels);
  const match = playOn(sc, newMatch(sc, hashOf(sc), seed, seats));
  return { initial: startGame(sc, seed, seats).state, final: match.state, commands: match.record.commands, match };
}
