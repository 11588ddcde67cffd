/**
 * Seeded random numbers whose whole state is one unsigned 32-bit integer kept in the game state,
 * so a saved game or a replayed action log draws exactly the same numbers (mulberry32).
 * Pure: no Math.random, no clock. Imports nothing.
 */

/** Turns any integer seed into a generator state. */
export function seedState(seed: number): number {
  return (Math.imul(seed | 0, 0x9e3779b1) ^ 0x85ebca6b) >>> 0;
}

/** One draw in [0, 1) and the generator state after it. */
export function nextFloat(state: number): [number, number] {
  const s = (state + 0x6d2b79f5) >>> 0;
  let t = s;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return [((t ^ (t >>> 14)) >>> 0) / 4294967296, s];
}

/**
 * A cursor over the generator for code that draws many numbers in one rule step.
 * Read `.state` when done and store it back in the game state.
 */
export class Draws {
  constructor(public state: number) {}

  float(): number {
    const [value, next] = nextFloat(this.state);
    this.state = next;
    return value;
  }

  /** Integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.float() * n);
  }

  /** Roughly normal, mean 0, standard deviation 1 (sum of uniforms: cheap and bounded). */
  normal(): number {
    return this.float() + this.float() + this.float() + this.float() - 2;
  }
}

/** A draw that does not advance the game's generator: for choices that must not change the game (AI ties). */
export function peekFloat(state: number, salt: number): number {
  return nextFloat((state ^ Math.imul(salt + 1, 0x27d4eb2f)) >>> 0)[0];
}
