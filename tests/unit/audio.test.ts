// @vitest-environment jsdom
/**
 * The game's sound: nothing starts before the first gesture, Howler failures mean silence, effects
 * follow the hall's intensity, the ambience loop starts when asked (even before the gesture), the
 * player's mute and bus volumes survive a reload (old records too), and the committed sprite, loop and
 * sprite map are exactly what the synthesis script renders. Under jsdom Howler finds no codec, so every
 * load fails for real.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Howl, Howler } from 'howler';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CUES, DEFAULT_AUDIO_SETTINGS } from '../../game/audio/AudioPort';
import type { Cue } from '../../game/audio/AudioPort';
import type { Scenario } from '../../game/content/schema';
import { captionOf } from '../../game/words/captions';
import { AUDIO_STORAGE_KEY, createHowlerAudio as createAudioFetchingHowler, type HowlerApi, type HowlerAudioOptions } from '../../game/audio/howlerAudio';

/** The audio with Howler already here (as it is in the game once its chunk has arrived). */
const createHowlerAudio = (options: HowlerAudioOptions) => createAudioFetchingHowler({ howler: { Howl, Howler }, ...options });
import { createSilentAudio } from '../../game/audio/silentAudio';
import { SPRITE } from '../../game/audio/spriteMap';
import { SAMPLE_RATE, encodeWav, renderAll } from '../../game/tools/makeSounds';
import { memoryStorage } from '../support/storage';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DEFAULTS = { ...DEFAULT_AUDIO_SETTINGS };

const stored = (settings: object): Storage => memoryStorage({ [AUDIO_STORAGE_KEY]: JSON.stringify(settings) });

