/**
 * `npm run bench`: prints how long the computer takes to choose a move (median and 95th percentile, for
 * each strength) and how long a whole all-computer game takes, with the machine it ran on; balance's
 * throughput (games a second on one thread and on every core) and the time of a real 8,000-game balance
 * of the 1921 scenario on every core; then the browser figures (benchBrowser.ts): frame rate against a reference scene, frame time, download size,
 * time to the title. Figures are
 * printed, never asserted: tests check behaviour, this checks speed.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { createActor } from 'xstate';
import { chooseAction } from '../ai/policy';
import { parseScenarioText } from '../content/parseText';
import { sessionMachine } from '../machine/sessionMachine';
import { contentHash } from '../match/hash';
import { playAllAi } from '../match/headless';
import { fold, newMatch, submit } from '../match/match';
import { encodeSave } from '../match/saveFile';
import { dueOf } from '../rules/flow';
import { seatsOf } from '../rules/setup';
import { AI_LEVELS, type AiLevel } from '../rules/types';
import { browserBench } from './benchBrowser';
import { largestScenario } from './largestScenario';
import { parseScenario } from '../content/parse';
import { balance, balanceSettings } from '../cli/balance';
import { balanceInThreads } from '../cli/balanceThreads';

const file = fileURLToPath(new URL('../../scenarios/1921-tenth-congress.json', import.meta.url));
const parsed = parseScenarioText(readFileSync(file, 'utf8'));
if (!parsed.ok) throw new Error('the 1921 scenario does not validate');
const sc = parsed.scenario;

function quantile(xs: number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

const hash = contentHash(sc);

/** Times every AI move of `games` games with every seat at `level`. */
function moveTimes(level: AiLevel, games: number): number[] {
  const times: number[] = [];
  for (let seed = 1; seed <= games; seed++) {
    let match = newMatch(sc, hash, seed, seatsOf(sc, Object.fromEntries(sc.platforms.filter((p) => p.playable).map((p) => [p.id, { kind: 'ai', level }]))));
    for (let due = dueOf(sc, match.state); due.kind !== 'over'; due = dueOf(sc, match.state)) {
      let next;
      if (due.kind === 'seats') {
        const seat = due.seats[0]!;
        const t0 = performance.now();
        const choice = chooseAction(sc, match.state, seat, level)!;
        times.push(performance.now() - t0);
        next = submit(sc, match, choice.action, { seat }, choice.reason);
      } else if (due.kind === 'proceed') next = submit(sc, match, due.command, 'facilitator');
      else throw new Error('a system step was left undone');
      if (!next.ok) throw new Error(next.reason);
      match = next.match;
    }
  }
  return times;
}

/** A whole all-AI game through the session machine, as the browser plays it (without the pauses). */
function machineGame(seed: number): void {
  const actor = createActor(sessionMachine, { input: { scenario: sc, scenarioHash: hash, seed } }).start();
  actor.send({ type: 'session.setup' });
  actor.send({ type: 'setup.start' });
  for (let i = 0; i < 10_000; i++) {
    const match = actor.getSnapshot().context.match!;
    const due = dueOf(sc, match.state);
    if (due.kind === 'over') break;
    actor.send(due.kind === 'proceed' ? { type: 'match.command', command: due.command, by: 'facilitator' } : { type: 'ai.step' });
  }
  actor.stop();
}

const ms = (x: number) => `${x.toFixed(1)} ms`;
console.log(`Tenth Congress benchmarks, ${new Date().toISOString().slice(0, 10)}`);
console.log(`machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
console.log('AI move (1921 scenario, 20 games per strength, every seat at that strength):');
for (const level of AI_LEVELS) {
  const t = moveTimes(level, 20);
  console.log(`  ${level.padEnd(10)} median ${ms(quantile(t, 0.5))}, 95th percentile ${ms(quantile(t, 0.95))}, slowest ${ms(Math.max(...t))} over ${t.length} moves`);
}
const games: number[] = [];
for (let seed = 1; seed <= 30; seed++) {
  const t0 = performance.now();
  machineGame(seed);
  games.push(performance.now() - t0);
}
console.log(`whole all-AI game through the machine (normal strength, 30 games): median ${ms(quantile(games, 0.5))}, slowest ${ms(Math.max(...games))}`);

// the record of a whole game: how large its save is, and how long folding it through the rules takes
const sizes: number[] = [];
const folds: number[] = [];
for (let seed = 1; seed <= 30; seed++) {
  const match = playAllAi(sc, seed, {}, hash);
  sizes.push(encodeSave(match).length);
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    if (!fold(sc, match.record).ok) throw new Error('a recorded game did not fold');
    folds.push(performance.now() - t0);
  }
}
console.log(`save of a whole 1921 game (30 games): median ${(quantile(sizes, 0.5) / 1024).toFixed(1)} KB, largest ${(Math.max(...sizes) / 1024).toFixed(1)} KB (target ≤ 20 KB)`);
console.log(`folding a whole game's record through the rules (30 games, 3 times each): median ${ms(quantile(folds, 0.5))}, slowest ${ms(Math.max(...folds))} (target median ≤ 50 ms)`);

// the largest scenario the limits allow: what "valid means playable" costs at its worst
const largest = parseScenario(largestScenario());
if (!largest.ok) throw new Error('the largest scenario does not validate');
const largestTimes: number[] = [];
for (let seed = 1; seed <= 3; seed++) {
  const t0 = performance.now();
  playAllAi(largest.scenario, seed, { wo: { kind: 'ai', level: 'hard' } });
  largestTimes.push(performance.now() - t0);
}
console.log(`largest scenario within the limits (3,000 delegates, 60 delegations, 4 seats, 400 events), one all-AI game: median ${(quantile(largestTimes, 0.5) / 1000).toFixed(1)} s, slowest ${(Math.max(...largestTimes) / 1000).toFixed(1)} s (3 games, one seat hard)`);

// balance: games a second on one thread (measured on fewer games, and said so) and on every core, then the
// whole 8,000 games of the 1921 scenario (--runs 1000: 8 settings) really played on every core
const threads = availableParallelism();
const settings = balanceSettings(sc);
const timed = async (play: () => unknown): Promise<number> => {
  const t0 = performance.now();
  await play();
  return (performance.now() - t0) / 1000;
};
const oneRuns = 20;
const one = await timed(() => balance(sc, 1, oneRuns));
console.log(`balance (1921 scenario), one thread: ${((oneRuns * settings) / one).toFixed(1)} games a second (${oneRuns * settings} games, --runs ${oneRuns})`);
const allRuns = 1000;
const all = await timed(() => balanceInThreads(sc, 1, allRuns, threads));
console.log(`balance (1921 scenario), ${threads} threads: ${((allRuns * settings) / all).toFixed(1)} games a second; ${(allRuns * settings).toLocaleString('en-GB')} games (--runs ${allRuns}) in ${Math.round(all)} s (target ≤ 120 s)`);

await browserBench((line) => console.log(line), JSON.stringify(largestScenario()));
