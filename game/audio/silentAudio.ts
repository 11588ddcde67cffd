/**
 * A silent AudioPort: plays nothing, records every cue asked for, and keeps mute/volume in memory.
 * Used in tests and whenever sound is disabled. Must not import howler, Phaser or XState.
 */
import { DEFAULT_AUDIO_SETTINGS, type AudioPort, type AudioSettings, type Cue } from './AudioPort';

export interface SilentAudio extends AudioPort {
  /** Every cue passed to play(), in order, whether or not unlock() was called. */
  readonly played: Cue[];
  /** Whether unlock() has been called. */
  readonly unlocked: boolean;
}

export function createSilentAudio(initial: Partial<AudioSettings> = {}): SilentAudio {
  const current: AudioSettings = { ...DEFAULT_AUDIO_SETTINGS, ...initial };
  const played: Cue[] = [];
  let unlocked = false;
  return {
    played,
    get unlocked() {
      return unlocked;
    },
    unlock() {
      unlocked = true;
    },
    play(cue) {
      played.push(cue);
    },
    setMuted(muted) {
      current.muted = muted;
    },
    setVolume(volume) {
      if (Number.isFinite(volume)) current.volume = Math.min(1, Math.max(0, volume));
    },
    settings() {
      return { ...current };
    },
    status() {
      return { unlocked, context: 'none' };
    },
  };
}
