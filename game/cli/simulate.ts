/**
 * All-AI games for scenario authors: plays `runs` games from consecutive seeds and sums up every vote
 * and how each platform did against history. Output depends only on the scenario, seed, runs and seats:
 * no clock, no machine details.
 */
import { votedItem, type Scenario } from '../content/schema';
import { contentHash } from '../match/hash';
import { playAllAi } from '../match/headless';
import type { Match } from '../match/match';
import { votingOrder } from '../rules/agenda';
import { GRADES, type AiLevel, type Controller, type Grade } from '../rules/types';
import { commandLabel } from '../words/narrate';

export interface GameSummary {
  seed: number;
  votes: Record<string, Record<string, number>>; // item -> option -> votes
  adopted: Record<string, string | null>; // item -> winning option
  seats: Record<string, Record<string, { full: number; candidates: number }>>; // election item -> platform -> seats
  grades: Record<string, Grade>;
  firstMoves: Record<string, string>; // seat -> its first action, as text
}

export interface SimulationReport {
  scenario: string;
  seed: number;
  runs: number;
  seats: Record<string, AiLevel | 'human'>;
  history: Record<string, number>;
  totals: Record<string, Record<string, number>>; // item -> option -> votes in all games
  mean: Record<string, Record<string, number>>; // item -> option -> mean votes
  wins: Record<string, number>; // contested motion -> games won
  grades: Record<string, Record<Grade, number>>;
  games: GameSummary[];
}

export function controllersOf(levels: Record<string, AiLevel>): Record<string, Controller> {
  return Object.fromEntries(Object.entries(levels).map(([seat, level]) => [seat, { kind: 'ai', level }]));
}

/** What one finished game decided, from its record and final state. */
export function summarise(sc: Scenario, match: Match): GameSummary {
  const game = match.state;
  const firstMoves: Record<string, string> = {};
  for (const { by, command } of match.record.commands) if (typeof by !== 'string' && !(by.seat in firstMoves)) firstMoves[by.seat] = commandLabel(sc, command);
  return {
    seed: game.seed,
    votes: Object.fromEntries(game.ballots.map((b) => [b.item, b.votes])),
    adopted: Object.fromEntries(game.ballots.map((b) => [b.item, b.adopted])),
    seats: Object.fromEntries(game.ballots.filter((b) => b.seats).map((b) => [b.item, b.seats!])),
    grades: Object.fromEntries(game.outcome!.seats.map((s) => [s.seat, s.grade])),
    firstMoves,
  };
}

/** Plays `runs` all-AI games from consecutive seeds; `onGame` receives each finished match (to save its record). */
export function simulate(sc: Scenario, seed: number, runs: number, levels: Record<string, AiLevel> = {}, onGame?: (match: Match) => void): SimulationReport {
  const seats = Object.fromEntries(sc.platforms.filter((p) => p.playable).map((p) => [p.id, levels[p.id] ?? 'normal'])) as Record<string, AiLevel>;
  const hash = contentHash(sc);
  const games: GameSummary[] = [];
  for (let i = 0; i < runs; i++) {
    const match = playAllAi(sc, seed + i, controllersOf(seats), hash);
    onGame?.(match);
    games.push(summarise(sc, match));
  }
  return reportOf(sc, seed, seats, games);
}

/** Totals, means, wins and grades over some games' summaries. */
export function reportOf(sc: Scenario, seed: number, seats: Record<string, AiLevel | 'human'>, games: GameSummary[]): SimulationReport {
  const runs = games.length;
  const totals: Record<string, Record<string, number>> = {};
  for (const g of games) {
    for (const [item, votes] of Object.entries(g.votes)) {
      totals[item] ??= {};
      for (const [o, n] of Object.entries(votes)) totals[item][o] = (totals[item][o] ?? 0) + n;
    }
  }
  const contested = votedItem(sc);
  return {
    scenario: sc.id,
    seed,
    runs,
    seats,
    history: contested.record.votes,
    totals,
    mean: Object.fromEntries(Object.entries(totals).map(([item, v]) => [item, Object.fromEntries(Object.entries(v).map(([o, n]) => [o, round(n / runs)]))])),
    wins: Object.fromEntries(contested.motions.map((m) => [m.id, games.filter((g) => g.adopted[contested.id] === m.id).length])),
    grades: Object.fromEntries(Object.keys(seats).map((s) => [s, Object.fromEntries(GRADES.map((gr) => [gr, games.filter((g) => g.grades[s] === gr).length])) as Record<Grade, number>])),
    games,
  };
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}

export function formatReport(sc: Scenario, r: SimulationReport): string {
  const seats = Object.entries(r.seats).map(([s, l]) => `${s} ${l}`).join(', ');
  const allAi = Object.values(r.seats).every((l) => l !== 'human');
  const lines = [`${sc.title} (${r.scenario}): ${r.runs} ${allAi ? 'all-AI ' : ''}game${r.runs === 1 ? '' : 's'} from seed ${r.seed}; seats: ${seats}`];
  for (const itemId of votingOrder(sc)) {
    const item = sc.agenda.find((a) => a.id === itemId)!;
    const mean = r.mean[itemId] ?? {};
    if (itemId === votedItem(sc).id) {
      lines.push(`${item.title}:`);
      for (const m of item.motions) lines.push(`  ${m.title}: ${r.totals[itemId]?.[m.id] ?? 0} votes in all, ${mean[m.id] ?? 0} a game (history: ${r.history[m.id] ?? 'unknown'}), won ${r.wins[m.id]} of ${r.runs}`);
    } else if (item.seats) {
      const seatsWon: Record<string, number> = {};
      for (const g of r.games) for (const [p, s] of Object.entries(g.seats[itemId] ?? {})) seatsWon[p] = (seatsWon[p] ?? 0) + s.full;
      lines.push(`${item.title}: mean full members ${Object.entries(seatsWon).map(([p, n]) => `${p} ${round(n / r.runs)}`).join(', ')}`);
    } else {
      const adopted = r.games.filter((g) => g.adopted[itemId] === 'for').length;
      lines.push(`${item.title}: adopted in ${adopted} of ${r.runs} (${mean.for ?? 0} for, ${mean.against ?? 0} against a game)`);
    }
  }
  lines.push('Outcome against history:');
  for (const [seat, g] of Object.entries(r.grades)) {
    const name = sc.platforms.find((p) => p.id === seat)!.name;
    lines.push(`  ${name}: decisive ${g.decisive}, better ${g['better than history']}, as history ${g['as history']}, worse ${g['worse than history']}`);
  }
  return lines.join('\n');
}
