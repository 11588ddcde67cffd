/**
 * The game's sound through Howler — the only module in the game that may import 'howler'.
 * Owns: after the first user gesture, one Howl for the effects sprite (assets/audio/effects.wav, laid
 * out by spriteMap.ts) and one looping Howl for the hall's ambience; the two volume buses; and applying
 * and remembering the player's mute and volumes. Nothing touches Howler (and so no AudioContext exists)
 * before unlock(). Every Howler call is guarded: a failure means silence, never an exception.
 * Howler itself is not part of the first download: its chunk is fetched as soon as the audio is created
 * (while the title comes up), and unlock() builds the sounds at once if it has arrived, or the moment it
 * does (then Howler resumes its AudioContext on the next gesture, as it does whenever a browser starts
 * one suspended).
 * Must not import Phaser or XState.
 */
import '../content/zodConfig';
import type * as HowlerModule from 'howler';
import { z } from 'zod';
import { DEFAULT_AUDIO_SETTINGS } from './AudioPort';
import type { AudioPort, AudioSettings, Bus, Cue } from './AudioPort';
import { SPRITE } from './spriteMap';

/** Where the player's sound settings are remembered. */
export const AUDIO_STORAGE_KEY = 'tenth-congress.audio';

const level = z.number().min(0).max(1);
/** The current record, or the earlier one with a single volume (kept as the effects volume). */
const StoredSettings = z.union([
  z.object({ muted: z.boolean(), effects: level, ambience: level }),
  z
    .object({ muted: z.boolean(), volume: level })
    .transform((old) => ({ muted: old.muted, effects: old.volume, ambience: DEFAULT_AUDIO_SETTINGS.ambience })),
]);

/** What the game uses of Howler. */
export type HowlerApi = Pick<typeof HowlerModule, 'Howl' | 'Howler'>;

export interface HowlerAudioOptions {
  /** Prefix of the game's static files, ending in '/'; sounds load from `${baseUrl}audio/`. */
  baseUrl: string;
  /** Where settings are remembered: localStorage when omitted, nowhere when null. */
  storage?: Storage | null;
  /** Howler, or how to fetch it: its own chunk when omitted. Null when it could not be fetched (then silence). */
  howler?: HowlerApi | (() => Promise<HowlerApi | null>);
}

/** Howler's chunk, fetched once. */
const fetchHowler = (): Promise<HowlerApi | null> => import('howler').then((m) => ({ Howl: m.Howl, Howler: m.Howler }), () => null);

/** Runs `fn`, turning any exception into `undefined`: broken audio must never break the game. */
function quietly<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch {
    return undefined;
  }
}

const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));

function defaultStorage(): Storage | null {
  return quietly(() => globalThis.localStorage) ?? null;
}

/** The remembered settings, or the defaults when there are none or they do not validate. */
function readSettings(storage: Storage | null): AudioSettings {
  const raw = storage ? quietly(() => storage.getItem(AUDIO_STORAGE_KEY)) : null;
  if (typeof raw !== 'string') return { ...DEFAULT_AUDIO_SETTINGS };
  const parsed = StoredSettings.safeParse(quietly(() => JSON.parse(raw) as unknown));
  if (!parsed.success) return { ...DEFAULT_AUDIO_SETTINGS };
  const { muted, effects, ambience } = parsed.data;
  return { muted, effects, ambience };
}

function writeSettings(storage: Storage | null, settings: AudioSettings): void {
  if (storage) quietly(() => storage.setItem(AUDIO_STORAGE_KEY, JSON.stringify(settings)));
}

/** What exists after unlock(): the Howls that could be built, and whether their files failed to load. */
interface Engine {
  effects: HowlerModule.Howl | undefined;
  ambience: HowlerModule.Howl | undefined;
  effectsFailed: boolean;
  ambienceFailed: boolean;
}

export function createHowlerAudio(options: HowlerAudioOptions): AudioPort {
  const storage = options.storage === undefined ? defaultStorage() : options.storage;
  let current = readSettings(storage);
  /** Howler once it is here (fetching it creates no AudioContext); null until then. */
  let api: HowlerApi | null = typeof options.howler === 'object' ? options.howler : null;
  /** Whether unlock() was asked for before Howler arrived. */
  let unlockWanted = false;
  if (!api) {
    const fetching = typeof options.howler === 'function' ? options.howler : fetchHowler;
    void fetching().then(
      (arrived) => {
        api = arrived;
        if (api && unlockWanted) build(api);
      },
      () => undefined,
    );
  }
  /** null until unlock(). */
  let engine: Engine | null = null;
  /** Whether the game wants the ambience loop; asked before unlock(), it starts at unlock(). */
  let wantAmbience = false;
  /** The running loop's sound id, or null when it is not playing. */
  let ambienceId: number | null = null;

  const remember = (next: AudioSettings): void => {
    current = next;
    writeSettings(storage, current);
  };

  const applyMute = (): void => void quietly(() => api?.Howler.mute(current.muted));

  /** Starts the loop once, or stops it, to match the wish. */
  const applyAmbience = (): void => {
    const howl = engine?.ambience;
    if (!howl || engine?.ambienceFailed) return;
    if (wantAmbience && ambienceId === null) {
      quietly(() => howl.volume(current.ambience));
      const id = quietly(() => howl.play());
      ambienceId = typeof id === 'number' ? id : null;
    } else if (!wantAmbience && ambienceId !== null) {
      quietly(() => howl.stop());
      ambienceId = null;
    }
  };

  /** Builds the two Howls (once). */
  function build({ Howl }: HowlerApi): void {
    if (engine) return;
    const built: Engine = { effects: undefined, ambience: undefined, effectsFailed: false, ambienceFailed: false };
    engine = built;
    built.effects = quietly(
      () =>
        new Howl({
          src: [`${options.baseUrl}audio/effects.wav`],
          sprite: SPRITE,
          preload: true,
          onloaderror: () => {
            built.effectsFailed = true;
          },
          onplayerror: () => undefined,
        }),
    );
    built.ambience = quietly(
      () =>
        new Howl({
          src: [`${options.baseUrl}audio/ambience.wav`],
          loop: true,
          volume: current.ambience,
          preload: true,
          onloaderror: () => {
            built.ambienceFailed = true;
          },
          onplayerror: () => undefined,
        }),
    );
    applyMute();
    applyAmbience();
  }

  return {
    unlock() {
      unlockWanted = true;
      if (api) build(api);
    },

    play(cue: Cue, intensity = 1) {
      const howl = engine?.effects;
      if (!howl || engine?.effectsFailed || current.muted) return;
      const volume = current.effects * clamp01(Number.isFinite(intensity) ? intensity : 1);
      if (volume <= 0) return; // nothing to hear: keep the voice free
      quietly(() => {
        const id = howl.play(cue);
        if (typeof id === 'number') howl.volume(volume, id);
      });
    },

    ambience(on) {
      wantAmbience = on;
      applyAmbience();
    },

    setMuted(muted) {
      remember({ ...current, muted });
      if (engine) applyMute();
    },

    setVolume(bus: Bus, volume: number) {
      if (!Number.isFinite(volume)) return;
      remember({ ...current, [bus]: clamp01(volume) });
      const howl = engine?.ambience;
      if (bus === 'ambience' && howl) quietly(() => howl.volume(current.ambience));
    },

    settings() {
      return { ...current };
    },

    status() {
      const context = engine ? quietly(() => api?.Howler.ctx?.state) : undefined;
      return { unlocked: engine !== null, context: context ?? 'none' };
    },
  };
}
