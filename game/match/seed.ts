/**
 * Seeds: whole numbers from 0 to 4,294,967,295, each a different game (the generator takes 32 bits, so a
 * larger number would silently play the same game as a smaller one). One reading of a seed for the page,
 * the setup screen, the command line and saves. Pure.
 */
export const SEED_MAX = 2 ** 32 - 1;
export const SEED_RANGE = `a whole number from 0 to ${SEED_MAX.toLocaleString('en-GB')}`;

export function isSeed(n: number): boolean {
  return Number.isInteger(n) && n >= 0 && n <= SEED_MAX;
}

/** The seed written in `text` (digits only), or null when it is not one. */
export function parseSeed(text: string): number | null {
  const t = text.trim();
  if (!/^\d{1,10}$/.test(t)) return null;
  const n = Number(t);
  return isSeed(n) ? n : null;
}
