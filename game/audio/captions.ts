/**
 * Captions for every sound cue, so players who cannot hear (or have muted) the hall still read it.
 * Owns the caption text only. Must not import howler, Phaser or XState.
 */
import type { Cue } from './AudioPort';

export const CAPTIONS: Record<Cue, string> = {
  gavel: "The chairman's gavel",
  murmur: 'Murmuring in the hall',
  applause: 'Applause',
  bell: "The chairman's bell",
  heckle: 'Heckling from the floor',
  footsteps: 'Footsteps: delegates leaving for the front',
};
