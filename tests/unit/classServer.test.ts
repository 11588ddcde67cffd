/**
 * The class server (issue 15): Socket.IO on 127.0.0.1, the teacher's console opening a class,
 * three students joining by its code, each sent its own view. Every frame a student's socket receives is
 * read: none carries another seat's hand, another seat's secret objective, the seed's generator state or
 * the authority's secrets. A student cannot act for another seat or move the congress on, the console's
 * commands need the class's secret, a malformed or oversized message is refused to its sender alone and
 * changes nothing, and a student who drops rejoins the same seat with its token and gets the current view.
 * After the lesson the teacher downloads the match record and ends the class: the server forgets it.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../game/host/csp';
import { contentHash } from '../../game/match/hash';
import { openSave } from '../../game/match/saveFile';
import { secretOf } from '../../game/rules/outcome';
import { MAX_MESSAGE_BYTES } from '../../game/server/protocol';
import { startClassServer, type ClassServer } from '../../game/server/server';
import { ask, device, onWire, viewWhere, type Device } from '../support/classDevices';
import { io as connect } from 'socket.io-client';
import { loadScenario } from '../support/scenario';

const sc = loadScenario();

describe('the class server', () => {
  let server: ClassServer;
  let teacher: Device;
  let code = '';
  let secret = '';
  const students: Device[] = [];
  const seats: string[] = [];
  const tokens: string[] = [];

  beforeAll(async () => {
    server = await startClassServer({ scenarios: new Map([[sc.id, sc]]), seed: () => 1921 });
    teacher = await device(sc, server.url);
    const made = await ask(teacher, 'create', { scenario: sc.id });
    expect(made.ok).toBe(true);
    code = made.code as string;
    secret = made.secret as string;
    for (let i = 0; i < 3; i++) {
      const d = await device(sc, server.url);
      const joined = await ask(d, 'join', { code, as: 'student' });
      expect(joined).toMatchObject({ ok: true, rejoined: false });
      const member = joined.member as { seat: string; token: string; name: string };
      seats.push(member.seat);
      tokens.push(member.token);
      expect(member.name).toMatch(/^Student \d+$/); // a pseudonym by default
      students.push(d);
    }
  });

  afterAll(async () => {
    for (const d of [teacher, ...students]) d?.socket.close();
    await server?.close();
  });

  it('gives a class a code hard to guess and every student a seat of its own', () => {
    expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/);
    expect(secret.length).toBeGreaterThanOrEqual(30);
    expect(new Set(seats).size).toBe(3);
    expect([...seats].sort()).toEqual(sc.platforms.filter((p) => p.playable).map((p) => p.id).sort());
  });

  it('refuses a wrong code, another seat\'s move, the congress moved on by a student, a wrong secret, malformed and oversized messages, each to the sender alone', async () => {
    const [a, b] = students as [Device, Device];
    const seatOfA = seats[0]!;
    const other = seats[1]!;
    const before = server.classes.get(code)!.match.record.commands.length;
    const framesOfB = b.frames.length;
    expect(await ask(a, 'command', { command: { type: 'publish', seat: other } })).toMatchObject({ ok: false, problem: expect.stringMatching(/you play the/) });
    expect(await ask(a, 'command', { command: { type: 'open' } })).toMatchObject({ ok: false, problem: expect.stringMatching(/only the teacher/) });
    expect(await ask(a, 'facilitate', { code, secret: 'x'.repeat(30), act: { kind: 'command', command: { type: 'open' } } })).toMatchObject({ ok: false, problem: expect.stringMatching(/not this class's secret/) });
    expect(await ask(a, 'command', { command: { type: 'publish', seat: seatOfA, extra: 'x'.repeat(MAX_MESSAGE_BYTES) } })).toMatchObject({ ok: false, problem: expect.stringMatching(/the most a device may send/) });
    expect(await ask(a, 'command', { command: { type: 'teleport', seat: seatOfA } })).toMatchObject({ ok: false });
    expect(await ask(a, 'command', '{not json')).toMatchObject({ ok: false, problem: expect.stringMatching(/not readable JSON/) });
    const stranger = await device(sc, server.url);
    expect(await ask(stranger, 'join', { code: code === 'ZZZZZZ' ? 'YYYYYY' : 'ZZZZZZ', as: 'student' })).toMatchObject({ ok: false, problem: 'there is no class with this code' });
    expect(await ask(stranger, 'join', { code: 'abc', as: 'student' })).toMatchObject({ ok: false });
    stranger.socket.close();
    expect(server.classes.get(code)!.match.record.commands.length).toBe(before);
    await new Promise((r) => setTimeout(r, 200));
    expect(b.frames.length).toBe(framesOfB); // nothing was sent to anyone else
  });

  it('plays the Discussion with each student moving for its own seat, and no frame a student receives carries another seat\'s secrets', async () => {
    const room = server.classes.get(code)!;
    for (let guard = 0; room.match.state.phase === 'discussion' && guard < 200; guard++) {
      const due = room.match.state.seats.find((s) => !room.match.state.acted.includes(s.id))!.id;
      const d = students[seats.indexOf(due)]!;
      const seen = await viewWhere(d, (v) => v.step === room.match.state.step);
      const mine = seen.you!.legal[0]!;
      const sent = await ask(d, 'command', { command: mine });
      expect(sent, JSON.stringify({ sent, mine })).toMatchObject({ ok: true });
    }
    expect(room.match.state.phase).not.toBe('discussion');
    const state = room.match.state;
    // after the first, whole view, each device is sent what changed: under 4 KB (the target), far less than the whole
    for (const d of students) {
      const [whole, ...changes] = d.updates;
      expect(changes.length).toBeGreaterThan(3);
      for (const n of changes) expect(n).toBeLessThan(Math.min(4000, whole! / 4));
    }
    for (const [i, d] of students.entries()) {
      await viewWhere(d, (v) => v.phase !== 'discussion');
      const own = seats[i]!;
      expect(d.frames.length).toBeGreaterThan(5);
      const wire = d.frames.join('\n');
      for (const otherSeat of seats.filter((s) => s !== own)) {
        for (const card of state.decks![otherSeat]!) expect(wire.includes(`"${card}"`), `${own}'s frames hold ${otherSeat}'s card ${card}`).toBe(false);
        expect(wire.includes(onWire(secretOf(sc, state, otherSeat)!.text)), `${own}'s frames hold ${otherSeat}'s secret objective`).toBe(false);
      }
      expect(wire.includes(onWire(secretOf(sc, state, own)!.text))).toBe(true); // (the search works: its own secret is there)
      expect(wire).not.toMatch(/"rng":/);
      expect(wire).not.toMatch(/"secrets":\{/);
      expect(wire).not.toContain(secret);
    }
  });

  it('lets the teacher move the congress on with the secret, and rename and reassign', async () => {
    const room = server.classes.get(code)!;
    expect(await ask(teacher, 'facilitate', { code, secret, act: { kind: 'command', command: { type: 'open' } } })).toMatchObject({ ok: true });
    expect(room.match.state.phase).toBe('opening');
    const first = room.roster()[0]!;
    expect(await ask(teacher, 'facilitate', { code, secret, act: { kind: 'rename', member: first.id, name: 'Anya' } })).toMatchObject({ ok: true });
    expect(room.roster()[0]!.name).toBe('Anya');
    const answer = await ask(teacher, 'facilitate', { code, secret, act: { kind: 'assign', member: first.id, seat: null } });
    expect(JSON.stringify(answer)).not.toContain(first.token); // the console is not sent the students' tokens
    expect(room.roster()[0]!.seat).toBeNull();
    expect(await ask(teacher, 'facilitate', { code, secret, act: { kind: 'assign', member: first.id, seat: seats[0]! } })).toMatchObject({ ok: true });
    // a classroom role: the student's device is told, with its name
    const told = new Promise<unknown>((resolve) => {
      const heard = (you: { role: string | null }) => you.role === 'chair' && (students[0]!.socket.off('you', heard), resolve(you));
      students[0]!.socket.on('you', heard);
    });
    expect(await ask(teacher, 'facilitate', { code, secret, act: { kind: 'role', member: first.id, role: 'no-such-role' } })).toMatchObject({ ok: false, problem: expect.stringMatching(/no role "no-such-role"/) });
    expect(await ask(teacher, 'facilitate', { code, secret, act: { kind: 'role', member: first.id, role: 'chair' } })).toMatchObject({ ok: true, roster: expect.arrayContaining([expect.objectContaining({ id: first.id, role: 'chair' })]) });
    expect(await told).toEqual({ name: 'Anya', seat: seats[0], role: 'chair' });
  });

  it('lets the console follow its class with the secret: the public view and the roster, never a token', async () => {
    const follower = await device(sc, server.url);
    const rosters: unknown[] = [];
    follower.socket.on('roster', (r: unknown) => rosters.push(r));
    expect(await ask(follower, 'console', { code, secret: 'y'.repeat(30) })).toMatchObject({ ok: false, problem: "that is not this class's secret" });
    expect(await ask(follower, 'console', { code, secret })).toMatchObject({ ok: true, scenario: sc.id });
    const v = await viewWhere(follower, () => true);
    expect(v.viewer).toEqual({ kind: 'public' });
    expect(v.you).toBeNull();
    for (let i = 0; i < 100 && !rosters.length; i++) await new Promise((r) => setTimeout(r, 20));
    const roster = rosters.at(-1) as { members: { id: string; seat: string | null; here: boolean }[] };
    expect(roster.members.filter((m) => m.seat).map((m) => m.seat).sort()).toEqual([...seats].sort());
    expect(roster.members.every((m) => m.here)).toBe(true);
    const wire = follower.frames.join('\n');
    for (const t of tokens) expect(wire).not.toContain(t);
    expect(wire).not.toMatch(/"rng":/);
    // a student's device drops: the console sees it gone
    const seen = rosters.length;
    const extra = await device(sc, server.url);
    await ask(extra, 'join', { code, as: 'projector' });
    extra.socket.close();
    for (let i = 0; i < 100 && !(rosters.slice(seen) as typeof roster[]).some((r) => r.members.some((m) => !m.here)); i++) await new Promise((r) => setTimeout(r, 20));
    expect((rosters.at(-1) as typeof roster).members.filter((m) => !m.here)).toHaveLength(1);
    follower.socket.close();
  });

  it('hands a seat to the computer, which plays it when it is due, recorded as the seat\'s with its reason', async () => {
    const room = server.classes.get(code)!;
    const handed = seats[2]!;
    expect(await ask(teacher, 'facilitate', { code, secret, act: { kind: 'computer', seat: handed } })).toMatchObject({ ok: true });
    expect(room.roster().find((m) => m.seat === handed)).toBeUndefined(); // its student gives it up
    expect(await ask(teacher, 'facilitate', { code, secret, act: { kind: 'command', command: { type: 'floor' } } })).toMatchObject({ ok: true });
    const played = room.match.record.commands.filter((c) => typeof c.by === 'object' && c.by.seat === handed && c.command.type === 'volunteer');
    expect(played).toHaveLength(1);
    expect(played[0]!.reason).toMatch(/^The computer plays this seat, as the teacher asked\. /);
    // the seat back to a student: the computer plays it no more
    const member = room.roster().find((m) => m.as === 'student' && m.seat === null)!;
    expect(await ask(teacher, 'facilitate', { code, secret, act: { kind: 'assign', member: member.id, seat: handed } })).toMatchObject({ ok: true });
    expect(room.computerSeats().has(handed)).toBe(false);
  });

  it('gives a newcomer no seat the computer plays, and refuses a second join on one connection', async () => {
    const room = server.classes.get(code)!;
    const handed = seats[2]!;
    expect(await ask(teacher, 'facilitate', { code, secret, act: { kind: 'computer', seat: handed } })).toMatchObject({ ok: true });
    const newcomer = await device(sc, server.url);
    const joined = await ask(newcomer, 'join', { code, as: 'student' });
    expect(joined).toMatchObject({ ok: true, member: { seat: null } }); // every seat is a student's or the computer's
    // a second join on the same connection (a double click) would put it in two views' groups: refused, nothing changes
    const members = room.roster().length;
    expect(await ask(newcomer, 'join', { code, as: 'projector' })).toMatchObject({ ok: false, problem: 'this device has already joined the class' });
    expect(room.roster()).toHaveLength(members);
    // the seat back to its student
    const back = room.roster().find((m) => m.as === 'student' && m.seat === null && m.id !== (joined.member as { id: string }).id)!;
    expect(await ask(teacher, 'facilitate', { code, secret, act: { kind: 'assign', member: back.id, seat: handed } })).toMatchObject({ ok: true });
    newcomer.socket.close();
  });

  it('limits the join attempts from one address', async () => {
    const limited = await startClassServer({ scenarios: new Map([[sc.id, sc]]), joinsPerMinute: 3 });
    try {
      const d = await device(sc, limited.url);
      const answers = [];
      for (let i = 0; i < 5; i++) answers.push(await ask(d, 'join', { code: 'ZZZZZZ', as: 'student' }));
      expect(answers.map((a) => a.problem)).toEqual([...Array(3).fill('there is no class with this code'), ...Array(2).fill('too many attempts from this address: wait a minute')]);
      // nor can a code be found by trying consoles from another connection of that address
      const prober = await device(sc, limited.url);
      expect(await ask(prober, 'console', { code: 'ZZZZZZ', secret: 'x'.repeat(30) })).toMatchObject({ ok: false, problem: 'too many attempts from this address: wait a minute' });
      prober.socket.close();
      d.socket.close();
    } finally {
      await limited.close();
    }
  });

  it('takes a student who dropped back to the same seat with its token, with the current view', async () => {
    students[1]!.socket.close();
    const back = await device(sc, server.url);
    const joined = await ask(back, 'join', { code, as: 'student', token: tokens[1] });
    expect(joined).toMatchObject({ ok: true, rejoined: true, member: { seat: seats[1] } });
    const v = await viewWhere(back, () => true);
    expect(v.phase).toBe(server.classes.get(code)!.match.state.phase);
    expect(v.step).toBe(server.classes.get(code)!.match.state.step);
    expect(v.you?.seat).toBe(seats[1]);
    students[1] = back;
  });
});

describe('the class server restarted', () => {
  it('resumes every class from where it was kept, its students rejoining their seats with the same code and tokens', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'class-server-'));
    const scenarios = new Map([[sc.id, sc]]);
    const first = await startClassServer({ scenarios, seed: () => 7, dataDir: dir });
    const teacher = await device(sc, first.url);
    const { code, secret } = (await ask(teacher, 'create', { scenario: sc.id })) as unknown as { code: string; secret: string };
    const student = await device(sc, first.url);
    const joined = (await ask(student, 'join', { code, as: 'student', name: 'Vera' })) as unknown as { member: { seat: string; token: string } };
    // the first student holds the first seat, which moves first in the Discussion
    const opening = await viewWhere(student, () => true);
    expect(await ask(student, 'command', { command: opening.you!.legal[0] })).toMatchObject({ ok: true });
    const step = first.classes.get(code)!.match.state.step;
    teacher.socket.close();
    student.socket.close();
    await first.close();
    // a kept class's file under another class's name (copied by hand) is named, not loaded twice
    const other = code === 'ZZZZZZ' ? 'YYYYYY' : 'ZZZZZZ';
    writeFileSync(join(dir, `${other}.json`), readFileSync(join(dir, `${code}.json`), 'utf8'));

    const second = await startClassServer({ scenarios, dataDir: dir });
    try {
      expect(second.problems).toEqual([`${other}.json: it holds the class ${code}, whose file is ${code}.json`]);
      expect([...second.classes.keys()]).toEqual([code]);
      expect(second.classes.get(code)!.match.state.step).toBe(step);
      const back = await device(sc, second.url);
      const again = await ask(back, 'join', { code, as: 'student', token: joined.member.token });
      expect(again).toMatchObject({ ok: true, rejoined: true, member: { seat: joined.member.seat, name: 'Vera' } });
      expect((await viewWhere(back, () => true)).step).toBe(step);
      const console2 = await device(sc, second.url);
      expect(await ask(console2, 'facilitate', { code, secret, act: { kind: 'rename', member: 'm1', name: 'Vera P.' } })).toMatchObject({ ok: true });
      // after the lesson: the teacher downloads the record, then ends the class, and the server forgets it
      const recorded = await ask(console2, 'facilitate', { code, secret, act: { kind: 'record' } });
      const opened = openSave(recorded.record as string, sc, contentHash(sc));
      expect(opened.ok && opened.match.state.step).toBe(step);
      expect(await ask(back, 'facilitate', { code, secret: 'x'.repeat(30), act: { kind: 'end' } })).toMatchObject({ ok: false });
      expect(existsSync(join(dir, `${code}.json`))).toBe(true);
      const told = new Promise((resolve) => back.socket.once('ended', resolve));
      expect(await ask(console2, 'facilitate', { code, secret, act: { kind: 'end' } })).toMatchObject({ ok: true });
      await told;
      expect(second.classes.has(code)).toBe(false);
      expect(existsSync(join(dir, `${code}.json`))).toBe(false);
      expect(await ask(back, 'join', { code, as: 'student', token: joined.member.token })).toMatchObject({ ok: false, problem: 'there is no class with this code' });
      back.socket.close();
      console2.socket.close();
    } finally {
      await second.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names a kept class it cannot read instead of failing to start', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'class-server-'));
    writeFileSync(join(dir, 'ABCDEF.json'), '{"format":"tenth-congress-class-server"');
    const server = await startClassServer({ scenarios: new Map([[sc.id, sc]]), dataDir: dir });
    try {
      expect(server.problems).toEqual([expect.stringMatching(/^ABCDEF\.json: /)]);
      expect(server.classes.size).toBe(0);
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the class server serving the game', () => {
  it('serves the built page with its Content-Security-Policy, and nothing outside the folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'class-site-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Tenth Congress</title>');
    writeFileSync(join(dir, 'assets', 'game-abc123.js'), 'export {};');
    writeFileSync(join(dirname(dir), 'outside-the-game.txt'), 'secret');
    const server = await startClassServer({ scenarios: new Map([[sc.id, sc]]), site: dir });
    try {
      const page = await fetch(`${server.url}/?join=ABCDEF`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(await page.text()).toContain('Tenth Congress');
      const script = await fetch(`${server.url}/assets/game-abc123.js`);
      expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
      expect(script.headers.get('cache-control')).toMatch(/immutable/);
      for (const path of ['/../outside-the-game.txt', '/%2e%2e/outside-the-game.txt', '/assets/../../outside-the-game.txt', '/..%2Foutside-the-game.txt', '/assets%2F..%2F..%2Foutside-the-game.txt']) {
        const r = await fetch(`${server.url}${path}`);
        expect([403, 404], path).toContain(r.status);
        expect(await r.text()).not.toContain('secret');
      }
      expect((await fetch(`${server.url}/`, { method: 'POST' })).status).toBe(405);
      // a page of another site may not open the realtime connection; the game's own page may
      const foreign = connect(server.url, { transports: ['websocket'], forceNew: true, reconnection: false, extraHeaders: { origin: 'http://elsewhere.example' } });
      await expect(new Promise((resolve, reject) => (foreign.once('connect', () => resolve('connected')), foreign.once('connect_error', reject)))).rejects.toThrow();
      foreign.close();
      const own = connect(server.url, { transports: ['websocket'], forceNew: true, reconnection: false, extraHeaders: { origin: server.url } });
      await expect(new Promise((resolve, reject) => (own.once('connect', () => resolve('connected')), own.once('connect_error', reject)))).resolves.toBe('connected');
      own.close();
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
      rmSync(join(dirname(dir), 'outside-the-game.txt'), { force: true });
    }
  });
});
