/**
 * Balance on every core: the games are split by seed into consecutive shares, one a thread
 * (node:worker_threads, each running balanceWorker.ts), and the shares' games joined in seed order, so the
 * report is the one a single thread gives for the same seed and runs. A thread that fails ends the run
 * with its message and the other threads are stopped: nothing is left waiting. Node only.
 */
import { Worker } from 'node:worker_threads';
import type { Scenario } from '../content/schema';
import { balanceOf, settingsOf, type BalanceReport } from './balance';
import type { GameSummary } from './simulate';

/** What one thread plays: the games from seed `seed + from` up to (not including) `seed + to`, in every setting. */
export interface ShareTask {
  seed: number;
  from: number;
  to: number;
}

/** What a thread tells the one that started it: a game finished, its share done, or why it stopped. */
export type ShareResult = { kind: 'game' } | { kind: 'done'; games: GameSummary[][] } | { kind: 'failed'; message: string };

/** The module each thread runs. */
export const BALANCE_WORKER = new URL('./balanceWorker.ts', import.meta.url);

/**
 * How a thread starts its module. Node 20 does not pass the loader that runs the command line's
 * TypeScript (tsx) on to worker threads, so each thread loads tsx's own import function and imports its
 * module through it.
 */
const BOOT = `
const { workerData } = require('node:worker_threads');
import(workerData.tsx).then(({ tsImport }) => tsImport(workerData.entry, workerData.entry));
`;

/** Consecutive shares of `runs` games for at most `threads` threads, as even as can be, none empty. */
export function sharesOf(runs: number, threads: number): { from: number; to: number }[] {
  const n = Math.max(1, Math.min(threads, runs));
  return Array.from({ length: n }, (_, i) => ({ from: Math.floor((i * runs) / n), to: Math.floor(((i + 1) * runs) / n) }));
}

/**
 * The balance report of `runs` games a setting from `seed`, played on `threads` threads; `onGame` hears
 * every finished game. Rejects with the first failing thread's message. `entry` is the module each thread
 * runs (tests give one that fails).
 */
export function balanceInThreads(sc: Scenario, seed: number, runs: number, threads: number, onGame?: () => void, entry: URL = BALANCE_WORKER): Promise<BalanceReport> {
  const shares = sharesOf(runs, threads);
  const tsx = import.meta.resolve('tsx/esm/api');
  return new Promise((resolve, reject) => {
    const results: (GameSummary[][] | undefined)[] = shares.map(() => undefined);
    const workers: Worker[] = [];
    let over = false;
    const fail = (i: number, why: string) => {
      if (over) return;
      over = true;
      for (const w of workers) void w.terminate();
      const { from, to } = shares[i]!;
      reject(new Error(`balance thread ${i + 1} of ${shares.length} (seeds ${seed + from} to ${seed + to - 1}) failed: ${why}`));
    };
    const finish = () => {
      over = true;
      const games = settingsOf(sc).map((_, s) => results.flatMap((r) => r![s]!));
      resolve(balanceOf(sc, seed, games));
    };
    shares.forEach(({ from, to }, i) => {
      const task: ShareTask & { scenario: Scenario; tsx: string; entry: string } = { scenario: sc, seed, from, to, tsx, entry: entry.href };
      const worker = new Worker(BOOT, { eval: true, workerData: task });
      workers.push(worker);
      worker.on('message', (m: ShareResult) => {
        if (over) return;
        if (m.kind === 'game') onGame?.();
        else if (m.kind === 'failed') fail(i, m.message);
        else {
          results[i] = m.games;
          if (results.every((r) => r !== undefined)) finish();
        }
      });
      worker.on('error', (error) => fail(i, error.message));
      worker.on('exit', (code) => {
        if (results[i] === undefined) fail(i, `the thread stopped (exit code ${code}) before its games were done`);
      });
    });
  });
}
