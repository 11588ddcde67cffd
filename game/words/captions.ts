/**
 * Captions for every sound cue, so players who cannot hear (or have muted) the hall still read it. Where
 * a sound belongs to one meeting (delegates leaving for the front in 1921), the scenario gives the words.
 */
import type { Cue } from '../audio/AudioPort';
import type { Scenario } from '../content/schema';
import { destinationOf } from './narrate';

export function captionOf(sc: Scenario, cue: Cue): string {
  switch (cue) {
    case 'gavel': return "The chairman's gavel";
    case 'murmur': return 'Murmuring in the hall';
    case 'applause': return 'Applause';
    case 'bell': return "The chairman's bell";
    case 'heckle': return 'Heckling from the floor';
    case 'footsteps': return `Footsteps: delegates leaving for ${destinationOf(sc)}`;
  }
}
