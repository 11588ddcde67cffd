/**
 * The game's sound through Howler — the only module in the game that may import 'howler'.
 * Owns: creating one Howl per cue after the first user gesture, and applying and remembering
 * the player's mute and volume. Nothing touches Howler (and so no AudioContext exists) before
 * unlock(). Every Howler call is guarded: a failure means silence, never an exception.
 * Must not import Phaser or XState.
 */
import { Howl, Howler } from 'howler';
import { z } from 'zod';
import { CUES, DEFAULT_AUDIO_SETTINGS } from './AudioPort';
import type { AudioPort, AudioSettings, Cue } from './AudioPort';

/** Where the player's sound settings are remembered. */
export const AUDIO_STORAGE_KEY = 'tenth-congress.audio';

const StoredSettings = z.object({ muted: z.boolean(), volume: z.number().min(0).max(1) });

export interface HowlerAudioOptions {
  /** Prefix of the game's static files, ending in '/'; cues load from `${baseUrl}audio/<cue>.wav`. */
  baseUrl: string;
  /** Where settings are remembered: localStorage when omitted, nowhere when null. */
  storage?: Storage | null;
}

/** Runs `fn`, turning any exception into `undefined`: broken audio must never break the game. */
function quietly<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch {
    return undefined;
  }
}

function defaultStorage(): Storage | null {
  return quietly(() => globalThis.localStorage) ?? null;
}

/** The remembered settings, or the defaults when there are none or they do not validate. */
function readSettings(storage: Storage | null): AudioSettings {
  const raw = storage ? quietly(() => storage.getItem(AUDIO_STORAGE_KEY)) : null;
  if (typeof raw !== 'string') return { ...DEFAULT_AUDIO_SETTINGS };
  const parsed = StoredSettings.safeParse(quietly(() => JSON.parse(raw) as unknown));
  return parsed.success ? { muted: parsed.data.muted, volume: parsed.data.volume } : { ...DEFAULT_AUDIO_SETTINGS };
}

function writeSettings(storage: Storage | null, settings: AudioSettings): void {
  if (storage) quietly(() => storage.setItem(AUDIO_STORAGE_KEY, JSON.stringify(settings)));
}

export function createHowlerAudio(options: HowlerAudioOptions): AudioPort {
  const storage = options.storage === undefined ? defaultStorage() : options.storage;
  let current = readSettings(storage);
  /** null until unlock(); afterwards the Howls that could be built. */
  let howls: Partial<Record<Cue, Howl>> | null = null;
  /** Cues whose file could not be loaded or decoded; they stay silent. */
  const failed = new Set<Cue>();

  const applyVolume = (): void => void quietly(() => Howler.volume(current.volume));
  const applyMute = (): void => void quietly(() => Howler.mute(current.muted));

  const remember = (next: AudioSettings): void => {
    current = next;
    writeSettings(storage, current);
  };

  return {
    unlock() {
      if (howls) return;
      const built: Partial<Record<Cue, Howl>> = {};
      howls = built;
      for (const cue of CUES) {
        const howl = quietly(
          () =>
            new Howl({
              src: [`${options.baseUrl}audio/${cue}.wav`],
              preload: true,
              onloaderror: () => failed.add(cue),
              onplayerror: () => undefined,
            }),
        );
        if (howl) built[cue] = howl;
        else failed.add(cue);
      }
      applyVolume();
      applyMute();
    },

    play(cue) {
      if (!howls || current.muted || failed.has(cue)) return;
      const howl = howls[cue];
      if (howl) quietly(() => howl.play());
    },

    setMuted(muted) {
      remember({ ...current, muted });
      if (howls) applyMute();
    },

    setVolume(volume) {
      if (!Number.isFinite(volume)) return;
      remember({ ...current, volume: Math.min(1, Math.max(0, volume)) });
      if (howls) applyVolume();
    },

    settings() {
      return { ...current };
    },

    status() {
      const context = howls ? quietly(() => Howler.ctx?.state) : undefined;
      return { unlocked: howls !== null, context: context ?? 'none' };
    },
  };
}
