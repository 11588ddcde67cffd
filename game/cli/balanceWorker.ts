/**
 * One thread of a balance run (see balanceThreads.ts): plays its share of the games and posts a message
 * after each game, then the summaries, or the error that stopped it. Node only.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Scenario } from '../content/schema';
import { playShare } from './balance';
import type { ShareResult, ShareTask } from './balanceThreads';

const port = parentPort!;
const task = workerData as ShareTask & { scenario: Scenario };
const post = (message: ShareResult) => port.postMessage(message);
try {
  const games = playShare(task.scenario, task.seed, task.from, task.to, () => post({ kind: 'game' }));
  post({ kind: 'done', games });
} catch (error) {
  post({ kind: 'failed', message: (error as Error).message ?? String(error) });
}
