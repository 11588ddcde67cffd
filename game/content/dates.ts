/**
 * Dates written as people write them ("8–16 March 1921", "30 December 1920", "January–February 1921"),
 * read as the span of days they allow. The content checks use the span's last day: a quotation dated
 * "January 1921" may have been said as late as 31 January, so it belongs in a scenario that ends after it.
 * Dates are New Style (the modern calendar), as everywhere in the scenarios.
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A day as YYYY-MM-DD, which sorts as it reads. */
export type Day = string;

export interface DaySpan {
  first: Day;
  last: Day;
}

const pad = (n: number) => String(n).padStart(2, '0');
const day = (year: number, month: number, d: number): Day => `${year}-${pad(month)}-${pad(d)}`;
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

const MONTH = `(${MONTHS.join('|')})`;
const DASH = '\\s*[–-]\\s*';
const FORMS: [RegExp, (m: string[]) => [number, number, number, number, number, number] | null][] = [
  // 30 December 1920
  [new RegExp(`^(\\d{1,2}) ${MONTH} (\\d{4})$`), (m) => [+m[3]!, mon(m[2]!), +m[1]!, +m[3]!, mon(m[2]!), +m[1]!]],
  // 8–16 March 1921
  [new RegExp(`^(\\d{1,2})${DASH}(\\d{1,2}) ${MONTH} (\\d{4})$`), (m) => [+m[4]!, mon(m[3]!), +m[1]!, +m[4]!, mon(m[3]!), +m[2]!]],
  // 30 December 1920 – 2 January 1921
  [new RegExp(`^(\\d{1,2}) ${MONTH} (\\d{4})${DASH}(\\d{1,2}) ${MONTH} (\\d{4})$`), (m) => [+m[3]!, mon(m[2]!), +m[1]!, +m[6]!, mon(m[5]!), +m[4]!]],
  // 28 February – 2 March 1921
  [new RegExp(`^(\\d{1,2}) ${MONTH}${DASH}(\\d{1,2}) ${MONTH} (\\d{4})$`), (m) => [+m[5]!, mon(m[2]!), +m[1]!, +m[5]!, mon(m[4]!), +m[3]!]],
  // January – 8 March 1921 (from some day in January to 8 March)
  [new RegExp(`^${MONTH}${DASH}(\\d{1,2}) ${MONTH} (\\d{4})$`), (m) => [+m[4]!, mon(m[1]!), 1, +m[4]!, mon(m[3]!), +m[2]!]],
  // January 1921
  [new RegExp(`^${MONTH} (\\d{4})$`), (m) => [+m[2]!, mon(m[1]!), 1, +m[2]!, mon(m[1]!), 0]],
  // January–February 1921
  [new RegExp(`^${MONTH}${DASH}${MONTH} (\\d{4})$`), (m) => [+m[3]!, mon(m[1]!), 1, +m[3]!, mon(m[2]!), 0]],
  // 1920: the whole year
  [/^(\d{4})$/, (m) => [+m[1]!, 1, 1, +m[1]!, 12, 31]],
  // December 1920 – January 1921
  [new RegExp(`^${MONTH} (\\d{4})${DASH}${MONTH} (\\d{4})$`), (m) => [+m[2]!, mon(m[1]!), 1, +m[4]!, mon(m[3]!), 0]],
];

function mon(name: string): number {
  return MONTHS.indexOf(name) + 1;
}

/**
 * The span of days a written date allows, or null if it is not one of the forms above. "Early 1921" or
 * "spring 1921" is refused: nobody agrees on its days. A bare year runs to 31 December, so "1921" cannot
 * be placed before a congress that ends in March.
 */
export function daySpan(text: string): DaySpan | null {
  const t = text.trim();
  for (const [re, read] of FORMS) {
    const m = re.exec(t);
    if (!m) continue;
    const r = read(m);
    if (!r) return null;
    const [y1, m1, d1, y2, m2, d2] = r;
    const last = d2 === 0 ? daysIn(y2, m2) : d2;
    if (d1 > daysIn(y1, m1) || last > daysIn(y2, m2)) return null;
    const span = { first: day(y1, m1, d1), last: day(y2, m2, last) };
    return span.first <= span.last ? span : null;
  }
  return null;
}

export const DATE_FORMS = '"30 December 1920", "8–16 March 1921", "28 February – 2 March 1921", "January 1921", "January – 8 March 1921", "January–February 1921" or "1920"';
