/**
 * Scenes for `npm run bench` only (opened with ?bench=empty or ?bench=reference): an empty Phaser scene,
 * and a reference scene that draws one full-screen image and nothing else, each on a canvas of the game's
 * own size (the container at the device's pixels). The hall's frame rate is measured against them on the
 * same machine and at the same size.
 */
import { AUTO, Game, Scale, Scene } from 'phaser';
import { canvasSize } from '../view/createView';

class EmptyScene extends Scene {
  constructor() {
    super('bench-empty');
  }
}

class ReferenceScene extends Scene {
  constructor() {
    super('bench-reference');
  }

  create(): void {
    const { width, height } = this.scale;
    const g = this.make.graphics({}, false);
    for (let y = 0; y < height; y += 8) {
      g.fillStyle(((y * 37) & 0xff) * 0x10101, 1);
      g.fillRect(0, y, width, 8);
    }
    g.generateTexture('bench-full-screen', width, height);
    this.add.image(0, 0, 'bench-full-screen').setOrigin(0, 0);
  }
}

export function createBenchGame(parent: HTMLElement, kind: 'empty' | 'reference'): Game {
  return new Game({
    type: AUTO,
    parent,
    backgroundColor: '#f3ead8',
    // the same canvas as the game's: the container's size at the device's pixels
    scale: { mode: Scale.FIT, autoCenter: Scale.CENTER_BOTH, ...canvasSize(parent) },
    audio: { noAudio: true },
    scene: [kind === 'empty' ? new EmptyScene() : new ReferenceScene()],
  });
}

declare global {
  interface Window {
    __BENCH__?: { ready: boolean; frames: number[]; steps: number[] };
  }
}

/** Frame counting for `npm run bench`: main-thread time from Phaser's prestep to postrender, per frame. */
export function instrument(game: Game): void {
  const bench = (window.__BENCH__ ??= { ready: false, frames: [], steps: [] });
  (window as unknown as { __BENCH_GAME__: Game }).__BENCH_GAME__ = game;
  let t0 = 0;
  game.events.on('prestep', () => (t0 = performance.now()));
  game.events.on('postrender', () => {
    const now = performance.now();
    bench.steps.push(now - t0);
    bench.frames.push(now);
  });
  window.__BENCH__ = bench;
}
