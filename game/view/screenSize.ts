/**
 * The canvas at the screen's own resolution: its size in device pixels (CSS size times the device pixel
 * ratio, up to 3840×2160), the size of the hall's labels the page asks for (at least 14 CSS px, growing
 * with the text size and with projector mode), and the fitting of the scenes drawn on a 1280×720 design
 * (title, setup, result, notices) to whatever size the canvas has, their text rendered at that scale.
 */
import { GameObjects, type Scene } from 'phaser';

/** The design size of the title, setup, result and notice scenes. */
export const DESIGN = { width: 1280, height: 720 } as const;
const MAX = { width: 3840, height: 2160 };

/** The device pixel ratio for a canvas of this CSS size, lowered where it would pass 4K. */
export function pixelRatio(width: number, height: number): number {
  const dpr = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
  return Math.max(0.25, Math.min(dpr, MAX.width / Math.max(1, width), MAX.height / Math.max(1, height)));
}

/**
 * The hall's label size in CSS px: the page's body text at 7/8 (14 px at the default 16 px, 28 px with the
 * text at 200%), and in projector mode at least 1/40 of the window's height.
 */
export function labelFont(): number {
  const root = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  const projector = document.documentElement.dataset.projector === 'true';
  return Math.max(14, root * 0.875, projector ? window.innerHeight / 40 : 0);
}

/** Fits a 1280×720 design scene to the canvas: the camera zooms, text is rendered at the zoom (crisp), and again on every resize. */
export function fitDesign(scene: Scene): void {
  const fit = () => {
    const { width, height } = scene.scale;
    const zoom = Math.min(width / DESIGN.width, height / DESIGN.height);
    const camera = scene.cameras.main;
    camera.setZoom(zoom);
    camera.centerOn(DESIGN.width / 2, DESIGN.height / 2);
    for (const child of scene.children.list) if (child instanceof GameObjects.Text) child.setResolution(Math.max(1, zoom));
  };
  fit();
  const crisp = (child: unknown) => {
    if (child instanceof GameObjects.Text) child.setResolution(Math.max(1, scene.cameras.main.zoom));
  };
  scene.events.on('addedtoscene', crisp);
  scene.scale.on('resize', fit);
  scene.events.once('shutdown', () => {
    scene.scale.off('resize', fit);
    scene.events.off('addedtoscene', crisp);
  });
}