type HowlInside = Howl & { _src: string[]; _loop: boolean; _volume: number; _sprite: Record<string, number[]> };
const allHowls = (): HowlInside[] => (Howler as unknown as { _howls: HowlInside[] })._howls;
/** The two Howls the newest unlock() built: [effects sprite, ambience loop]. */
const newestPair = (): HowlInside[] => allHowls().slice(-2);
const tick = (): Promise<void> => new Promise((done) => setTimeout(done, 20)); // loaderror events arrive

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
    const before = allHowls().length;
    const audio = createHowlerAudio({ baseUrl: '/', storage: memoryStorage() });
    audio.setVolume('effects', 0.3);
    audio.setVolume('ambience', 0.2);
    audio.setMuted(true);
    audio.setMuted(false);
    audio.ambience(true);
    for (const cue of CUES) audio.play(cue, 0.5);
    expect(audio.status()).toEqual({ unlocked: false, context: 'none' });
    expect(allHowls().length).toBe(before);
    expect(volume).not.toHaveBeenCalled();
    expect(mute).not.toHaveBeenCalled();
    expect(contexts).toBe(0);

    audio.unlock();
    expect(contexts).toBe(1);
    expect(allHowls().length).toBe(before + 2);
    expect(mute).toHaveBeenCalledWith(false);
    expect(audio.status().unlocked).toBe(true);
  });

  it('after unlock, builds one sprite and one loop and plays every cue without throwing although loading fails', async () => {
    expect(Howler.codecs('wav')).toBe(false); // jsdom: no codec, so each Howl emits loaderror
    const mute = vi.spyOn(Howler, 'mute');
    const play = vi.spyOn(Howl.prototype, 'play');
    const audio = createHowlerAudio({ baseUrl: './', storage: stored({ muted: true, effects: 0.5, ambience: 0.25 }) });
    audio.unlock();
    audio.unlock(); // a second gesture builds nothing more
    const [effects, ambience] = newestPair();
    expect([effects?._src, ambience?._src]).toEqual([['./audio/effects.wav'], ['./audio/ambience.wav']]);
    for (const cue of CUES) expect(effects?._sprite[cue]).toEqual(SPRITE[cue]);
    expect([effects?._loop, ambience?._loop, ambience?._volume]).toEqual([false, true, 0.25]);
    expect([effects?.state(), ambience?.state()]).toEqual(['unloaded', 'unloaded']);
    expect(mute).toHaveBeenCalledWith(true);

    for (const cue of CUES) expect(() => audio.play(cue)).not.toThrow();
    expect(play).not.toHaveBeenCalled(); // muted: nothing is started

    audio.setMuted(false);
    expect(mute).toHaveBeenLastCalledWith(false);
    for (const cue of CUES) expect(() => audio.play(cue)).not.toThrow();
    expect(play.mock.calls).toEqual(CUES.map((cue) => [cue]));
    expect(play.mock.contexts.every((h) => h === effects)).toBe(true);

    await tick();
    for (const cue of CUES) expect(() => audio.play(cue)).not.toThrow();
    expect(() => audio.ambience(true)).not.toThrow();
    expect(play).toHaveBeenCalledTimes(CUES.length); // failed files stay silent
  });

  it('scale each sound by the effects volume times the clamped intensity', () => {
    const play = vi.spyOn(Howl.prototype, 'play');
    const volume = vi.spyOn(Howl.prototype, 'volume');
    const audio = createHowlerAudio({ baseUrl: '/', storage: stored({ muted: false, effects: 0.5, ambience: 0.4 }) });
    audio.unlock();
    const asked: [Cue, number][] = [['applause', 0.6], ['murmur', 1], ['applause', 3], ['heckle', Number.NaN], ['gavel', -1]];
    audio.play('bell'); // the default intensity is 1
    for (const [cue, intensity] of asked) audio.play(cue, intensity);
    expect(play.mock.calls.map((c) => c[0])).toEqual(['bell', 'applause', 'murmur', 'applause', 'heckle']); // silent at 0
    const ids = play.mock.results.map((r) => r.value as unknown);
    expect(ids.every((id) => typeof id === 'number')).toBe(true);
    const perSound = volume.mock.calls.filter((c) => c.length === 2);
    expect(perSound.map((c) => c[1])).toEqual(ids);
    const levels = perSound.map((c) => c[0]);
    [0.5, 0.3, 0.5, 0.5, 0.5].forEach((want, i) => expect(levels[i]).toBeCloseTo(want, 10));

    audio.setVolume('effects', 0.2);
    audio.play('applause', 0.5);
    expect(volume.mock.lastCall?.[0]).toBeCloseTo(0.1, 10);
  });

  it('start the ambience asked for before unlock at unlock, once, and follow its volume live', () => {
    const play = vi.spyOn(Howl.prototype, 'play');
    const stop = vi.spyOn(Howl.prototype, 'stop');
    const volume = vi.spyOn(Howl.prototype, 'volume');
    const audio = createHowlerAudio({ baseUrl: '/', storage: memoryStorage() });
    audio.ambience(true);
    expect(play).not.toHaveBeenCalled();
    audio.unlock();
    const [, loop] = newestPair();
    expect(play).toHaveBeenCalledTimes(1);
    expect(play.mock.contexts[0]).toBe(loop);
    audio.ambience(true); // already running: no second loop
    expect(play).toHaveBeenCalledTimes(1);

    audio.setVolume('ambience', 0.15);
    expect(volume.mock.lastCall).toEqual([0.15]);
    expect(volume.mock.contexts.at(-1)).toBe(loop);
    audio.setVolume('effects', 0.9); // effects apply to future plays only
    expect(volume.mock.lastCall).toEqual([0.15]);

    audio.ambience(false);
    expect(stop).toHaveBeenCalledTimes(1);
    expect(stop.mock.contexts[0]).toBe(loop);
    audio.ambience(true);
    expect(play).toHaveBeenCalledTimes(2);
  });

  it('survive a Howl constructor, Howl methods and Howler globals that throw', () => {
    const boom = (): never => {
      throw new Error('audio is broken');
    };
    vi.spyOn(Howler, 'codecs').mockImplementation(boom); // makes new Howl() throw while loading
    vi.spyOn(Howler, 'mute').mockImplementation(boom);
    expect(() => new Howl({ src: ['x.wav'] })).toThrow();
    const broken = createHowlerAudio({ baseUrl: '/', storage: null });
    expect(() => {
      broken.unlock();
      broken.ambience(true);
      for (const cue of CUES) broken.play(cue, 0.7);
      broken.setMuted(true);
      broken.setVolume('ambience', 0.1);
      broken.status();
    }).not.toThrow();
    expect(broken.settings()).toEqual({ ...DEFAULTS, muted: true, ambience: 0.1 });

    vi.restoreAllMocks();
    for (const method of ['play', 'volume', 'stop'] as const) vi.spyOn(Howl.prototype, method).mockImplementation(boom);
    const audio = createHowlerAudio({ baseUrl: '/', storage: null });
    expect(() => {
      audio.unlock();
      audio.ambience(true);
      for (const cue of CUES) audio.play(cue, 0.7);
      audio.setVolume('ambience', 0.3);
      audio.ambience(false);
    }).not.toThrow();
  });
});

