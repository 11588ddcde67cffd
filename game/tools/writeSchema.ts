/**
 * Writes scenarios/scenario.schema.json and scenarios/campaign.schema.json from the zod schemas, so editors
 * complete and check scenario and campaign fields. Run with `npm run schema`; a content test fails when the committed file is out of date.
 * Cross-reference checks are not expressible in JSON Schema: the CLI's validate remains the authority.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { CampaignSchema } from '../content/campaign';
import { ScenarioSchema } from '../content/schema';

function jsonSchemaOf(schema: z.ZodType, title: string): string {
  return `${JSON.stringify({ ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), title }, null, 2)}\n`;
}

export const scenarioJsonSchema = (): string => jsonSchemaOf(ScenarioSchema, 'Tenth Congress scenario');
export const campaignJsonSchema = (): string => jsonSchemaOf(CampaignSchema, 'Tenth Congress campaign');

export const SCHEMA_PATH = fileURLToPath(new URL('../../scenarios/scenario.schema.json', import.meta.url));
export const CAMPAIGN_SCHEMA_PATH = fileURLToPath(new URL('../../scenarios/campaign.schema.json', import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(SCHEMA_PATH, scenarioJsonSchema());
  writeFileSync(CAMPAIGN_SCHEMA_PATH, campaignJsonSchema());
  console.log(`wrote ${SCHEMA_PATH} and ${CAMPAIGN_SCHEMA_PATH}`);
}
