/**
 * Balance, measured: over `runs` seeded games per setting, (1) historical personas in every seat: how
 * often the historical winner wins and the mean votes against the record; (2) each platform played by
 * the hard AI against normal ones: how often it beats its own historical result; (3) stronger against
 * weaker: on the same seeds, how often a seat played hard gets more votes than the same seat played
 * easy or normal; (4) whether each seat's first move varies from game to game.
 */
import { votedItem, type Scenario } from '../content/schema';
import type { AiLevel } from '../rules/types';
import { reportOf, simulate, type GameSummary, type SimulationReport } from './simulate';

export interface BalanceReport {
  scenario: string;
  seed: number;
  runs: number;
  historical: { winnerWins: number; mean: Record<string, number>; history: Record<string, number> };
  hardBeatsHistory: Record<string, number>; // seat -> share of games graded better or decisive
  hardBeatsEasy: Record<string, number>; // seat -> share of seeds where hard got more votes than easy
  hardBeatsNormal: Record<string, number>;
  firstMoves: Record<string, number>; // seat -> distinct first moves seen (normal and historical runs)
}

function ownVotes(sc: Scenario, r: SimulationReport, seat: string): number[] {
  const item = votedItem(sc);
  const motion = item.motions.find((m) => m.platform === seat)!.id;
  return r.games.map((g) => g.votes[item.id]?.[motion] ?? 0);
}

function share(n: number, of: number): number {
  return Math.round((n / of) * 1000) / 1000;
}

/** The settings balance plays `runs` games of, in order: historical, normal, then hard and easy for each playable seat. */
export function settingsOf(sc: Scenario): Record<string, AiLevel>[] {
  const seats = sc.platforms.filter((p) => p.playable).map((p) => p.id);
  const all = (level: AiLevel) => Object.fromEntries(seats.map((s) => [s, level]));
  return [all('historical'), all('normal'), ...seats.flatMap((seat) => [{ ...all('normal'), [seat]: 'hard' as const }, { ...all('normal'), [seat]: 'easy' as const }])];
}

/** How many settings balance plays `runs` games of. */
export function balanceSettings(sc: Scenario): number {
  return settingsOf(sc).length;
}

/**
 * The games of every setting from seed `seed + from` up to (not including) `seed + to`, a list of summaries
 * for each setting in the order of settingsOf. A share of a balance run: shares of consecutive ranges,
 * joined in order, are the games of the whole run (so threads can each play one).
 */
export function playShare(sc: Scenario, seed: number, from: number, to: number, onGame?: () => void): GameSummary[][] {
  return settingsOf(sc).map((levels) => simulate(sc, seed + from, to - from, levels, onGame).games);
}

export function balance(sc: Scenario, seed: number, runs: number, onGame?: () => void): BalanceReport {
  return balanceOf(sc, seed, playShare(sc, seed, 0, runs, onGame));
}

/** The report over every setting's games (see playShare), each list holding the same seeds in order. */
export function balanceOf(sc: Scenario, seed: number, games: readonly GameSummary[][]): BalanceReport {
  const settings = settingsOf(sc);
  const runs = games[0]?.length ?? 0;
  const seats = Object.keys(settings[0] ?? {});
  const reports = settings.map((levels, i) => reportOf(sc, seed, levels, games[i] ?? []));
  const [historical, normal] = [reports[0]!, reports[1]!];
  const item = votedItem(sc);
  const winner = Object.entries(item.record.votes).sort((a, b) => b[1] - a[1])[0]![0];
  const report: BalanceReport = {
    scenario: sc.id,
    seed,
    runs,
    historical: { winnerWins: share(historical.wins[winner] ?? 0, runs), mean: historical.mean[item.id] ?? {}, history: item.record.votes },
    hardBeatsHistory: {},
    hardBeatsEasy: {},
    hardBeatsNormal: {},
    firstMoves: {},
  };
  seats.forEach((seat, i) => {
    const hard = reports[2 + 2 * i]!;
    const easy = reports[3 + 2 * i]!;
    const g = hard.grades[seat]!;
    report.hardBeatsHistory[seat] = share(g['better than history'] + g.decisive, runs);
    const h = ownVotes(sc, hard, seat);
    const e = ownVotes(sc, easy, seat);
    const n = ownVotes(sc, normal, seat);
    report.hardBeatsEasy[seat] = share(h.filter((v, i) => v > e[i]!).length, runs);
    report.hardBeatsNormal[seat] = share(h.filter((v, i) => v > n[i]!).length, runs);
    report.firstMoves[seat] = new Set([...normal.games, ...historical.games].map((x) => x.firstMoves[seat])).size;
  });
  return report;
}

export function formatBalance(sc: Scenario, r: BalanceReport): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const item = votedItem(sc);
  const name = (seat: string) => sc.platforms.find((p) => p.id === seat)!.name;
  const lines = [`Balance of ${sc.title}: ${r.runs} games per setting from seed ${r.seed}`];
  lines.push(`Historical personas in every seat: the historical winner wins ${pct(r.historical.winnerWins)}; mean votes ${item.motions.map((m) => `${m.title} ${r.historical.mean[m.id] ?? 0} (history ${r.historical.history[m.id]})`).join(', ')}`);
  for (const seat of Object.keys(r.hardBeatsHistory)) {
    lines.push(`${name(seat)}: hard AI against normal ones beats history in ${pct(r.hardBeatsHistory[seat]!)}; hard beats easy in ${pct(r.hardBeatsEasy[seat]!)}, hard beats normal in ${pct(r.hardBeatsNormal[seat]!)}; ${r.firstMoves[seat]} different first moves`);
  }
  return lines.join('\n');
}
