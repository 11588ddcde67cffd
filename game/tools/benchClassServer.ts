/**
 * The class server alone, for `npm run bench:class`: started on 127.0.0.1 on a free port with the 1921
 * scenario, its address printed on the first line, stopped when its input closes. In a process of its own,
 * so the simulated students do not share its thread.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseScenarioText } from '../content/parseText';
import { startClassServer } from '../server/server';

const parsed = parseScenarioText(readFileSync(fileURLToPath(new URL('../../scenarios/1921-tenth-congress.json', import.meta.url)), 'utf8'));
if (!parsed.ok) throw new Error('the 1921 scenario does not parse');
const server = await startClassServer({ scenarios: new Map([[parsed.scenario.id, parsed.scenario]]), seed: () => 1921, joinsPerMinute: 100_000, classesPerMinute: 100_000 }); // every simulated device comes from 127.0.0.1
console.log(server.url);
process.stdin.resume();
process.stdin.on('end', () => void server.close().then(() => process.exit(0)));
