/**
 * `npm run bench`: prints how long the computer takes to choose a move (median and 95th percentile, for
 * each strength) and how long a whole all-computer game takes, with the machine it ran on; then the
 * browser figures (benchBrowser.ts): frame rate against a reference scene, frame time, download size,
 * time to the title. Figures are
 * printed, never asserted: tests check behaviour, this checks speed.
 */
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chooseAction } from '../ai/policy';
import { parseScenarioText } from '../content/parse';
import { playAllAi } from '../machine/runHeadless';
import { apply } from '../rules/apply';
import { newGame, nextItem, seatToAct } from '../rules/setup';
import { AI_LEVELS, type Action, type AiLevel } from '../rules/types';
import { browserBench } from './benchBrowser';

const file = fileURLToPath(new URL('../../scenarios/1921-tenth-congress.json', import.meta.url));
const parsed = parseScenarioText(readFileSync(file, 'utf8'));
if (!parsed.ok) throw new Error('the 1921 scenario does not validate');
const sc = parsed.scenario;

function quantile(xs: number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

/** Times every AI move of `games` games with every seat at `level`. */
function moveTimes(level: AiLevel, games: number): number[] {
  const times: number[] = [];
  for (let seed = 1; seed <= games; seed++) {
    let state = newGame(sc, { seed, controllers: Object.fromEntries(sc.platforms.filter((p) => p.playable).map((p) => [p.id, { kind: 'ai', level }])) });
    while (state.phase !== 'outcome') {
      const seat = seatToAct(sc, state);
      let action: Action;
      if (seat) {
        const t0 = performance.now();
        action = chooseAction(sc, state, seat.id, level)!.action;
        times.push(performance.now() - t0);
      } else {
        action = state.phase === 'discussion' ? { type: 'elect' } : state.phase === 'elected' ? { type: 'open' } : nextItem(sc, state) ? { type: 'vote' } : { type: 'conclude' };
      }
      const r = apply(sc, state, action);
      if (!r.ok) throw new Error(r.reason);
      state = r.state;
    }
  }
  return times;
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
  playAllAi(sc, seed);
  games.push(performance.now() - t0);
}
console.log(`whole all-AI game through the machine (normal strength, 30 games): median ${ms(quantile(games, 0.5))}, slowest ${ms(Math.max(...games))}`);

await browserBench((line) => console.log(line));
