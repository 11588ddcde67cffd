// @vitest-environment jsdom
/**
 * The game's sound: nothing starts before the first gesture, Howler failures mean silence,
 * the player's mute/volume survive a reload, and the committed WAV files are exactly what
 * the synthesis script renders. Under jsdom Howler finds no codec, so every load fails for real.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Howl, Howler } from 'howler';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CUES } from '../../game/audio/AudioPort';
import type { Cue } from '../../game/audio/AudioPort';
import { CAPTIONS } from '../../game/audio/captions';
import { AUDIO_STORAGE_KEY, createHowlerAudio } from '../../game/audio/howlerAudio';
import { createSilentAudio } from '../../game/audio/silentAudio';
import { SAMPLE_RATE, encodeWav, renderAll } from '../../game/tools/makeSounds';

const AUDIO_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../assets/audio');
const DEFAULTS = { muted: false, volume: 0.8 };

function memoryStorage(initial: Record<string, string> = {}): Storage {
  const data = new Map(Object.entries(initial));
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (key) => data.get(key) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (key) => void data.delete(key),
    setItem: (key, value) => void data.set(key, String(value)),
  };
}

const howlCount = (): number => (Howler as unknown as { _howls: Howl[] })._howls.length;
const newestHowls = (n: number): Howl[] => (Howler as unknown as { _howls: Howl[] })._howls.slice(-n);

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('howler audio', () => {
  // Must run first: Howler tries to build its AudioContext only once per page.
  it('touches nothing before unlock, and the AudioContext is first sought on unlock', () => {
    let contexts = 0;
    vi.stubGlobal(
      'AudioContext',
      class {
        constructor() {
          contexts++;
          throw new Error('no audio device');
        }
      },
    );
    const volume = vi.spyOn(Howler, 'volume');
    const mute = vi.spyOn(Howler, 'mute');
    const before = howlCount();
    const audio = createHowlerAudio({ baseUrl: '/', storage: memoryStorage() });
    audio.setVolume(0.3);
    audio.setMuted(true);
    audio.setMuted(false);
    for (const cue of CUES) audio.play(cue);
    expect(howlCount()).toBe(before);
    expect(volume).not.toHaveBeenCalled();
    expect(mute).not.toHaveBeenCalled();
    expect(contexts).toBe(0);

    audio.unlock();
    expect(contexts).toBe(1);
    expect(howlCount()).toBe(before + CUES.length);
    expect(volume).toHaveBeenCalledWith(0.3);
  });

  it('after unlock, plays every cue without throwing although every load fails', async () => {
    expect(Howler.codecs('wav')).toBe(false); // jsdom: no codec, so each Howl emits loaderror
    const storage = memoryStorage({ [AUDIO_STORAGE_KEY]: JSON.stringify({ muted: true, volume: 0.25 }) });
    const volume = vi.spyOn(Howler, 'volume');
    const mute = vi.spyOn(Howler, 'mute');
    const play = vi.spyOn(Howl.prototype, 'play');
    const audio = createHowlerAudio({ baseUrl: './', storage });
    audio.unlock();
    audio.unlock(); // a second gesture builds nothing more
    const howls = newestHowls(CUES.length);
    expect(howls.map((h) => (h as unknown as { _src: string[] })._src[0])).toEqual(CUES.map((c) => `./audio/${c}.wav`));
    expect(howls.every((h) => h.state() === 'unloaded')).toBe(true);
    expect(volume).toHaveBeenCalledWith(0.25);
    expect(mute).toHaveBeenCalledWith(true);

    for (const cue of CUES) expect(() => audio.play(cue)).not.toThrow();
    expect(play).not.toHaveBeenCalled(); // muted: nothing is started

    audio.setMuted(false);
    expect(mute).toHaveBeenLastCalledWith(false);
    for (const cue of CUES) expect(() => audio.play(cue)).not.toThrow();
    expect(play).toHaveBeenCalledTimes(CUES.length);

    await new Promise((done) => setTimeout(done, 20)); // loaderror events arrive
    for (const cue of CUES) expect(() => audio.play(cue)).not.toThrow();
    expect(play).toHaveBeenCalledTimes(CUES.length); // failed cues stay silent
    audio.setVolume(0.6);
    expect(volume).toHaveBeenLastCalledWith(0.6);
  });

  it('survives a Howl constructor and Howler globals that throw', () => {
    const boom = (): never => {
      throw new Error('audio is broken');
    };
    vi.spyOn(Howler, 'codecs').mockImplementation(boom); // makes new Howl() throw while loading
    vi.spyOn(Howler, 'volume').mockImplementation(boom);
    vi.spyOn(Howler, 'mute').mockImplementation(boom);
    expect(() => new Howl({ src: ['x.wav'] })).toThrow();
    const audio = createHowlerAudio({ baseUrl: '/', storage: null });
    expect(() => {
      audio.unlock();
      for (const cue of CUES) audio.play(cue);
      audio.setMuted(true);
      audio.setVolume(0.1);
    }).not.toThrow();
    expect(audio.settings()).toEqual({ muted: true, volume: 0.1 });
  });
});

describe('audio settings', () => {
  it('remember mute and volume for the next adapter over the same storage', () => {
    const storage = memoryStorage();
    const first = createHowlerAudio({ baseUrl: '/', storage });
    expect(first.settings()).toEqual(DEFAULTS);
    first.setMuted(true);
    first.setVolume(0.35);
    expect(JSON.parse(storage.getItem(AUDIO_STORAGE_KEY) ?? '')).toEqual({ muted: true, volume: 0.35 });
    expect(createHowlerAudio({ baseUrl: '/', storage }).settings()).toEqual({ muted: true, volume: 0.35 });
  });

  it('use localStorage by default', () => {
    localStorage.removeItem(AUDIO_STORAGE_KEY);
    createHowlerAudio({ baseUrl: '/' }).setMuted(true);
    expect(createHowlerAudio({ baseUrl: '/' }).settings().muted).toBe(true);
    localStorage.removeItem(AUDIO_STORAGE_KEY);
  });

  it.each(['not json', '{"muted":"yes","volume":0.5}', '{"muted":true,"volume":7}', '{"muted":true}', 'null', '[]'])(
    'fall back to defaults for a corrupt record %s',
    (raw) => {
      const audio = createHowlerAudio({ baseUrl: '/', storage: memoryStorage({ [AUDIO_STORAGE_KEY]: raw }) });
      expect(audio.settings()).toEqual(DEFAULTS);
    },
  );

  it('clamp volume and ignore non-numbers', () => {
    const audio = createHowlerAudio({ baseUrl: '/', storage: null });
    audio.setVolume(3);
    expect(audio.settings().volume).toBe(1);
    audio.setVolume(-1);
    expect(audio.settings().volume).toBe(0);
    audio.setVolume(Number.NaN);
    expect(audio.settings().volume).toBe(0);
  });

  it('tolerate a storage that throws (private mode)', () => {
    const broken = memoryStorage();
    broken.getItem = () => {
      throw new Error('SecurityError');
    };
    broken.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    const audio = createHowlerAudio({ baseUrl: '/', storage: broken });
    expect(audio.settings()).toEqual(DEFAULTS);
    expect(() => {
      audio.setMuted(true);
      audio.setVolume(0.5);
    }).not.toThrow();
    expect(audio.settings()).toEqual({ muted: true, volume: 0.5 });
  });
});

describe('silent audio and captions', () => {
  it('records cues and keeps settings in memory', () => {
    const audio = createSilentAudio();
    audio.play('gavel');
    audio.unlock();
    audio.play('bell');
    audio.setMuted(true);
    audio.setVolume(2);
    expect(audio.played).toEqual<Cue[]>(['gavel', 'bell']);
    expect(audio.settings()).toEqual({ muted: true, volume: 1 });
  });

  it('give every cue a caption', () => {
    for (const cue of CUES) expect(CAPTIONS[cue].length).toBeGreaterThan(3);
  });
});

describe('generated sounds', () => {
  const rendered = renderAll();
  const expectedSeconds: Record<Cue, number> = { gavel: 0.6, murmur: 3, applause: 2.5, bell: 1.2 };

  it('render deterministically and match the committed files', () => {
    const again = renderAll();
    let total = 0;
    for (const cue of CUES) {
      expect(Buffer.from(again[cue]).equals(rendered[cue]), `${cue} differs between renders`).toBe(true);
      const committed = readFileSync(resolve(AUDIO_DIR, `${cue}.wav`));
      expect(committed.equals(rendered[cue]), `assets/audio/${cue}.wav is stale: run npx tsx game/tools/makeSounds.ts`).toBe(true);
      total += committed.length;
    }
    expect(total).toBeLessThan(400_000);
  });

  it.each(CUES)('%s is a 22050 Hz 16-bit mono WAV of the right length, audible, with quiet edges', (cue) => {
    const bytes = rendered[cue];
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const text = (at: number): string => String.fromCharCode(...bytes.subarray(at, at + 4));
    expect([text(0), text(8), text(12), text(36)]).toEqual(['RIFF', 'WAVE', 'fmt ', 'data']);
    expect(view.getUint32(4, true)).toBe(bytes.length - 8);
    expect(view.getUint16(20, true)).toBe(1); // PCM
    expect(view.getUint16(22, true)).toBe(1); // mono
    expect(view.getUint32(24, true)).toBe(SAMPLE_RATE);
    expect(SAMPLE_RATE).toBe(22050);
    expect(view.getUint16(34, true)).toBe(16);
    const count = view.getUint32(40, true) / 2;
    expect(count * 2 + 44).toBe(bytes.length);
    expect(count / SAMPLE_RATE).toBeCloseTo(expectedSeconds[cue], 2);

    const samples = Array.from({ length: count }, (_, i) => view.getInt16(44 + i * 2, true) / 32767);
    const peak = samples.reduce((max, s) => Math.max(max, Math.abs(s)), 0);
    const rms = Math.sqrt(samples.reduce((sum, s) => sum + s * s, 0) / count);
    expect(peak).toBeGreaterThan(0.4);
    expect(rms).toBeGreaterThan(0.03);
    const first = samples[0] ?? 1;
    const last = samples[count - 1] ?? 1;
    if (cue === 'murmur') expect(Math.abs(first - last)).toBeLessThan(0.05); // loops without a click
    else expect([Math.abs(first), Math.abs(last)]).toEqual([0, 0]);
  });

  it('encodes clipped samples at full scale', () => {
    const bytes = encodeWav([2, -2, 0.5], 8000);
    const view = new DataView(bytes.buffer);
    expect([view.getInt16(44, true), view.getInt16(46, true), view.getInt16(48, true)]).toEqual([32767, -32767, 16384]);
    expect(view.getUint32(24, true)).toBe(8000);
  });
});
