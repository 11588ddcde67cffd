/**
 * Synthesises the game's sound as 16-bit mono PCM WAV at 22050 Hz: assets/audio/effects.wav, a sprite
 * of the six effects (gavel, murmur, applause, bell, heckle, footsteps) with short silences between,
 * assets/audio/ambience.wav, a seamless loop of the hall's murmur, and game/audio/spriteMap.ts, where
 * each effect lies in the sprite. Randomness comes from a seeded mulberry32 and the maths uses only
 * exactly rounded operations (+ − × ÷ √, with our own sin and exp), so every run on every machine gives
 * byte-identical files; the unit tests compare the committed files with renderAll().
 * Run: npm run sounds (npx tsx game/tools/makeSounds.ts)
 * Must not import howler, Phaser or XState; node:fs is used only when run as a script.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AUDIO_FILES, CUES } from '../audio/AudioPort';
import type { Cue } from '../audio/AudioPort';

export const SAMPLE_RATE = 22050;
const SR = SAMPLE_RATE;
const TAU = 2 * Math.PI;

/** mulberry32: a tiny seeded PRNG giving floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** sin by range reduction and a Taylor series: plain arithmetic, independent of the engine's Math. */
function sin(x: number): number {
  const r = x - TAU * Math.round(x / TAU);
  const r2 = r * r;
  let [term, sum] = [r, r];
  for (let n = 1; n < 12; n++) sum += term *= -r2 / (2 * n * (2 * n + 1));
  return sum;
}

/** exp by halving (exact), a Taylor series, then squaring back. */
function exp(x: number): number {
  let [y, k] = [x, 0];
  for (; y > 0.5 || y < -0.5; k++) y /= 2;
  let [term, sum] = [1, 1];
  for (let n = 1; n < 14; n++) sum += term *= y / n;
  for (; k > 0; k--) sum *= sum;
  return sum;
}

const secs = (s: number): number => Math.round(s * SR);
const noise = (rnd: () => number): number => rnd() * 2 - 1;

/** Chamberlin state-variable band-pass. `f` may be moved while running (formant glides). */
type BandPass = { f: number; step(x: number): number };
const coef = (hz: number): number => 2 * sin((Math.PI * hz) / SR);
function bandPass(hz: number, damping: number): BandPass {
  let [low, band] = [0, 0];
  return {
    f: coef(hz),
    step(x) {
      low += this.f * band;
      band += this.f * (x - low - damping * band);
      return band;
    },
  };
}

/** A few early reflections, as in a large hall. */
function hall(buf: Float64Array, taps: readonly (readonly [number, number])[]): Float64Array {
  const out = buf.slice();
  for (const [delay, gain] of taps) {
    const d = secs(delay);
    for (let i = d; i < buf.length; i++) out[i]! += gain * buf[i - d]!;
  }
  return out;
}

/** Scale to the given peak, with short linear fades at the edges (0 = none). */
function finish(buf: Float64Array, peak: number, fadeIn: number, fadeOut: number): Float64Array {
  let max = 0;
  for (const x of buf) max = Math.max(max, Math.abs(x));
  const k = max > 0 ? peak / max : 0;
  const [fi, fo] = [secs(fadeIn), secs(fadeOut)];
  return buf.map((x, i) => {
    const edge = Math.min(fi > 0 ? i / fi : 1, fo > 0 ? (buf.length - 1 - i) / fo : 1, 1);
    return x * k * edge;
  });
}

/** Two knocks of a wooden gavel: a filtered noise click over low, quickly damped wood modes. */
function gavel(): Float64Array {
  const rnd = mulberry32(1921);
  const out = new Float64Array(secs(0.6));
  const modes = [[182, 0.07, 1], [431, 0.035, 0.55], [797, 0.018, 0.35], [1310, 0.01, 0.2]] as const;
  const knock = (at: number, gain: number): void => {
    const start = secs(at);
    const click = bandPass(1900, 0.9);
    for (let i = 0; start + i < out.length; i++) {
      const t = i / SR;
      let s = 0.9 * click.step(noise(rnd)) * exp(-t / 0.005);
      for (const [hz, tau, amp] of modes) s += amp * exp(-t / tau) * sin(TAU * hz * t);
      out[start + i]! += gain * s;
    }
  };
  knock(0.005, 1);
  knock(0.23, 0.8);
  return finish(hall(out, [[0.031, 0.22], [0.053, 0.15], [0.087, 0.09]]), 0.9, 0.002, 0.05);
}

