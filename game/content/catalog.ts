/**
 * The scenarios bundled with the game (every scenarios/*.json but the schemas and the campaigns), each fetched only when
 * asked for, so the first download stays small. A broken file becomes a list of problems for the error
 * screen, a download that fails says so, never a crash.
 */
import { parseScenario, type Problem } from './parse';
import type { Scenario } from './schema';

const files = import.meta.glob<unknown>(['/scenarios/*.json', '!/scenarios/*.schema.json', '!/scenarios/*.campaign.json'], { import: 'default' });

export const DEFAULT_SCENARIO = '1921-tenth-congress';

/** A scenario, or what is wrong with its file, or (`unreachable`) that the file never arrived. */
export type Loaded = { ok: true; scenario: Scenario } | { ok: false; file: string; problems: Problem[]; unreachable?: string };

export function scenarioIds(): string[] {
  return Object.keys(files).map((path) => path.replace(/^.*\//, '').replace(/\.json$/, ''));
}

/** Id, title and dates of every bundled scenario that parses, for the scenario picker. */
export async function scenarioList(): Promise<{ id: string; title: string; dates: string }[]> {
  const loaded = await Promise.all(scenarioIds().map(async (id) => ({ id, loaded: await loadBundledScenario(id) })));
  return loaded.flatMap(({ id, loaded: l }) => (l.ok ? [{ id, title: l.scenario.title, dates: l.scenario.dates }] : []));
}

export async function loadBundledScenario(id: string): Promise<Loaded> {
  const file = `scenarios/${id}.json`;
  const load = files[`/${file}`];
  if (!load) return { ok: false, file, problems: [{ path: '(root)', message: `no such scenario; the game has: ${scenarioIds().join(', ')}` }] };
  let raw: unknown;
  try {
    raw = await load();
  } catch (error) {
    // the network or the server, not the file: say so, and let the player try again
    return { ok: false, file, problems: [], unreachable: (error as Error).message };
  }
  const parsed = parseScenario(raw);
  return parsed.ok ? parsed : { ok: false, file, problems: parsed.problems };
}
