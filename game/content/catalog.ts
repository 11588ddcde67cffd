/**
 * The scenarios bundled with the game (every scenarios/*.json, checked when loaded). A broken file becomes
 * a list of problems for the error screen, never a crash.
 */
import { parseScenario, type Problem } from './parse';
import type { Scenario } from './schema';

const files = import.meta.glob<unknown>('/scenarios/*.json', { eager: true, import: 'default' });

export const DEFAULT_SCENARIO = '1921-tenth-congress';

export type Loaded = { ok: true; scenario: Scenario } | { ok: false; file: string; problems: Problem[] };

export function scenarioIds(): string[] {
  return Object.keys(files)
    .map((path) => path.replace(/^.*\//, '').replace(/\.json$/, ''))
    .filter((id) => id !== 'scenario.schema');
}

/** Id and title of every bundled scenario that parses, for the scenario picker. */
export function scenarioList(): { id: string; title: string; dates: string }[] {
  return scenarioIds().flatMap((id) => {
    const loaded = loadBundledScenario(id);
    return loaded.ok ? [{ id, title: loaded.scenario.title, dates: loaded.scenario.dates }] : [];
  });
}

export function loadBundledScenario(id: string): Loaded {
  const file = `scenarios/${id}.json`;
  const raw = files[`/${file}`];
  if (raw === undefined) return { ok: false, file, problems: [{ path: '(root)', message: `no such scenario; the game has: ${scenarioIds().join(', ')}` }] };
  const parsed = parseScenario(raw);
  return parsed.ok ? parsed : { ok: false, file, problems: parsed.problems };
}
