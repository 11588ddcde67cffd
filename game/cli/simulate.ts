/**
 * All-AI games for scenario authors: plays `runs` games from consecutive seeds and sums up every vote
 * and outcome. Output depends only on the scenario, seed and runs: no clock, no machine details.
 */
import { type Scenario, votedItem } from '../content/schema';
import { playAllAi } from '../machine/runHeadless';
import type { Grade } from '../rules/types';

export interface GameSummary {
  seed: number;
  votes: Record<string, number>;
  abstained: number;
  absent: number;
  winner: string;
  grades: Record<string, Grade>;
}

export interface SimulationReport {
  scenario: string;
  seed: number;
  runs: number;
  history: Record<string, number>;
  totals: { votes: Record<string, number>; abstained: number; absent: number };
  mean: Record<string, number>;
  wins: Record<string, number>;
  grades: Record<string, Record<Grade, number>>;
  games: GameSummary[];
}

export function simulate(sc: Scenario, seed: number, runs: number): SimulationReport {
  const games: GameSummary[] = [];
  for (let i = 0; i < runs; i++) {
    const game = playAllAi(sc, seed + i);
    const ballot = game.ballot!;
    const outcome = game.outcome!;
    games.push({
      seed: seed + i,
      votes: ballot.votes,
      abstained: ballot.abstained,
      absent: ballot.absent,
      winner: outcome.winner,
      grades: Object.fromEntries(outcome.seats.map((s) => [s.seat, s.grade])),
    });
  }
  const motions = votedItem(sc).motions.map((m) => m.id);
  const sum = (f: (g: GameSummary) => number) => games.reduce((n, g) => n + f(g), 0);
  const votes = Object.fromEntries(motions.map((m) => [m, sum((g) => g.votes[m] ?? 0)]));
  const seats = sc.platforms.filter((p) => p.playable).map((p) => p.id);
  return {
    scenario: sc.id,
    seed,
    runs,
    history: votedItem(sc).record.votes,
    totals: { votes, abstained: sum((g) => g.abstained), absent: sum((g) => g.absent) },
    mean: Object.fromEntries(motions.map((m) => [m, round((votes[m] ?? 0) / runs)])),
    wins: Object.fromEntries(motions.map((m) => [m, games.filter((g) => g.winner === m).length])),
    grades: Object.fromEntries(
      seats.map((s) => [
        s,
        {
          'worse than history': games.filter((g) => g.grades[s] === 'worse than history').length,
          'as history': games.filter((g) => g.grades[s] === 'as history').length,
          'better than history': games.filter((g) => g.grades[s] === 'better than history').length,
        },
      ]),
    ),
    games,
  };
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}

export function formatReport(sc: Scenario, r: SimulationReport): string {
  const lines = [`${sc.title} (${r.scenario}): ${r.runs} all-AI game${r.runs === 1 ? '' : 's'} from seed ${r.seed}`];
  lines.push(`${votedItem(sc).title}:`);
  for (const m of votedItem(sc).motions) {
    lines.push(`  ${m.title}: ${r.totals.votes[m.id]} votes in all, ${r.mean[m.id]} a game (history: ${r.history[m.id] ?? 'unknown'}), won ${r.wins[m.id]} of ${r.runs}`);
  }
  lines.push(`  abstained: ${r.totals.abstained}; away from the hall: ${r.totals.absent}`);
  lines.push('Outcome against history:');
  for (const [seat, g] of Object.entries(r.grades)) {
    const name = sc.platforms.find((p) => p.id === seat)!.name;
    lines.push(`  ${name}: better ${g['better than history']}, as history ${g['as history']}, worse ${g['worse than history']}`);
  }
  return lines.join('\n');
}