describe('audio settings', () => {
  it('remember mute and both bus volumes for the next adapter over the same storage', () => {
    const storage = memoryStorage();
    const first = createHowlerAudio({ baseUrl: '/', storage });
    expect(first.settings()).toEqual(DEFAULTS);
    first.setMuted(true);
    first.setVolume('effects', 0.35);
    first.setVolume('ambience', 0.15);
    const want = { muted: true, effects: 0.35, ambience: 0.15 };
    expect(JSON.parse(storage.getItem(AUDIO_STORAGE_KEY) ?? '')).toEqual(want);
    expect(createHowlerAudio({ baseUrl: '/', storage }).settings()).toEqual(want);
  });

  it('use localStorage by default', () => {
    localStorage.removeItem(AUDIO_STORAGE_KEY);
    createHowlerAudio({ baseUrl: '/' }).setVolume('ambience', 0.05);
    expect(createHowlerAudio({ baseUrl: '/' }).settings()).toEqual({ ...DEFAULTS, ambience: 0.05 });
    localStorage.removeItem(AUDIO_STORAGE_KEY);
  });

  it('read the old single-volume record as the effects volume, and rewrite it in the new shape', () => {
    const storage = stored({ muted: true, volume: 0.3 });
    const audio = createHowlerAudio({ baseUrl: '/', storage });
    expect(audio.settings()).toEqual({ muted: true, effects: 0.3, ambience: DEFAULTS.ambience });
    audio.setMuted(false);
    expect(JSON.parse(storage.getItem(AUDIO_STORAGE_KEY) ?? '')).toEqual({ muted: false, effects: 0.3, ambience: DEFAULTS.ambience });
  });

  it.each([
    'not json',
    '""',
    'null',
    '[]',
    '{"muted":true}',
    '{"muted":"yes","effects":0.5,"ambience":0.5}',
    '{"muted":true,"effects":7,"ambience":0.5}',
    '{"muted":true,"effects":0.5}',
    '{"muted":true,"volume":-1}',
    '{"muted":true,"volume":"0.5"}',
  ])('fall back to defaults for a corrupt record %s', (raw) => {
    const audio = createHowlerAudio({ baseUrl: '/', storage: memoryStorage({ [AUDIO_STORAGE_KEY]: raw }) });
    expect(audio.settings()).toEqual(DEFAULTS);
  });

  it('clamp each bus volume and ignore non-numbers', () => {
    const audio = createHowlerAudio({ baseUrl: '/', storage: null });
    audio.setVolume('effects', 3);
    audio.setVolume('ambience', -1);
    expect(audio.settings()).toEqual({ ...DEFAULTS, effects: 1, ambience: 0 });
    audio.setVolume('effects', Number.NaN);
    audio.setVolume('ambience', Number.POSITIVE_INFINITY);
    expect(audio.settings()).toEqual({ ...DEFAULTS, effects: 1, ambience: 0 });
  });

  it('tolerate a storage that throws (private mode), and a localStorage that cannot be reached', () => {
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
      audio.setVolume('effects', 0.5);
    }).not.toThrow();
    expect(audio.settings()).toEqual({ ...DEFAULTS, muted: true, effects: 0.5 });

    vi.spyOn(globalThis, 'localStorage', 'get').mockImplementation(() => {
      throw new Error('SecurityError');
    });
    const unreachable = createHowlerAudio({ baseUrl: '/' });
    expect(() => unreachable.setMuted(true)).not.toThrow();
    expect(unreachable.settings()).toEqual({ ...DEFAULTS, muted: true });
  });
});

