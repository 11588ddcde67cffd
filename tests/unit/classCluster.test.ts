/**
 * The class server past one process (issue 15): two class servers sharing their devices through Socket.IO's
 * Redis adapter, on a Redis server this test starts (Debian's redis-server, on a free port of 127.0.0.1, with
 * nothing kept on disk). A class opened on the first is joined and played from devices connected to either;
 * the console, connected to the second, follows it and moves the congress on; each device is sent its own
 * view whichever process it is connected to, and no student's frames carry another seat's secret.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { secretOf } from '../../game/rules/outcome';
import { startClassServer, type ClassServer } from '../../game/server/server';
import { ask, device, onWire, viewWhere, type Device } from '../support/classDevices';
import { loadScenario } from '../support/scenario';

const sc = loadScenario();
const scenarios = new Map([[sc.id, sc]]);

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** Debian's redis-server on a free port: resolves once it accepts connections. */
async function startRedis(): Promise<{ url: string; stop(): void }> {
  const port = await freePort();
  const child: ChildProcess = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.once('error', (e) => reject(new Error(`redis-server could not be started (is Debian's redis-server installed? .ci/run installs it): ${e.message}`)));
    child.stdout!.on('data', (b: Buffer) => {
      out += b.toString();
      if (/Ready to accept connections/.test(out)) resolve();
    });
    child.once('exit', (code) => reject(new Error(`redis-server stopped (${code}): ${out.slice(-500)}`)));
  });
  return { url: `redis://127.0.0.1:${port}`, stop: () => child.kill('SIGTERM') };
}

describe('two class servers sharing their devices through Redis', () => {
  let redis: { url: string; stop(): void };
  let a: ClassServer;
  let b: ClassServer;
  const all: Device[] = [];

  beforeAll(async () => {
    redis = await startRedis();
    a = await startClassServer({ scenarios, seed: () => 5, redis: redis.url });
    b = await startClassServer({ scenarios, seed: () => 6, redis: redis.url });
  });

  afterAll(async () => {
    for (const d of all) d.socket.close();
    await a?.close();
    await b?.close();
    redis?.stop();
  });

  it('plays a class opened on one from devices on both, the console on the other', async () => {
    const opener = await device(sc, a.url);
    all.push(opener);
    const made = await ask(opener, 'create', { scenario: sc.id });
    expect(made.ok).toBe(true);
    const code = made.code as string;
    const secret = made.secret as string;
    expect(a.classes.has(code)).toBe(true);
    expect(b.classes.has(code)).toBe(false); // one owner

    // the console follows the class from the other process
    const console_ = await device(sc, b.url);
    all.push(console_);
    const rosters: { members: { seat: string | null; here: boolean }[] }[] = [];
    console_.socket.on('roster', (r: (typeof rosters)[number]) => rosters.push(r));
    expect(await ask(console_, 'console', { code, secret: 'z'.repeat(30) })).toMatchObject({ ok: false, problem: "that is not this class's secret" });
    expect(await ask(console_, 'console', { code, secret })).toMatchObject({ ok: true });

    // three students: two on the second process, one on the first
    const students: Device[] = [];
    const seats: string[] = [];
    for (const url of [b.url, a.url, b.url]) {
      const d = await device(sc, url);
      all.push(d);
      const joined = await ask(d, 'join', { code, as: 'student' });
      expect(joined).toMatchObject({ ok: true, rejoined: false });
      seats.push((joined.member as { seat: string }).seat);
      students.push(d);
    }
    expect(new Set(seats).size).toBe(3);
    const projector = await device(sc, b.url);
    all.push(projector);
    expect(await ask(projector, 'join', { code, as: 'projector' })).toMatchObject({ ok: true });

    // the Discussion, each student moving for its own seat wherever it is connected
    const room = a.classes.get(code)!;
    for (let guard = 0; room.match.state.phase === 'discussion' && guard < 50; guard++) {
      const due = room.match.state.seats.find((s) => !room.match.state.acted.includes(s.id))!.id;
      const d = students[seats.indexOf(due)]!;
      const seen = await viewWhere(d, (v) => v.step === room.match.state.step);
      expect(await ask(d, 'command', { command: seen.you!.legal[0] })).toMatchObject({ ok: true });
    }
    expect(room.match.state.phase).toBe('elected');
    // a student on one process cannot move for a seat, nor move the congress on
    expect(await ask(students[0]!, 'command', { command: { type: 'open' } })).toMatchObject({ ok: false, problem: expect.stringMatching(/only the teacher/) });
    // the console, on the other process, opens the congress
    expect(await ask(console_, 'facilitate', { code, secret, act: { kind: 'command', command: { type: 'open' } } })).toMatchObject({ ok: true });
    const step = room.match.state.step;
    for (const d of [...students, projector, console_]) expect((await viewWhere(d, (v) => v.step === step)).phase).toBe('opening');
    expect((await viewWhere(projector, (v) => v.step === step)).you).toBeNull();
    expect(rosters.at(-1)!.members.filter((m) => m.seat).length).toBe(3);
    expect(rosters.at(-1)!.members.every((m) => m.here)).toBe(true);

    // no student's frames carry another seat's secret, whichever process sent them
    const state = room.match.state;
    for (const [i, d] of students.entries()) {
      const wire = d.frames.join('\n');
      for (const other of seats.filter((s) => s !== seats[i])) {
        expect(wire.includes(onWire(secretOf(sc, state, other)!.text))).toBe(false);
        for (const card of state.decks![other]!) expect(wire.includes(`"${card}"`)).toBe(false);
      }
      expect(wire.includes(onWire(secretOf(sc, state, seats[i]!)!.text))).toBe(true); // (the search works: its own secret is there)
      expect(wire).not.toMatch(/"rng":/);
      expect(wire).not.toContain(secret);
    }
  });

  it('answers a code no process holds', async () => {
    const d = await device(sc, b.url);
    all.push(d);
    expect(await ask(d, 'join', { code: 'ZZZZZZ', as: 'student' })).toMatchObject({ ok: false, problem: 'there is no class with this code' });
  });
});
