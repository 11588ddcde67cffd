/**
 * Stance arithmetic: delegates and platforms are points on the scenario's issue axes, and a delegate
 * votes for the motion whose platform stands nearest. Pure; imports only types.
 */
import { type Scenario, votedItem } from '../content/schema';
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

/** Adds `push * scale` on each axis, clamped to the axis. Returns the absolute movement. */
export function shift(stance: Stance, push: Record<string, number>, scale: number): number {
  let moved = 0;
  for (const [issue, delta] of Object.entries(push)) {
    const before = stance[issue] ?? 0;
    const after = clampUnit(before + delta * scale);
    stance[issue] = after;
    moved += Math.abs(after - before);
  }
  return moved;
}

export interface Choice {
  motion: string | null; // null: abstains
  distance: number; // to the chosen (or nearest) motion
  runnerUp: number; // distance to the second nearest motion
}

/** Which motion this stance supports, or abstention when every motion is too far away. */
export function chooseMotion(sc: Scenario, stance: Stance): Choice {
  const issues = sc.issues.map((i) => i.id);
  let best: string | null = null;
  let bestD = Infinity;
  let second = Infinity;
  for (const motion of votedItem(sc).motions) {
    const platform = sc.platforms.find((p) => p.id === motion.platform);
    if (!platform) continue;
    const d = distance(stance, platform.position, issues);
    if (d < bestD) {
      second = bestD;
      bestD = d;
      best = motion.id;
    } else if (d < second) {
      second = d;
    }
  }
  return { motion: bestD <= sc.vote.abstainBeyond ? best : null, distance: bestD, runnerUp: second };
}
