/**
 * `npm run class`: the class server on the teacher's laptop. Serves the built game (dist/, from
 * `npm run build`) and the realtime rooms on the school network, needs no internet, keeps the running
 * classes in a folder of its own so a restart resumes them, and prints the address to open on the
 * students' devices with a QR code of it, and the teacher's console (?class=network), which opens a class and
 * shows its code and a QR code of the students' address. Options: --port N (8080), --host H (every interface), --data DIR
 * (tenth-congress-classes-PORT in the system's temporary folder; one folder per process), --redis redis://HOST:PORT (several class servers
 * behind one address share their devices through this Redis server). Node only.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderUnicodeCompact } from 'uqr';
import { parseScenarioText } from '../content/parseText';
import type { Scenario } from '../content/schema';
import { startClassServer } from './server';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

/** The bundled scenarios that parse, by id. */
function scenarios(): Map<string, Scenario> {
  const dir = join(ROOT, 'scenarios');
  const found = new Map<string, Scenario>();
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json') && !/\.(schema|campaign|guide)\.json$/.test(x))) {
    const parsed = parseScenarioText(readFileSync(join(dir, f), 'utf8'));
    if (parsed.ok) found.set(parsed.scenario.id, parsed.scenario);
    else console.error(`scenarios/${f} cannot be played and is left out (npm run cli -- validate says why)`);
  }
  return found;
}

/** The addresses of this machine on the local networks (IPv4, not the loopback). */
function lanAddresses(): string[] {
  return Object.values(networkInterfaces()).flatMap((list) => (list ?? []).filter((a) => a.family === 'IPv4' && !a.internal).map((a) => a.address));
}

async function main(): Promise<void> {
  const port = Number(option('port', '8080'));
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`--port is a whole number from 1 to 65535, not "${option('port', '')}"`);
  const site = join(ROOT, 'dist');
  if (!existsSync(join(site, 'index.html'))) throw new Error('the game is not built: run `npm run build` first');
  // one folder per process: two class servers on one machine never share one
  const dataDir = option('data', join(tmpdir(), `tenth-congress-classes-${port}`));
  const addresses = lanAddresses().map((a) => `http://${a}:${port}/`);
  const redis = option('redis', '');
  if (redis && !/^rediss?:\/\/[^\s]+$/.test(redis)) throw new Error(`--redis is a Redis server's address (redis://host:6379), not "${redis}"`);
  const server = await startClassServer({ host: option('host', '0.0.0.0'), port, scenarios: scenarios(), site, dataDir, ...(redis ? { redis } : {}), ...(addresses[0] ? { publicUrl: addresses[0] } : {}) });
  if (redis) console.log(`Sharing its devices with the other class servers on ${redis} (Socket.IO's Redis adapter).`);
  for (const p of server.problems) console.error(`A kept class could not be resumed: ${p}`);
  console.log(`Tenth Congress class server: ${server.classes.size} class${server.classes.size === 1 ? '' : 'es'} resumed, kept in ${dataDir}.`);
  console.log(`The game on this laptop: http://127.0.0.1:${port}/`);
  if (!addresses.length) console.log('No local network was found: other devices cannot reach this laptop until it joins one.');
  for (const a of addresses) console.log(`The game on the school network: ${a}`);
  if (addresses[0]) console.log(renderUnicodeCompact(addresses[0]));
  console.log(`The teacher's console: http://127.0.0.1:${port}/?class=network (it opens a class and shows its code and QR code for the students)`);
  console.log('Press Ctrl+C to stop; a class goes on from where it was when the server is started again.');
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`The class server could not start: ${(error as Error).message}`);
  process.exit(1);
});
