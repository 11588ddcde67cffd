/** Loads scenario files for tests, failing loudly (with every problem) when one does not parse. */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatProblems } from '../../game/content/parse';
import { parseScenarioText } from '../../game/content/parseText';
import type { Scenario } from '../../game/content/schema';

export const SCENARIO_DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));
export const SCENARIO_1921 = `${SCENARIO_DIR}1921-tenth-congress.json`;

export function scenarioFiles(): string[] {
  return readdirSync(SCENARIO_DIR)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json') && !f.endsWith('.campaign.json') && !f.endsWith('.guide.json'))
    .map((f) => `${SCENARIO_DIR}${f}`);
}

export function loadScenario(file = SCENARIO_1921): Scenario {
  const parsed = parseScenarioText(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(formatProblems(file, parsed.problems).join('\n'));
  return parsed.scenario;
}

export function rawScenario(file = SCENARIO_1921): Record<string, unknown> {
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}
