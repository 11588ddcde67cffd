/**
 * Builds the Phaser game for the hall and routes the session's screens to scenes: the title, the setup,
 * the hall (a match being played or replayed), the result once a match is over, and the notice for a save
 * that could not be opened. Boot comes first. Phaser's own audio is off: sound belongs to the Howler adapter.
 */
import { AUTO, Game, Scale, WEBGL } from 'phaser';
import { BootScene } from './scenes/BootScene';
import { HallScene } from './scenes/HallScene';
import { NoticeScene } from './scenes/NoticeScene';
import { ResultScene } from './scenes/ResultScene';
import { SetupScene } from './scenes/SetupScene';
import { TitleScene } from './scenes/TitleScene';
import type { Screen } from './screen';
import type { ViewContext } from './ViewContext';

function sceneFor(screen: Screen): string {
  switch (screen.mode) {
    case 'title': return 'title';
    case 'setup': return 'setup';
    case 'problem': return 'notice';
    case 'replay': return 'hall';
    case 'playing': return screen.view?.phase === 'outcome' ? 'result' : 'hall';
  }
}

export function createView(parent: HTMLElement, ctx: ViewContext): { game: Game; isWebGL(): boolean } {
  let booted = false;
  let current = 'boot';
  const show = () => {
    const key = sceneFor(ctx.screen());
    if (!booted || key === current) return;
    game.scene.stop(current);
    game.scene.start(key);
    current = key;
  };
  const boot = new BootScene(ctx, () => {
    booted = true;
    show();
  });
  const game = new Game({
    type: AUTO,
    parent,
    backgroundColor: '#f3ead8',
    scale: { mode: Scale.FIT, autoCenter: Scale.CENTER_BOTH, width: 1280, height: 720 },
    audio: { noAudio: true },
    scene: [boot, new TitleScene(ctx), new SetupScene(ctx), new HallScene(ctx), new ResultScene(ctx), new NoticeScene(ctx)],
  });
  ctx.actor.subscribe({ next: show, error: () => undefined });
  return { game, isWebGL: () => game.renderer?.type === WEBGL };
}
