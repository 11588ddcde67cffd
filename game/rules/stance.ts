/**
 * Stance arithmetic: delegates and platforms are points on the scenario's issue axes, and a delegate
 * votes for the motion whose platform stands nearest. Pure; imports only types.
 */
import type { Scenario } from '../content/schema';
import { indexOf } from './lookup';
import type { Stance } from './types';

export function clampUnit(x: number): number {
  return x < -1 ? -1 : x > 1 ? 1 : x;
}

export function distance(a: Stance, b: Stance, issues: readonly string[]): number {
  let sum = 0;
  for (const issue of issues) {
    const d = (a[issue] ?? 0) - (b[issue] ?? 0);
    sum += d * d;
  }
  return Math.sqrt(sum);
}

/** `distance` from a stance to a point given as its places on `issues`, in order (0 where the stance is silent). */
function distanceTo(stance: Stance, issues: readonly string[], place: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < issues.length; i++) {
    const d = (stance[issues[i]!] ?? 0) - place[i]!;
    sum += d * d;
  }
  return Math.sqrt(sum);
}

/** Adds `push * scale` on each axis, clamped to the axis. Returns the absolute movement. */
export function shift(stance: Stance, push: Record<string, number>, scale: number): number {
  let moved = 0;
  for (const issue in push) {
    const before = stance[issue] ?? 0;
    const after = clampUnit(before + push[issue]! * scale);
    stance[issue] = after;
    moved += Math.abs(after - before);
  }
  return moved;
}

/**
 * Moves a stance `scale` of the way towards a point given as its places on `issues` (as `shift` would with
 * the push from the stance to that point), clamped to each axis.
 */
export function shiftTowards(stance: Stance, issues: readonly string[], towards: readonly number[], scale: number): void {
  for (let i = 0; i < issues.length; i++) {
    const before = stance[issues[i]!] ?? 0;
    stance[issues[i]!] = clampUnit(before + (towards[i]! - before) * scale);
  }
}

export interface Choice {
  motion: string | null; // null: abstains
  distance: number; // to the chosen (or nearest) motion
  runnerUp: number; // distance to the second nearest motion
}

/** Which motion this stance supports, or abstention when every motion is too far away. */
export function chooseMotion(sc: Scenario, stance: Stance): Choice {
  const { issues, motionPlaces } = indexOf(sc);
  let best: string | null = null;
  let bestD = Infinity;
  let second = Infinity;
  for (const { motion, point: place } of motionPlaces) {
    const d = distanceTo(stance, issues, place);
    if (d < bestD) {
      second = bestD;
      bestD = d;
      best = motion;
    } else if (d < second) {
      second = d;
    }
  }
  return { motion: bestD <= sc.vote.abstainBeyond ? best : null, distance: bestD, runnerUp: second };
}