/**
 * A crowd: many "voices", each a buzz plus breath through two gliding formant band-passes, gated into
 * syllables and pauses, heard from a distance (`dull`: one-pole low-pass) in the hall. Rendered long and
 * crossfaded end-into-start, with slow swells whose periods divide the length, so it loops cleanly.
 */
function crowd(seed: number, voices: number, seconds: number, dull: number, swell: number): Float64Array {
  const rnd = mulberry32(seed);
  const [len, fade, pre] = [secs(seconds), secs(0.5), secs(0.4)];
  const raw = new Float64Array(pre + len + fade);
  for (let v = 0; v < voices; v++) {
    const [pitch, gain] = [85 + rnd() * 140, 0.35 + rnd() * 0.65];
    const [f1, f2] = [bandPass(500, 0.3), bandPass(1500, 0.35)];
    let [phase, env, level, hz] = [rnd(), 0, 0, pitch];
    let target = { hz, f1: f1.f, f2: f2.f };
    let next = Math.floor(rnd() * secs(0.3));
    for (let i = 0; i < raw.length; i++) {
      if (i >= next) {
        const pause = rnd() < 0.22;
        level = pause ? 0 : 0.4 + rnd() * 0.6;
        next = i + secs(pause ? 0.15 + rnd() * 0.5 : 0.07 + rnd() * 0.18);
        target = { hz: pitch * (0.88 + rnd() * 0.3), f1: coef(300 + rnd() * 550), f2: coef(900 + rnd() * 1400) };
      }
      env += (level - env) * 0.004;
      hz += (target.hz - hz) * 0.001;
      f1.f += (target.f1 - f1.f) * 0.003;
      f2.f += (target.f2 - f2.f) * 0.003;
      phase += hz / SR;
      if (phase >= 1) phase -= 1;
      const src = 0.8 * (2 * phase - 1) + 0.45 * noise(rnd);
      raw[i]! += gain * env * (f1.step(src) + 0.55 * f2.step(src));
    }
  }
  let lp = 0;
  const far = hall(raw.map((x) => (lp += (x - lp) * dull)), [[0.043, 0.3], [0.071, 0.22], [0.113, 0.15], [0.167, 0.1]]);
  const out = new Float64Array(len);
  for (let i = 0; i < len; i++) {
    const w = i < fade ? i / fade : 1;
    out[i] = far[pre + i]! * Math.sqrt(w) + (w < 1 ? far[pre + len + i]! * Math.sqrt(1 - w) : 0);
    out[i]! *= 1 + swell * sin((TAU * 2 * i) / len) + 0.45 * swell * sin((TAU * 5 * i) / len + 1);
  }
  return out;
}

/** The hall murmurs back at a speaker: a short crowd swell that rises and falls away. */
const murmur = (): Float64Array => finish(crowd(1003, 18, 1.8, 0.45, 0.18), 0.5, 0.3, 0.6);

/** The hall under the debate: a denser, duller, quieter crowd that loops without a seam. */
const ambienceLoop = (): Float64Array => finish(crowd(1921_0308, 44, 6, 0.3, 0.1), 0.3, 0, 0);

/** Applause: many short band-passed noise claps whose density rises, holds, then falls away. */
function applause(): Float64Array {
  const rnd = mulberry32(310);
  const [len, clapLen] = [secs(2.5), secs(0.035)];
  const out = new Float64Array(len);
  const density = (t: number): number => {
    const fall = Math.max(0, 1 - (t - 0.45) / 0.5);
    return t < 0.2 ? (t / 0.2) * (t / 0.2) : t < 0.45 ? 1 : fall * Math.sqrt(fall);
  };
  for (let i = 0; i < len; i++) {
    if (rnd() >= (220 * density(i / len)) / SR) continue;
    const bp = bandPass(650 + rnd() * 1900, 0.45 + rnd() * 0.6);
    const [tau, gain] = [0.0025 + rnd() * 0.006, 0.3 + rnd() * 0.7];
    for (let j = 0; j < clapLen && i + j < len; j++) {
      const attack = j < 11 ? j / 11 : 1;
      out[i + j]! += gain * attack * exp(-j / SR / tau) * bp.step(noise(rnd));
    }
  }
  return finish(hall(out, [[0.037, 0.3], [0.061, 0.22], [0.089, 0.16], [0.131, 0.1]]), 0.85, 0.005, 0.15);
}

