/**
 * The game's only view of sound. The machine emits cues by name (with an intensity where the hall's
 * answer has a size); the host passes them here. Two buses with their own volumes: effects (gavel, bell,
 * applause, murmurs, heckles, footsteps) and the hall's ambience (a murmur loop under the debate).
 * Implementations must never throw: a broken or missing audio device means silence, not a broken game.
 * Must not import Phaser or XState.
 */

/** Every sound effect the game can ask for. Each has a caption (game/words/captions.ts). */
export type Cue = 'gavel' | 'murmur' | 'applause' | 'bell' | 'heckle' | 'footsteps';

export const CUES: readonly Cue[] = ['gavel', 'murmur', 'applause', 'bell', 'heckle', 'footsteps'];

/** The files the game loads, under assets/audio/: one sprite of every effect, one ambience loop. */
export const AUDIO_FILES = ['effects.wav', 'ambience.wav'] as const;

export type Bus = 'effects' | 'ambience';

export interface AudioSettings {
  muted: boolean;
  effects: number; // 0..1
  ambience: number; // 0..1
}

export interface AudioStatus {
  unlocked: boolean; // true once the first user gesture has reached unlock()
  context: string; // the audio engine's state: 'running', 'suspended', 'closed', or 'none' when there is none
}

export const DEFAULT_AUDIO_SETTINGS: Readonly<AudioSettings> = { muted: false, effects: 0.8, ambience: 0.4 };

export interface AudioPort {
  /** Call from a user gesture handler; before this, no AudioContext is created and nothing plays. */
  unlock(): void;
  /** Plays an effect; `intensity` (0..1, default 1) scales its volume, so applause follows support. */
  play(cue: Cue, intensity?: number): void;
  /** Starts or stops the hall's ambience loop. */
  ambience(on: boolean): void;
  setMuted(muted: boolean): void;
  setVolume(bus: Bus, volume: number): void;
  settings(): AudioSettings;
  /** For the settings screen and the browser tests. */
  status(): AudioStatus;
}
