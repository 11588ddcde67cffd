/**
 * The command line's flags, read strictly: every command lists its flags; an unknown flag is refused with
 * the nearest known one, a flag given twice is refused (unless it may repeat), a flag that takes a value
 * must have one, and nothing else may follow the file. No process handling here.
 */
import { closest, distance } from 'fastest-levenshtein';

export class UsageError extends Error {}

export type FlagKind = 'value' | 'switch' | 'repeat';

export function readFlags(command: string, args: readonly string[], known: Record<string, FlagKind>): Map<string, string[]> {
  const flags = new Map<string, string[]>();
  const names = Object.keys(known);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) throw new UsageError(`unexpected "${arg}": ${command} takes one file, then flags`);
    if (!Object.hasOwn(known, arg)) {
      const guess = names.length ? closest(arg, names) : null;
      const hint = guess && distance(arg, guess) <= 3 ? `: did you mean "${guess}"?` : names.length ? ` (its flags are ${names.join(', ')})` : ' (it takes no flags)';
      throw new UsageError(`unknown flag "${arg}" for ${command}${hint}`);
    }
    const kind = known[arg]!;
    if (flags.has(arg) && kind !== 'repeat') throw new UsageError(`${arg} is given twice: give it once`);
    let value = '';
    if (kind !== 'switch') {
      value = args[i + 1] ?? '';
      if (!value || value.startsWith('--')) throw new UsageError(`${arg} needs a value`);
      i++;
    }
    flags.set(arg, [...(flags.get(arg) ?? []), value]);
  }
  return flags;
}

/** A whole number flag within bounds; `fallback` when it is absent (required when there is none). */
export function wholeNumber(flags: Map<string, string[]>, name: string, min: number, max: number, fallback?: number): number {
  const value = flags.get(name)?.[0];
  if (value === undefined) {
    if (fallback === undefined) throw new UsageError(`${name} is required`);
    return fallback;
  }
  const n = /^\d{1,12}$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`${name} takes a whole number from ${min.toLocaleString('en-GB')} to ${max.toLocaleString('en-GB')}, not "${value}"`);
  return n;
}
