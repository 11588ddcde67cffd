/**
 * `npm run bench:class`: simulated students on 127.0.0.1 only, bounded in count and time. The class server
 * runs in a child process; this process opens ROOMS classes of CLIENTS devices each (the first three of a
 * class hold its three seats, the rest watch). In every class the students play the Discussion, one move
 * after another, twice over (a new set of classes each time):
 *   - paced: each student thinks before moving, a time drawn evenly between 0 and 2 THINK_MS (seeded, so
 *     every run draws the same), as in a lesson, where a class makes a move every few seconds at most;
 *   - all at once: no thinking, every class's move sent in the same instant as the others', the worst case.
 * For each move it measures the time from sending it to the moment every device of that class has its
 * update, and the size of each update (characters of JSON as sent). Prints rooms × clients held, the
 * latency's median, 95th and 99th percentiles, and the update sizes.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { io, type Socket } from 'socket.io-client';
import { nextFloat, seedState } from '../rules/rng';
import { applyUpdate, unpackMoves, type Update, type WireView } from '../server/updates';

const ROOMS = Number(process.env.ROOMS ?? 20);
const CLIENTS = Number(process.env.CLIENTS ?? 35);
const MOVES = 9; // each class's Discussion: 3 rounds of 3 platforms
const THINK_MS = Number(process.env.THINK_MS ?? 1000); // a student's mean time to think before a move, when paced
const LIMIT_MS = 240_000;

/** The same thinking times every run: the game's own seeded generator (rules/rng.ts). */
function thinker(seed: number): () => number {
  let state = seedState(seed);
  return () => {
    const [value, next] = nextFloat(state);
    state = next;
    return value;
  };
}

interface Device {
  socket: Socket;
  held: { seq: number; view: WireView } | null;
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
  const child = spawn(process.execPath, [...(process.env.PROFILE ? ['--cpu-prof', '--cpu-prof-dir=/tmp/prof'] : []), '--import', 'tsx', fileURLToPath(new URL('./benchClassServer.ts', import.meta.url))], { stdio: ['pipe', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.once('data', (b: Buffer) => resolve(b.toString().trim().split('\n')[0]!));
    child.once('exit', (code) => reject(new Error(`the server stopped (${code})`)));
  });
  const timer = setTimeout(() => {
    console.error(`bench:class: stopped after ${LIMIT_MS / 1000} s`);
    process.exit(1);
  }, LIMIT_MS);
  const devices: Device[] = [];
  /** Opens ROOMS classes of CLIENTS devices, plays their Discussions, and prints what it measured. */
  const run = async (label: string, think: () => number) => {
    const latencies: number[] = [];
    const held: Device[] = [];
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
        held.push(...members);
        return members;
      }),
    );
    devices.push(...held);
    console.log(`${label}: held ${ROOMS} classes × ${CLIENTS} devices = ${ROOMS * CLIENTS} connections to one server process`);
    const started = performance.now();
    await Promise.all(
      classes.map(async (members) => {
        for (let m = 0; m < MOVES; m++) {
          await Promise.all(members.map((d) => reach(d, 0)));
          const view = members[0]!.held!.view;
          const due = view.due.kind === 'seats' ? view.due.seats[0] : null;
          const mover = members.slice(0, 3).find((d) => d.held!.view.you?.seat === due);
          if (!mover) throw new Error('no student holds the seat that is due');
          const step = view.step;
          const wait = think();
          if (wait > 0) await new Promise((r) => setTimeout(r, wait));
          const t0 = performance.now();
          await mover.socket.emitWithAck('command', { command: unpackMoves(mover.held!.view.you!.legal)[0] });
          await Promise.all(members.map((d) => reach(d, step + 1)));
          latencies.push(performance.now() - t0);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const changes = held.flatMap((d) => d.sizes.slice(1));
    const wholes = held.map((d) => d.sizes[0]!);
    console.log(`  ${latencies.length} moves in ${seconds.toFixed(1)} s (${(latencies.length / seconds).toFixed(1)} moves a second, ${((latencies.length * CLIENTS) / seconds).toFixed(0)} updates a second)`);
    console.log(`  latency from a move to every device of its class having the update: median ${percentile(latencies, 50).toFixed(1)} ms, 95th percentile ${percentile(latencies, 95).toFixed(1)} ms, 99th ${percentile(latencies, 99).toFixed(1)} ms (target: 95th under 50 ms)`);
    console.log(`  update after a move (the changes to a device's view), over ${changes.length} updates: median ${(percentile(changes, 50) / 1000).toFixed(1)} KB, 95th percentile ${(percentile(changes, 95) / 1000).toFixed(1)} KB, largest ${(Math.max(...changes) / 1000).toFixed(1)} KB (target under 4 KB); the whole view on joining ${(percentile(wholes, 50) / 1000).toFixed(1)} KB`);
    for (const d of held) d.socket.close();
  };
  try {
    const random = thinker(1921);
    await run(`paced (a student thinks 0 to ${(2 * THINK_MS) / 1000} s before a move)`, () => random() * 2 * THINK_MS);
    await run('all at once (every class moves in the same instant)', () => 0);
  } finally {
    clearTimeout(timer);
    for (const d of devices) d.socket.close();
    const stopped = new Promise((resolve) => child.once('exit', resolve));
    child.stdin.end();
    await stopped;
  }
}

await main();
process.exit(0);
