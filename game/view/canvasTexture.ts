/**
 * A texture painted with the 2D canvas API, without Phaser's CanvasTexture: that class reads every pixel
 * back when it is made (getImageData, for pixel lookups this game never does), which for the title page on
 * a software renderer was a third of a second of blocked page. Here the canvas is the texture's source and
 * `refresh` uploads it again after a repaint. The canvases are painted by the CPU (`paintingCanvas`): on
 * the school laptop without a graphics card the browser's accelerated canvas is itself software WebGL, and
 * the hall drawn from one ran about a tenth slower, at rest and while the debate plays, than from a CPU one.
 */
import type { GameObjects, Scene, Textures, Time } from 'phaser';

export interface PaintedTexture {
  key: string;
  canvas: HTMLCanvasElement;
  /** Uploads the canvas again (after it was painted). */
  refresh(): void;
}

/** A canvas of `width`×`height` pixels whose 2D context the CPU paints (asked for before anyone else asks). */
export function paintingCanvas(width = 300, height = 150): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  canvas.getContext('2d', { willReadFrequently: true });
  return canvas;
}

/** Adds `canvas` to the scene's textures under `key` (a key already in use is replaced). */
export function addPainted(textures: Textures.TextureManager, key: string, canvas: HTMLCanvasElement): PaintedTexture {
  if (textures.exists(key)) textures.remove(key);
  const texture = textures.create(key, canvas, canvas.width, canvas.height);
  if (!texture) throw new Error(`the texture "${key}" could not be made`);
  texture.add('__BASE', 0, 0, 0, canvas.width, canvas.height);
  return { key, canvas, refresh: () => texture.source[0]!.update() };
}

let painted = 0;

/**
 * An image of a canvas painting at (x, y), `w`×`h` in the scene's design units, painted at the camera's
 * zoom so it is sharp at the canvas's own pixels, and painted again at the new zoom once a resize has
 * settled (a window dragged wider repaints once, not at every step). Its textures go with the scene.
 */
export function paintedImage(scene: Scene, name: string, x: number, y: number, w: number, h: number, paint: (canvas: HTMLCanvasElement, scale: number) => void): GameObjects.Image {
  const make = (): string => {
    const canvas = paintingCanvas();
    paint(canvas, Math.max(1, scene.cameras.main.zoom));
    return addPainted(scene.textures, `${name}-${painted++}`, canvas).key;
  };
  let key = make();
  const image = scene.add.image(x, y, key).setOrigin(0, 0).setDisplaySize(w, h);
  let timer: Time.TimerEvent | null = null;
  const repaint = () => {
    timer?.remove();
    timer = scene.time.delayedCall(200, () => {
      const old = key;
      key = make();
      image.setTexture(key).setDisplaySize(w, h);
      scene.textures.remove(old);
    });
  };
  scene.scale.on('resize', repaint);
  scene.events.once('shutdown', () => {
    scene.scale.off('resize', repaint);
    timer?.remove();
    if (scene.textures.exists(key)) scene.textures.remove(key);
  });
  return image;
}
