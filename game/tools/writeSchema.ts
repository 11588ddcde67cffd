/**
 * Writes scenarios/scenario.schema.json from the zod schema, so editors complete and check scenario
 * fields. Run with `npm run schema`; a content test fails when the committed file is out of date.
 * Cross-reference checks are not expressible in JSON Schema: the CLI's validate remains the authority.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ScenarioSchema } from '../content/schema';

export function scenarioJsonSchema(): string {
  const schema = z.toJSONSchema(ScenarioSchema, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...schema, title: 'Tenth Congress scenario' }, null, 2)}\n`;
}

export const SCHEMA_PATH = fileURLToPath(new URL('../../scenarios/scenario.schema.json', import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(SCHEMA_PATH, scenarioJsonSchema());
  console.log(`wrote ${SCHEMA_PATH}`);
}
