/**
 * The game's only view of sound. The machine emits cues by name; the host passes them here.
 * Implementations must never throw: a broken or missing audio device means silence, not a broken game.
 * Must not import Phaser or XState.
 */

/** Every sound the game can ask for. Each has a caption in captions.ts. */
export type Cue = 'gavel' | 'murmur' | 'applause' | 'bell';

export const CUES: readonly Cue[] = ['gavel', 'murmur', 'applause', 'bell'];

export interface AudioSettings {
  muted: boolean;
  /** 0..1 */
  volume: number;
}

export interface AudioStatus {
  unlocked: boolean; // true once the first user gesture has reached unlock()
  context: string; // the audio engine's state: 'running', 'suspended', 'closed', or 'none' when there is none
}

export const DEFAULT_AUDIO_SETTINGS: Readonly<AudioSettings> = { muted: false, volume: 0.8 };

export interface AudioPort {
  /** Call from a user gesture handler; before this, no AudioContext is created and nothing plays. */
  unlock(): void;
  play(cue: Cue): void;
  setMuted(muted: boolean): void;
  setVolume(volume: number): void;
  settings(): AudioSettings;
  /** For the settings screen and the browser tests. */
  status(): AudioStatus;
}