describe('silent audio and captions', () => {
  it('records cues with their intensity and the ambience wish, and keeps settings in memory', () => {
    const audio = createSilentAudio();
    audio.play('gavel');
    audio.unlock();
    audio.play('applause', 0.6);
    audio.play('murmur', 4);
    audio.ambience(true);
    audio.setMuted(true);
    audio.setVolume('effects', 2);
    audio.setVolume('ambience', 0.1);
    expect(audio.played).toEqual([
      { cue: 'gavel', intensity: 1 },
      { cue: 'applause', intensity: 0.6 },
      { cue: 'murmur', intensity: 1 },
    ]);
    expect([audio.unlocked, audio.ambienceOn]).toEqual([true, true]);
    expect(audio.settings()).toEqual({ muted: true, effects: 1, ambience: 0.1 });
  });

  it("give every cue a caption, in the scenario's own words where a sound belongs to one meeting", () => {
    // this file runs in jsdom, so a stand-in for the 1921 scenario: only where delegates go matters here
    const sc = { opening: { destination: 'the front' } } as Scenario;
    for (const cue of CUES) expect(captionOf(sc, cue).length).toBeGreaterThan(3);
    expect([captionOf(sc, 'heckle'), captionOf(sc, 'footsteps')]).toEqual(['Heckling from the floor', 'Footsteps: delegates leaving for the front']);
    const elsewhere = { ...sc, opening: { ...sc.opening, destination: 'the provinces' } };
    expect(captionOf(elsewhere, 'footsteps')).toBe('Footsteps: delegates leaving for the provinces');
  });
});

/** Checks the RIFF/WAVE header (22050 Hz, 16-bit, mono PCM) and returns the samples in -1..1. */
function decodeWav(bytes: Uint8Array): Float64Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = (at: number): string => String.fromCharCode(...bytes.subarray(at, at + 4));
  expect([text(0), text(8), text(12), text(36)]).toEqual(['RIFF', 'WAVE', 'fmt ', 'data']);
  expect(view.getUint32(4, true)).toBe(bytes.length - 8);
  expect([view.getUint16(20, true), view.getUint16(22, true)]).toEqual([1, 1]); // PCM, mono
  expect([view.getUint32(24, true), view.getUint16(34, true)]).toEqual([22050, 16]);
  const count = view.getUint32(40, true) / 2;
  expect(count * 2 + 44).toBe(bytes.length);
  return Float64Array.from({ length: count }, (_, i) => view.getInt16(44 + i * 2, true) / 32767);
}
const peak = (s: Float64Array): number => s.reduce((max, x) => Math.max(max, Math.abs(x)), 0);
const rms = (s: Float64Array): number => Math.sqrt(s.reduce((sum, x) => sum + x * x, 0) / s.length);
const at = (ms: number): number => Math.round((ms * SAMPLE_RATE) / 1000);

