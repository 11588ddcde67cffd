/**
 * Builds the Phaser game for the hall and routes the session's screens to scenes: the title, the setup,
 * the hall (a match being played or replayed), the result once a match is over, and the notice for a save
 * that could not be opened. Boot comes first; the scenes the title does not need are fetched once it is up.
 * Phaser's own audio is off: sound belongs to the Howler adapter.
 */
import { AUTO, Game, Scale, WEBGL, type Scene } from 'phaser';
import { BootScene } from './scenes/BootScene';
import { TitleScene } from './scenes/TitleScene';
import type { Screen } from './screen';
import type { ViewContext } from './ViewContext';
import { pixelRatio } from './screenSize';
import { button, el } from './dom';

/**
 * Scenes not needed for the title, fetched after it is up (or when first shown, if that comes sooner), to
 * keep the first download small: the setup, the hall, the result, the notice for a damaged save.
 */
const LATER: Record<string, (ctx: ViewContext) => Promise<Scene>> = {
  setup: (ctx) => import('./scenes/SetupScene').then((m) => new m.SetupScene(ctx)),
  hall: (ctx) => import('./scenes/HallScene').then((m) => new m.HallScene(ctx)),
  result: (ctx) => import('./scenes/ResultScene').then((m) => new m.ResultScene(ctx)),
  notice: (ctx) => import('./scenes/NoticeScene').then((m) => new m.NoticeScene(ctx)),
};

function sceneFor(screen: Screen): string {
  switch (screen.mode) {
    case 'title': return 'title';
    case 'setup': return 'setup';
    case 'problem': return 'notice';
    case 'replay': return 'hall';
    case 'playing': return screen.view?.phase === 'outcome' ? 'result' : 'hall';
  }
}

/** The canvas's size in device pixels: its box in the page times the pixel ratio. */
export function canvasSize(parent: HTMLElement): { width: number; height: number } {
  const box = parent.getBoundingClientRect();
  const css = { width: Math.max(320, Math.floor(box.width)), height: Math.max(180, Math.floor(box.height)) };
  const dpr = pixelRatio(css.width, css.height);
  return { width: Math.round(css.width * dpr), height: Math.round(css.height * dpr) };
}

/**
 * A Phaser game on the period paper that fills `parent` and follows its size: the canvas has the container's
 * shape at the device's resolution, so FIT shows it pixel for pixel. No Phaser audio.
 */
export function paperGame(parent: HTMLElement, scenes: Scene[]): Game {
  const game = new Game({
    type: AUTO,
    parent,
    backgroundColor: '#f3ead8',
    scale: { mode: Scale.FIT, autoCenter: Scale.CENTER_BOTH, ...canvasSize(parent) },
    audio: { noAudio: true },
    scene: scenes,
  });
  new ResizeObserver(() => {
    const next = canvasSize(parent);
    if (Math.abs(next.width - game.scale.width) > 1 || Math.abs(next.height - game.scale.height) > 1) game.scale.setGameSize(next.width, next.height);
  }).observe(parent);
  return game;
}

export function createView(parent: HTMLElement, ctx: ViewContext): { game: Game; isWebGL(): boolean } {
  let booted = false;
  let current = 'boot';
  const fetched = new Map<string, Promise<void>>();
  const fetchScene = (key: string): Promise<void> => {
    let done = fetched.get(key);
    if (!done) {
      done = LATER[key]!(ctx).then((scene) => void (game.scene.getScene(key) ?? game.scene.add(key, scene, false)));
      done.catch(() => fetched.delete(key)); // a fetch that failed is tried again the next time
      fetched.set(key, done);
    }
    return done;
  };
  const show = () => {
    const key = sceneFor(ctx.screen());
    if (!booted || key === current) return;
    if (LATER[key] && !game.scene.getScene(key)) {
      fetchScene(key).then(show, (error: unknown) => {
        if (sceneFor(ctx.screen()) !== key) return;
        // the network or the server: the game itself is kept, and a reload brings this screen back
        const panel = ctx.panel('This screen could not be loaded');
        panel.append(el('p', { role: 'alert' }, `The browser said: ${(error as Error).message}. The game is kept in this browser.`), button('Reload the page', () => location.reload(), { class: 'primary' }));
      });
      return;
    }
    game.scene.stop(current);
    game.scene.start(key);
    current = key;
  };
  const boot = new BootScene(ctx, () => {
    booted = true;
    show();
    // the other scenes, once the first screen is up
    setTimeout(() => Object.keys(LATER).forEach((key) => void fetchScene(key).catch(() => undefined)), 0);
  });
  const game = paperGame(parent, [boot, new TitleScene(ctx)]);
  ctx.actor.subscribe({ next: show, error: () => undefined });
  // the text size and projector mode change the hall's labels without changing the canvas's size
  new MutationObserver(() => game.scale.emit('resize', game.scale.gameSize, game.scale.baseSize, game.scale.displaySize)).observe(document.documentElement, { attributes: true, attributeFilter: ['data-projector', 'style'] });
  return { game, isWebGL: () => game.renderer?.type === WEBGL };
}
