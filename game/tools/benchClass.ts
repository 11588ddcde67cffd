/**
 * `npm run bench:class`: simulated students on 127.0.0.1 only, bounded in count and time. The class server
 * runs in a child process; this process opens ROOMS classes of CLIENTS devices each (the first three of a
 * class hold its three seats, the rest watch), then in every class at once the students play the
 * Discussion, one move after another, and for each move measures the time from sending it to the moment
 * every device of that class has its update, and the size of each update (characters of JSON as sent).
 * Prints rooms × clients held, the latency's median, 95th and 99th percentiles, and the update sizes.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { io, type Socket } from 'socket.io-client';
import type { MatchView } from '../match/view';
import { applyUpdate, type Update } from '../server/updates';

const ROOMS = Number(process.env.ROOMS ?? 20);
const CLIENTS = Number(process.env.CLIENTS ?? 35);
const MOVES = 9; // each class's Discussion: 3 rounds of 3 platforms
const LIMIT_MS = 240_000;

interface Device {
  socket: Socket;
  held: { seq: number; view: MatchView } | null;
  sizes: number[];
  waiters: (() => void)[];
}

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

async function connect(url: string): Promise<Device> {
  const socket = io(url, { transports: ['websocket'], forceNew: true, reconnection: false });
  const d: Device = { socket, held: null, sizes: [], waiters: [] };
  socket.on('update', (u: Update) => {
    d.sizes.push(JSON.stringify(u).length);
    const next = applyUpdate(d.held, u);
    if (next === 'resync') throw new Error('a device missed an update');
    d.held = next;
    for (const w of d.waiters.splice(0)) w();
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  return d;
}

/** Resolves once the device's view has reached `step`. */
function reach(d: Device, step: number): Promise<void> {
  return new Promise((resolve) => {
    const check = () => (d.held && d.held.view.step >= step ? resolve() : d.waiters.push(check));
    check();
  });
}

async function main(): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./benchClassServer.ts', import.meta.url))], { stdio: ['pipe', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.once('data', (b: Buffer) => resolve(b.toString().trim().split('\n')[0]!));
    child.once('exit', (code) => reject(new Error(`the server stopped (${code})`)));
  });
  const timer = setTimeout(() => {
    console.error(`bench:class: stopped after ${LIMIT_MS / 1000} s`);
    process.exit(1);
  }, LIMIT_MS);
  const latencies: number[] = [];
  const devices: Device[] = [];
  try {
    const classes = await Promise.all(
      Array.from({ length: ROOMS }, async () => {
        const teacher = await connect(url);
        const made = (await teacher.socket.emitWithAck('create', { scenario: '1921-tenth-congress' })) as { code: string };
        teacher.socket.close();
        const members: Device[] = [];
        for (let i = 0; i < CLIENTS; i++) {
          const d = await connect(url);
          await d.socket.emitWithAck('join', { code: made.code, as: 'student' });
          members.push(d);
        }
        devices.push(...members);
        return members;
      }),
    );
    console.log(`held: ${ROOMS} classes × ${CLIENTS} devices = ${ROOMS * CLIENTS} connections to one server process`);
    await Promise.all(
      classes.map(async (members) => {
        for (let m = 0; m < MOVES; m++) {
          await Promise.all(members.map((d) => reach(d, 0)));
          const view = members[0]!.held!.view;
          const due = view.due.kind === 'seats' ? view.due.seats[0] : null;
          const mover = members.slice(0, 3).find((d) => d.held!.view.you?.seat === due);
          if (!mover) throw new Error('no student holds the seat that is due');
          const step = view.step;
          const t0 = performance.now();
          await mover.socket.emitWithAck('command', { command: mover.held!.view.you!.legal[0] });
          await Promise.all(members.map((d) => reach(d, step + 1)));
          latencies.push(performance.now() - t0);
        }
      }),
    );
    const changes = devices.flatMap((d) => d.sizes.slice(1));
    const wholes = devices.map((d) => d.sizes[0]!);
    console.log(`latency from a move to every device of its class having the update, over ${latencies.length} moves: median ${percentile(latencies, 50).toFixed(1)} ms, 95th percentile ${percentile(latencies, 95).toFixed(1)} ms, 99th ${percentile(latencies, 99).toFixed(1)} ms (target: 95th under 50 ms)`);
    console.log(`update after a move (the changes to a device's view), over ${changes.length} updates: median ${(percentile(changes, 50) / 1000).toFixed(1)} KB, 95th percentile ${(percentile(changes, 95) / 1000).toFixed(1)} KB, largest ${(Math.max(...changes) / 1000).toFixed(1)} KB (target under 4 KB); the whole view on joining ${(percentile(wholes, 50) / 1000).toFixed(1)} KB`);
  } finally {
    clearTimeout(timer);
    for (const d of devices) d.socket.close();
    child.stdin.end();
  }
}

await main();
process.exit(0);
