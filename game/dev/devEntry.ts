/**
 * The development and test entry, loaded only by a test build (`vite build --mode test`, which the browser
 * tests and `npm run bench` use): the window hook the browser tests read, and the benchmark modes
 * (?bench=empty, ?bench=reference, ?bench=hall). The shipped build has none of this: main.ts loads it
 * behind `import.meta.env.MODE === 'test'`, which the production build removes (tests/unit/shipped.test.ts).
 */
import type { AudioPort } from '../audio/AudioPort';
import { dueOf } from '../rules/flow';
import type { ViewContext } from '../view/ViewContext';
import { createBenchGame, instrument } from './benchScenes';
import { mountTestHook } from './testHook';

type View = { game: Parameters<typeof instrument>[0]; isWebGL(): boolean };

/** ?bench=empty or ?bench=reference: a bare Phaser scene instead of the game. True when one was started. */
export async function startBenchScene(kind: string | null, container: HTMLElement): Promise<boolean> {
  if (kind !== 'empty' && kind !== 'reference') return false;
  const game = createBenchGame(container, kind);
  instrument(game);
  game.events.once('ready', () => ((window.__BENCH__ ??= { ready: false, frames: [], steps: [] }).ready = true));
  return true;
}

export function mountDevTools(ctx: ViewContext, view: View, audio: AudioPort, bench: string | null): void {
  if (new URLSearchParams(location.search).get('testhook') === '1') {
    const hook = mountTestHook(ctx, view.isWebGL, audio, () => view.game.scene.getScenes(true).map((s) => s.sys.settings.key));
    // this entry loads after the game was created: it may already be running
    if (view.game.isRunning) hook.ready = true;
    else view.game.events.once('ready', () => (hook.ready = true));
  }
  if (bench === 'hall') {
    instrument(view.game);
    benchHall(ctx);
  }
}

/** ?bench=hall: every seat to the computer, played at once to the debate, and the hall shown. */
function benchHall(ctx: ViewContext): void {
  const { actor, scenario } = ctx;
  actor.send({ type: 'session.title' });
  actor.send({ type: 'session.setup' });
  actor.send({ type: 'setup.start' });
  for (let i = 0; i < 500 && actor.getSnapshot().context.match?.state.phase !== 'debate'; i++) {
    const match = actor.getSnapshot().context.match!;
    const due = dueOf(scenario, match.state);
    if (due.kind === 'proceed') actor.send({ type: 'match.command', command: due.command, by: 'facilitator' });
    else actor.send({ type: 'ai.step' });
  }
  const ready = setInterval(() => {
    if (ctx.report.scene === 'hall' && ctx.report.hallDelegates > 0) {
      clearInterval(ready);
      (window.__BENCH__ ??= { ready: false, frames: [], steps: [] }).ready = true;
    }
  }, 50);
}
