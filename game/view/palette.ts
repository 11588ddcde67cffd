/**
 * Colours of the period print look (paper, ink, red) as numbers for Phaser and strings for CSS.
 */
/** The period typeface (Old Standard TT, from npm), with fallbacks while it loads or if it cannot. */
export const FONT = '"Old Standard TT", Georgia, serif';

export const PAPER = 0xf3ead8;
export const INK = 0x1b1b1b;
export const RED = 0xb3261e;
export const GREY = 0x8a8378;
export const FAINT = 0xc9bfa8;

export function hex(colour: string): number {
  return Number.parseInt(colour.slice(1), 16);
}

/** Okabe–Ito colours, distinguishable with the common colour-vision deficiencies. */
const COLOUR_BLIND = ['#D55E00', '#0072B2', '#009E73', '#E69F00', '#CC79A7', '#56B4E9'];

/** A platform's colour under the chosen palette: the scenario's own, or the colour-blind safe set by order. */
export function platformColour(colour: string, index: number, palette: string): string {
  return palette === 'colour-blind' ? COLOUR_BLIND[index % COLOUR_BLIND.length]! : colour;
}