describe('generated sounds', () => {
  const rendered = renderAll();
  const effects = decodeWav(rendered.effects);
  const ambience = decodeWav(rendered.ambience);

  it('render deterministically and match the committed files', () => {
    const again = renderAll();
    const files = [
      ['assets/audio/effects.wav', rendered.effects, again.effects],
      ['assets/audio/ambience.wav', rendered.ambience, again.ambience],
    ] as const;
    let total = 0;
    for (const [path, bytes, twice] of files) {
      expect(Buffer.from(twice).equals(bytes), `${path} differs between renders`).toBe(true);
      const committed = readFileSync(resolve(ROOT, path));
      expect(committed.equals(bytes), `${path} is stale: run npm run sounds`).toBe(true);
      total += committed.length;
    }
    expect(again.spriteMap).toBe(rendered.spriteMap);
    expect(readFileSync(resolve(ROOT, 'game/audio/spriteMap.ts'), 'utf8'), 'spriteMap.ts is stale: run npm run sounds').toBe(rendered.spriteMap);
    expect(total).toBeLessThan(700_000);
  });

  it('are audible 22050 Hz 16-bit mono WAVs: a sprite of every effect and a ~6 s loop', () => {
    expect(SAMPLE_RATE).toBe(22050);
    for (const samples of [effects, ambience]) {
      expect(peak(samples)).toBeGreaterThan(0.25);
      expect(rms(samples)).toBeGreaterThan(0.03);
    }
    expect(ambience.length / SAMPLE_RATE).toBeCloseTo(6, 2);
    expect(peak(ambience)).toBeLessThan(peak(effects.subarray(at(SPRITE.murmur[0]), at(SPRITE.murmur[0] + SPRITE.murmur[1])))); // quieter
  });

  it('lay out every effect inside effects.wav, in order, apart, each audible with silent edges', () => {
    const fileMs = (effects.length * 1000) / SAMPLE_RATE;
    CUES.forEach((cue, i) => {
      const [offset, duration] = SPRITE[cue];
      expect(offset, cue).toBeGreaterThanOrEqual(0);
      expect(duration, cue).toBeGreaterThan(500);
      expect(offset + duration, cue).toBeLessThanOrEqual(fileMs);
      const next = CUES[i + 1];
      if (next) expect(offset + duration + 50, `${cue} runs into ${next}`).toBeLessThanOrEqual(SPRITE[next][0]);
      const [from, to] = [at(offset), at(offset + duration)];
      const sound = effects.subarray(from, to);
      expect(peak(sound), cue).toBeGreaterThan(0.3);
      expect([sound[0], sound[sound.length - 1]], cue).toEqual([0, 0]);
      const gap = effects.subarray(to, next ? at(SPRITE[next][0]) : effects.length);
      expect(peak(gap), `silence after ${cue}`).toBe(0);
    });
  });

  it('loop the ambience without a click: its last sample runs into its first', () => {
    const first = ambience[0] ?? 1;
    const last = ambience[ambience.length - 1] ?? 1;
    expect(Math.abs(first - last)).toBeLessThan(0.02);
  });

  it('encodes clipped samples at full scale', () => {
    const bytes = encodeWav([2, -2, 0.5], 8000);
    const view = new DataView(bytes.buffer);
    expect([view.getInt16(44, true), view.getInt16(46, true), view.getInt16(48, true)]).toEqual([32767, -32767, 16384]);
    expect(view.getUint32(24, true)).toBe(8000);
  });
});

describe('howler fetched in its own chunk', () => {
  it('an unlock asked for before Howler arrives builds the sounds when it does, and a chunk that never comes means silence', async () => {
    let arrive: (api: HowlerApi | null) => void = () => undefined;
    const before = allHowls().length;
    const audio = createAudioFetchingHowler({ baseUrl: '/', storage: null, howler: () => new Promise((done) => (arrive = done)) });
    audio.unlock();
    expect(allHowls().length, 'nothing is built before Howler is here').toBe(before);
    expect(audio.status().unlocked).toBe(false);
    audio.play('gavel'); // no engine yet: silence, no exception
    arrive({ Howl, Howler });
    await tick();
    expect(allHowls().length).toBe(before + 2);
    expect(audio.status().unlocked).toBe(true);
    expect(newestPair().map((h) => h._src[0])).toEqual(['/audio/effects.wav', '/audio/ambience.wav']);

    const lost = createAudioFetchingHowler({ baseUrl: '/', storage: null, howler: () => Promise.resolve(null) });
    lost.unlock();
    await tick();
    expect(lost.status()).toEqual({ unlocked: false, context: 'none' });
    lost.play('applause');
    lost.ambience(true);
    expect(allHowls().length).toBe(before + 2);
  });

  it('without a loader given, the game fetches Howler itself', async () => {
    const before = allHowls().length;
    const audio = createAudioFetchingHowler({ baseUrl: '/', storage: null });
    audio.unlock();
    await expect.poll(() => audio.status().unlocked).toBe(true);
    expect(allHowls().length).toBe(before + 2);
  });
});
