/**
 * Colours of the period print look (paper, ink, red) as numbers for Phaser and strings for CSS.
 */
export const PAPER = 0xf3ead8;
export const INK = 0x1b1b1b;
export const RED = 0xb3261e;
export const GREY = 0x8a8378;
export const FAINT = 0xc9bfa8;

export function hex(colour: string): number {
  return Number.parseInt(colour.slice(1), 16);
}
