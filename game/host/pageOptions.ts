/**
 * The page's options, read strictly from the address: ?seed (a whole number from 0 to 4,294,967,295),
 * ?pace (how long the computer waits before a move, 0 to 10,000 ms; 0 means no wait), ?scenario (a
 * bundled scenario's id, or "local"), ?campaign (a campaign this browser keeps, by its slot: "c1"), ?class (a
 * class's page: console, projector, kit, report or guide on this machine; network, the console of a class on
 * the class server), ?join (a class on the class server, by its code: a student's device), ?watch (the same,
 * for the projector: the public view only). Anything else, or an option given twice, is not silently taken or
 * dropped: it becomes a note the page shows, and the game goes on with the default. Pure.
 */
import { parseSeed, SEED_RANGE } from '../match/seed';
import { CODE_PATTERN } from '../server/code';

/** A class's pages (see classPage.ts). */
export const CLASS_PAGES = ['console', 'projector', 'kit', 'report', 'guide', 'network'] as const;
export type ClassPage = (typeof CLASS_PAGES)[number];

export const DEFAULT_PACE = 700;
export const MAX_PACE = 10_000;

export interface PageOptions {
  seed: number | null; // null: the setup screen's default
  pace: number; // ms
  scenario: string | null; // null: the default scenario
  campaign: string | null; // a kept campaign's slot: the page plays its chapter now
  class: ClassPage | null; // a class's page (the teacher's console, the projector, the kit, the report)
  join: string | null; // a class on the class server, by its code: this device joins it
  watch: string | null; // a class on the class server, by its code: this screen shows its public view (the projector)
  notes: string[];
}

/** `extra` names options that a test build also reads (the test hook, the benchmark modes). */
export function readPageOptions(search: string, extra: readonly string[] = []): PageOptions {
  const params = new URLSearchParams(search);
  const known = ['seed', 'pace', 'scenario', 'campaign', 'class', 'join', 'watch', ...extra];
  const options: PageOptions = { seed: null, pace: DEFAULT_PACE, scenario: null, campaign: null, class: null, join: null, watch: null, notes: [] };
  const seen = new Set<string>();
  for (const [name, value] of params) {
    if (!known.includes(name)) {
      options.notes.push(`"${name}" is not an option of this page (its options are ${known.filter((k) => !extra.includes(k)).join(', ')}); it was ignored.`);
      continue;
    }
    if (seen.has(name)) {
      options.notes.push(`"${name}" is given more than once; only its first value is used.`);
      continue;
    }
    seen.add(name);
    if (name === 'seed') {
      const seed = parseSeed(value);
      if (seed === null) options.notes.push(`The seed "${value}" is not ${SEED_RANGE}; the game's own seed is used.`);
      options.seed = seed;
    } else if (name === 'pace') {
      const pace = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
      if (Number.isInteger(pace) && pace <= MAX_PACE) options.pace = pace;
      else options.notes.push(`The pace "${value}" is not a number of milliseconds from 0 to ${MAX_PACE.toLocaleString('en-GB')}; the computer waits ${DEFAULT_PACE} ms.`);
    } else if (name === 'scenario') {
      options.scenario = value;
    } else if (name === 'campaign') {
      if (/^c\d{1,6}$/.test(value)) options.campaign = value;
      else options.notes.push(`The campaign "${value}" is not one this browser could keep (they are named c1, c2, …); the title is shown instead.`);
    } else if (name === 'join' || name === 'watch') {
      const code = value.trim().toUpperCase();
      if (CODE_PATTERN.test(code)) options[name] = code;
      else options.notes.push(`"${value}" is not a class code (6 letters and digits, as the projector shows it); ${name === 'join' ? 'type it on the page instead' : "open the projector's page from the teacher's console instead"}.`);
      options[name] ??= '';
    } else if (name === 'class') {
      const page = CLASS_PAGES.find((p) => p === value);
      if (page) options.class = page;
      else options.notes.push(`"${value}" is not one of a class's pages (${CLASS_PAGES.join(', ')}); the title is shown instead.`);
    }
  }
  return options;
}