/** The chairman's hand bell, shaken three times: inharmonic partials (each a slightly beating pair). */
function bell(): Float64Array {
  const rnd = mulberry32(1921_03);
  const len = secs(1.2);
  const out = new Float64Array(len);
  const base = 1318;
  const partials = [[1, 1, 0.7], [2.09, 0.45, 0.45], [2.76, 0.55, 0.35], [4.07, 0.3, 0.22], [5.4, 0.22, 0.15], [6.9, 0.12, 0.1]] as const;
  const strikes = [[0, 1], [0.14, 0.8], [0.29, 0.6]] as const;
  for (const [at, gain] of strikes) {
    const start = secs(at);
    const click = bandPass(4000, 0.8);
    for (let i = 0; start + i < len; i++) {
      const t = i / SR;
      let s = 0.25 * click.step(noise(rnd)) * exp(-t / 0.002);
      for (const [ratio, amp, tau] of partials) {
        const hz = base * ratio;
        s += amp * exp(-t / tau) * (sin(TAU * hz * t) + 0.5 * sin(TAU * hz * 1.0031 * t));
      }
      out[start + i]! += gain * s;
    }
  }
  return finish(out, 0.7, 0.001, 0.08);
}

/**
 * Shouts from the floor, like "Shame!": a hiss, then a pressed buzzing voice through formants gliding
 * from "a" towards "e", its pitch leaping up and falling. Three delegates, the later ones farther off.
 */
function heckle(): Float64Array {
  const rnd = mulberry32(1921_0309);
  const out = new Float64Array(secs(1.2));
  const shout = (at: number, dur: number, pitch: number, gain: number): void => {
    const [start, n, hiss] = [secs(at), secs(dur), secs(0.09)];
    const [f1, f2, f3, sh] = [bandPass(700, 0.2), bandPass(1750, 0.16), bandPass(2600, 0.22), bandPass(2900, 0.5)];
    let phase = 0;
    for (let i = 0; i < n + secs(0.04) && start + i < out.length; i++) {
      const v = Math.min(1, Math.max(0, (i - hiss) / (n - hiss))); // 0..1 through the vowel
      const hz = pitch * (1 + 0.3 * sin(Math.PI * Math.min(1, v * 1.8)) - 0.3 * v) * (1 + 0.015 * noise(rnd));
      phase += hz / SR;
      if (phase >= 1) phase -= 1;
      [f1.f, f2.f] = [coef(720 - 260 * v), coef(1700 + 450 * v)];
      const raw = 1.6 * (2 * phase - 1) + 0.3 * noise(rnd);
      const buzz = raw / (1 + Math.abs(raw)); // a strained, clipped voice
      const voiced = i < hiss ? 0 : Math.min(1, (i - hiss) / secs(0.025), (1 - v) / 0.3);
      const hissing = i < hiss ? i / hiss : exp(-(i - hiss) / SR / 0.02);
      const s = voiced * (f1.step(buzz) + 0.8 * f2.step(buzz) + 0.4 * f3.step(buzz)) + 0.7 * hissing * sh.step(noise(rnd));
      out[start + i]! += gain * s;
    }
  };
  shout(0.02, 0.42, 235, 1);
  shout(0.48, 0.3, 290, 0.7);
  shout(0.8, 0.34, 205, 0.5);
  return finish(hall(out, [[0.037, 0.3], [0.059, 0.22], [0.097, 0.15], [0.141, 0.1]]), 0.8, 0.002, 0.06);
}

/**
 * Delegates leaving for the front over the wooden floor: heel thump and toe tap, 0.45 s apart, each
 * step quieter, duller and more drowned in the hall's echo than the one before.
 */
function footsteps(): Float64Array {
  const rnd = mulberry32(1921_0317);
  const out = new Float64Array(secs(2));
  const modes = [[92, 0.035, 0.8], [176, 0.028, 0.8], [305, 0.02, 0.8], [520, 0.014, 0.6], [860, 0.008, 0.4]] as const;
  const steps = [[0.01, 1], [0.46, 0.68], [0.91, 0.45], [1.36, 0.3]] as const;
  steps.forEach(([at, gain], k) => {
    const step = new Float64Array(secs(0.5));
    for (const [delay, part] of [[0, 1], [0.065, 0.4]] as const) {
      const [start, click, tune] = [secs(delay), bandPass(800 + 400 * rnd(), 0.7), 0.95 + 0.1 * rnd()];
      for (let i = 0; start + i < step.length; i++) {
        const t = i / SR;
        let s = 1.2 * click.step(noise(rnd)) * exp(-t / 0.006);
        for (const [hz, tau, amp] of modes) s += amp * exp(-t / tau) * sin(TAU * hz * tune * t);
        step[start + i]! += part * Math.min(1, t / 0.0015) * s;
      }
    }
    let lp = 0;
    const dull = 0.7 - 0.15 * k; // farther off: less of the click's wood, more of the room
    const echo = 1 + 0.5 * k;
    const heard = hall(step.map((x) => (lp += (x - lp) * dull)), [[0.029, 0.2 * echo], [0.047, 0.15 * echo], [0.083, 0.1 * echo], [0.121, 0.07 * echo]]);
    const from = secs(at);
    for (let i = 0; i < heard.length && from + i < out.length; i++) out[from + i]! += gain * heard[i]!;
  });
  return finish(out, 0.85, 0.002, 0.1);
}

