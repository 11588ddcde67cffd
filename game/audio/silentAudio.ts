/**
 * A silent AudioPort: plays nothing, records every cue (with its intensity) and the ambience wish,
 * and keeps mute and the two bus volumes in memory. Used in tests and whenever sound is disabled.
 * Must not import howler, Phaser or XState.
 */
import { DEFAULT_AUDIO_SETTINGS } from './AudioPort';
import type { AudioPort, AudioSettings, Cue } from './AudioPort';

/** One call to play(): the cue and its intensity, clamped to 0..1 (1 when none was given). */
export interface PlayedCue {
  cue: Cue;
  intensity: number;
}

export interface SilentAudio extends AudioPort {
  /** Every play() call, in order, whether or not unlock() was called. */
  readonly played: PlayedCue[];
  /** Whether unlock() has been called. */
  readonly unlocked: boolean;
  /** The last ambience() wish: whether the hall's loop would be running. */
  readonly ambienceOn: boolean;
}

const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));

export function createSilentAudio(initial: Partial<AudioSettings> = {}): SilentAudio {
  const current: AudioSettings = { ...DEFAULT_AUDIO_SETTINGS, ...initial };
  const played: PlayedCue[] = [];
  let unlocked = false;
  let ambienceOn = false;
  return {
    played,
    get unlocked() {
      return unlocked;
    },
    get ambienceOn() {
      return ambienceOn;
    },
    unlock() {
      unlocked = true;
    },
    play(cue, intensity = 1) {
      played.push({ cue, intensity: clamp01(Number.isFinite(intensity) ? intensity : 1) });
    },
    ambience(on) {
      ambienceOn = on;
    },
    setMuted(muted) {
      current.muted = muted;
    },
    setVolume(bus, volume) {
      if (Number.isFinite(volume)) current[bus] = clamp01(volume);
    },
    settings() {
      return { ...current };
    },
    status() {
      return { unlocked, context: 'none' };
    },
  };
}
