/**
 * Synthesises the game's four sound cues (gavel, murmur, applause, bell) as 16-bit mono PCM WAV
 * files at 22050 Hz in assets/audio/. Randomness comes from a seeded mulberry32 and the maths uses
 * only exactly rounded operations (+ − × ÷ √, with our own sin and exp), so every run on every
 * machine gives byte-identical files; the unit tests compare the committed files with renderAll().
 * Run: npx tsx game/tools/makeSounds.ts
 * Must not import howler, Phaser or XState; node:fs is used only when run as a script.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
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
 * A crowd murmur: many "voices", each a buzz plus breath through two gliding formant band-passes,
 * gated into syllables and pauses. Rendered long and crossfaded end-into-start so it loops cleanly.
 */
function murmur(): Float64Array {
  const rnd = mulberry32(1003);
  const [len, fade, pre] = [secs(3), secs(0.5), secs(0.4)];
  const raw = new Float64Array(pre + len + fade);
  for (let v = 0; v < 18; v++) {
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
  // Distance: a gentle one-pole low-pass, then the hall.
  let lp = 0;
  const dull = hall(raw.map((x) => (lp += (x - lp) * 0.45)), [[0.043, 0.3], [0.071, 0.22], [0.113, 0.15], [0.167, 0.1]]);
  const out = new Float64Array(len);
  for (let i = 0; i < len; i++) {
    const x = dull[pre + i]!;
    if (i < fade) {
      const w = i / fade;
      out[i] = x * Math.sqrt(w) + dull[pre + len + i]! * Math.sqrt(1 - w);
    } else out[i] = x;
    // A slow swell whose period divides the loop, so the seam stays invisible.
    out[i]! *= 1 + 0.18 * sin((TAU * 2 * i) / len) + 0.08 * sin((TAU * 5 * i) / len + 1);
  }
  return finish(out, 0.5, 0, 0);
}

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

/** Every cue rendered to WAV bytes. Pure: same output on every call. */
export function renderAll(): Record<Cue, Uint8Array> {
  return {
    gavel: encodeWav(gavel()),
    murmur: encodeWav(murmur()),
    applause: encodeWav(applause()),
    bell: encodeWav(bell()),
  };
}

const here = fileURLToPath(import.meta.url);
if (process.argv[1] !== undefined && resolve(process.argv[1]) === here) {
  const dir = resolve(dirname(here), '../../assets/audio');
  mkdirSync(dir, { recursive: true });
  for (const [cue, bytes] of Object.entries(renderAll())) {
    writeFileSync(resolve(dir, `${cue}.wav`), bytes);
    console.log(`assets/audio/${cue}.wav  ${bytes.length} bytes`);
  }
}