/** 16-bit little-endian mono PCM WAV; samples are clipped to [-1, 1]. */
export function encodeWav(samples: ArrayLike<number>, sampleRate: number = SAMPLE_RATE): Uint8Array {
  const n = samples.length;
  const bytes = new Uint8Array(44 + n * 2);
  const view = new DataView(bytes.buffer);
  const header: readonly (readonly [number, string | 16 | 32, number?])[] = [
    [0, 'RIFF'], [4, 32, 36 + n * 2], [8, 'WAVE'], [12, 'fmt '], [16, 32, 16], [20, 16, 1], [22, 16, 1],
    [24, 32, sampleRate], [28, 32, sampleRate * 2], [32, 16, 2], [34, 16, 16], [36, 'data'], [40, 32, n * 2],
  ]; // PCM format 1, one channel, 2 bytes a frame, 16 bits a sample
  for (const [at, kind, value = 0] of header) {
    if (kind === 16) view.setUint16(at, value, true);
    else if (kind === 32) view.setUint32(at, value, true);
    else for (let i = 0; i < kind.length; i++) view.setUint8(at + i, kind.charCodeAt(i));
  }
  for (let i = 0; i < n; i++) {
    const s = Math.max(-1, Math.min(1, samples[i] ?? 0));
    view.setInt16(44 + i * 2, Math.round(s * 32767), true);
  }
  return bytes;
}

/** Silence between effects in the sprite, so no effect's end can bleed into the next one's start. */
const GAP = secs(0.1);
const EFFECTS: Record<Cue, () => Float64Array> = { gavel, murmur, applause, bell, heckle, footsteps };
const ms = (samples: number): number => Math.round((samples * 1e6) / SR) / 1000;

/** The text of game/audio/spriteMap.ts for the given layout ([offset ms, duration ms] per cue). */
export function spriteModule(sprite: Record<Cue, readonly [number, number]>): string {
  const rows = CUES.map((cue) => `  ${cue}: [${sprite[cue][0]}, ${sprite[cue][1]}],\n`).join('');
  return `/**
 * Where each sound effect lies in assets/audio/effects.wav: [offset ms, duration ms], as Howler sprites.
 * Generated by \`npm run sounds\` (game/tools/makeSounds.ts) together with the WAV files: do not edit.
 */
import type { Cue } from './AudioPort';

export const SPRITE: Record<Cue, [offsetMs: number, durationMs: number]> = {
${rows}};
`;
}

export interface RenderedSounds {
  effects: Uint8Array; // assets/audio/effects.wav
  ambience: Uint8Array; // assets/audio/ambience.wav
  spriteMap: string; // game/audio/spriteMap.ts
}

/** Every file the script writes, rendered in memory. Pure: same output on every call. */
export function renderAll(): RenderedSounds {
  const parts = CUES.map((cue) => EFFECTS[cue]());
  const total = parts.reduce((n, p) => n + p.length, 0) + GAP * (parts.length - 1);
  const sprite = {} as Record<Cue, [number, number]>;
  const all = new Float64Array(total);
  let at = 0;
  parts.forEach((part, i) => {
    all.set(part, at);
    sprite[CUES[i]!] = [ms(at), ms(part.length)];
    at += part.length + GAP;
  });
  return { effects: encodeWav(all), ambience: encodeWav(ambienceLoop()), spriteMap: spriteModule(sprite) };
}

const here = fileURLToPath(import.meta.url);
if (process.argv[1] !== undefined && resolve(process.argv[1]) === here) {
  const root = resolve(dirname(here), '../..');
  const { effects, ambience, spriteMap } = renderAll();
  const [effectsFile, ambienceFile] = AUDIO_FILES;
  const files: [string, Uint8Array | string][] = [
    [`assets/audio/${effectsFile}`, effects],
    [`assets/audio/${ambienceFile}`, ambience],
    ['game/audio/spriteMap.ts', spriteMap],
  ];
  mkdirSync(resolve(root, 'assets/audio'), { recursive: true });
  for (const [path, data] of files) {
    writeFileSync(resolve(root, path), data);
    console.log(`${path}  ${data.length} ${typeof data === 'string' ? 'characters' : 'bytes'}`);
  }
}
