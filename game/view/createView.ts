/**
 * Builds the Phaser game for the hall and routes the machine's states to scenes: setup -> setup scene,
 * selection and congress -> hall, outcome -> result. The title is shown first, before any machine state
 * matters. Phaser's own audio is off: sound belongs to the Howler adapter.
 */
import { AUTO, Game, Scale, WEBGL } from 'phaser';
import { BootScene } from './scenes/BootScene';
import { HallScene } from './scenes/HallScene';
import { ResultScene } from './scenes/ResultScene';
import { SetupScene } from './scenes/SetupScene';
import { TitleScene } from './scenes/TitleScene';
import type { ViewContext } from './ViewContext';

export type ViewRoot = Omit<ViewContext, 'leaveTitle'>;

function sceneFor(value: unknown): string {
  if (value === 'setup') return 'setup';
  if (value === 'outcome') return 'result';
  return 'hall';
}

export function createView(parent: HTMLElement, root: ViewRoot): { game: Game; isWebGL(): boolean } {
  let titleDone = false;
  let current = 'title'; // routing starts only once the player leaves the title
  const show = (key: string) => {
    if (key === current) return;
    game.scene.stop(current);
    game.scene.start(key);
    current = key;
  };
  const ctx: ViewContext = {
    ...root,
    leaveTitle: () => {
      titleDone = true;
      show(sceneFor(root.actor.getSnapshot().value));
    },
  };
  const game = new Game({
    type: AUTO,
    parent,
    backgroundColor: '#f3ead8',
    scale: { mode: Scale.FIT, autoCenter: Scale.CENTER_BOTH, width: 1280, height: 720 },
    audio: { noAudio: true },
    scene: [new BootScene(ctx), new TitleScene(ctx), new SetupScene(ctx), new HallScene(ctx), new ResultScene(ctx)],
  });
  root.actor.subscribe({
    next: (snap) => {
      if (titleDone) show(sceneFor(snap.value));
    },
    error: () => undefined,
  });
  return { game, isWebGL: () => game.renderer?.type === WEBGL };
}
