/**
 * The class server (issue 15) on Socket.IO 4.8: one process holds many classes, each a ClassRoom (the
 * authority). Every message is read by protocol.ts where it arrives, before it reaches a class; the answer
 * to a message goes to its sender alone (an acknowledgement), and after a change every device of the class
 * is sent its own view. Codes, secrets and tokens come from the system's secure random source; joins are
 * limited per address.
 *
 * Past one process, Socket.IO's Redis adapter (`redis` option): several processes behind one address, a
 * device connected to any of them. A class lives in the process that opened it (its owner, which keeps it
 * and resumes it after a restart); a message that arrives at another process is passed to the owner with
 * the adapter's server-side messages, and the owner sends each device its views through the adapter's
 * rooms, which reach a device whichever process it is connected to. Node only.
 */
import { randomBytes, randomInt } from 'node:crypto';
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdapter } from '@socket.io/redis-adapter';
import { createClient } from 'redis';
import { Server, type Socket } from 'socket.io';
import type { Scenario } from '../content/schema';
import { contentHash } from '../match/hash';
import { newMatch } from '../match/match';
import { seatsOf } from '../rules/setup';
import type { z } from 'zod';
import { CODE_ALPHABET, CODE_LENGTH, CommandMessage, ConsoleMessage, CreateMessage, FacilitatorMessage, JoinSchema, MAX_MESSAGE_BYTES, readMessage, type Join } from './protocol';
import { ClassRoom } from './room';
import { packView, updateFrom, type Update, type WireView } from './updates';
import { serveSite } from './site';
import { classStore } from './store';

/**
 * At most this many join attempts from one address in a minute, by default: a code cannot be guessed by
 * trying (31^6 codes), and a class whose devices share one address behind a school's router still joins.
 */
export const JOINS_PER_MINUTE = 120;
export const MAX_CLASSES = 200;
/** Classes one address may open in a minute, by default. */
export const CLASSES_PER_MINUTE = 20;

type Ack = (answer: unknown) => void;

export interface ClassServer {
  url: string;
  io: Server;
  classes: Map<string, ClassRoom>;
  /** Kept classes that could not be resumed, each with why. */
  problems: string[];
  close(): Promise<void>;
}

export interface ServerOptions {
  host?: string;
  port?: number;
  /** The scenarios a class may be played on, by id. */
  scenarios: ReadonlyMap<string, Scenario>;
  seed?: () => number;
  /** Where the classes are kept while they run, to resume them after a restart; none: kept in memory only. */
  dataDir?: string;
  /** The built game to serve (dist/), with its Content-Security-Policy; none: the realtime rooms only. */
  site?: string;
  /** Join attempts allowed from one address in a minute (JOINS_PER_MINUTE). */
  joinsPerMinute?: number;
  /** Classes one address may open in a minute (CLASSES_PER_MINUTE). */
  classesPerMinute?: number;
  /** A Redis server (redis://host:port) through which several class servers share their devices (Socket.IO's Redis adapter); none: one process. */
  redis?: string;
  /** The address the students' devices reach the server at (the laptop on the school network), for the console's code and QR code; none: the console's own. */
  publicUrl?: string;
}

const token = () => randomBytes(24).toString('base64url');
const newCode = () => Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');

export async function startClassServer(options: ServerOptions): Promise<ClassServer> {
  const http: HttpServer = createServer(options.site ? serveSite(options.site) : (_req, res) => {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Not found');
  });
  // only the game's own pages connect: a page of another site open in a browser on the network may not (no Origin: not a browser)
  const sameOrigin = (origin: string | undefined, host: string | undefined) => {
    if (!origin) return true;
    try {
      return new URL(origin).host === host;
    } catch {
      return false;
    }
  };
  const io = new Server(http, { maxHttpBufferSize: MAX_MESSAGE_BYTES * 2, serveClient: false, cors: { origin: false }, allowRequest: (req, done) => done(null, sameOrigin(req.headers.origin, req.headers.host)) });
  const redis = options.redis ? createClient({ url: options.redis }) : null;
  const redisSub = redis?.duplicate() ?? null;
  if (redis && redisSub) {
    await Promise.all([redis.connect(), redisSub.connect()]);
    io.adapter(createAdapter(redis, redisSub));
  }
  const classes = new Map<string, ClassRoom>();
  const store = options.dataDir ? classStore(options.dataDir) : null;
  const problems: string[] = [];
  if (store) {
    const kept = store.load(options.scenarios, token);
    for (const room of kept.rooms) classes.set(room.code, room);
    problems.push(...kept.problems);
  }
  const keep = (room: ClassRoom) => store?.save(room);
  const reach = options.publicUrl ? { publicUrl: options.publicUrl } : {}; // told to the console and the projector, for their QR codes
  const joins = new Map<string, number[]>();

  /**
   * The devices of each class this process owns, by socket id, wherever they are connected: the owner
   * knows them because every join comes to it. A device is a member's (a student, a projector) or a console.
   */
  const devices = new Map<string, Map<string, Device>>(); // class code -> socket id -> device
  const devicesOf = (code: string) => {
    let d = devices.get(code);
    if (!d) devices.set(code, (d = new Map()));
    return d;
  };

  /**
   * Each device is sent the changes to its own view since the last (updates.ts). The devices that see
   * the same view (the same seat, or the public) form a group, a Socket.IO room of its own: after a change
   * its view is worked out once, its changes once, and sent to the whole group in one broadcast (encoded
   * once), so that thirty spectators cost one view and one message, not thirty. A group's updates are
   * numbered; a device that joins it, or asks again, is sent the group's whole view with its number.
   */
  const groups = new Map<string, Map<string, { seq: number; view: WireView }>>(); // class code -> viewer -> the view the group was last sent
  const groupsOf = (code: string) => {
    let g = groups.get(code);
    if (!g) groups.set(code, (g = new Map()));
    return g;
  };
  /** Whose eyes a device sees with: its member's seat, or the public (a spectator, the console). */
  const viewerOf = (d: Device, room: ClassRoom): string => (d.member ? room.viewerOf(d.member) : 'public');
  /** Puts a device in the group for its view and sends it that view whole. */
  const sendWhole = (id: string, d: Device, room: ClassRoom) => {
    const viewer = viewerOf(d, room);
    if (d.group !== viewer) {
      if (d.group) io.in(id).socketsLeave(groupRoom(room.code, d.group));
      io.in(id).socketsJoin(groupRoom(room.code, viewer));
      d.group = viewer;
    }
    const mine = groupsOf(room.code);
    let group = mine.get(viewer);
    if (!group) mine.set(viewer, (group = { seq: 1, view: packView(room.scenario, room.viewFor(viewer)) }));
    io.to(id).emit('update', { seq: group.seq, view: group.view } satisfies Update);
  };
  /**
   * After a change, every device of the class. The groups that keep their devices are sent their changes;
   * then a device that now sees with other eyes (a seat given or taken) moves to that group and is sent its
   * view whole; a group no device sees any more is forgotten.
   */
  const sendViews = (room: ClassRoom) => {
    const staying = new Set<string>(); // the viewers whose groups keep their devices
    const moving: [string, Device][] = [];
    for (const [id, d] of devicesOf(room.code)) {
      const viewer = viewerOf(d, room);
      if (d.group === viewer) staying.add(viewer);
      else moving.push([id, d]);
    }
    const mine = groupsOf(room.code);
    for (const viewer of [...mine.keys()]) if (!staying.has(viewer)) mine.delete(viewer);
    for (const [viewer, group] of mine) {
      const next = packView(room.scenario, room.viewFor(viewer));
      const update = updateFrom(group.view, next, group.seq + 1);
      if ('ops' in update && !update.ops.length) continue; // nothing moved for this group: nothing sent, nothing numbered
      mine.set(viewer, { seq: update.seq, view: next });
      io.to(groupRoom(room.code, viewer)).emit('update', update);
    }
    for (const [id, d] of moving) sendWhole(id, d, room);
    sendRoster(room);
  };
  /** Each member's device is told who it is now, after the teacher renamed a member, gave a seat or a role. */
  const sendMembers = (room: ClassRoom) => {
    const roster = new Map(room.roster().map((r) => [r.id, r]));
    for (const [id, d] of devicesOf(room.code)) {
      const r = d.member ? roster.get(d.member) : undefined;
      if (r) io.to(id).emit('you', { name: r.name, seat: r.seat, role: r.role ?? null });
    }
  };
  /** The class's consoles are sent who is in the class (names, seats, whether their device is here now; never a token). */
  const sendRoster = (room: ClassRoom) => {
    const here = new Set([...devicesOf(room.code).values()].flatMap((d) => (d.member ? [d.member] : [])));
    io.to(`console:${room.code}`).emit('roster', {
      members: rosterOf(room).map((r) => ({ ...r, here: here.has(r.id) })),
      computer: Object.fromEntries(room.computerSeats()),
    });
  };

  /** What the owner of a class does with a message read where it arrived; the answer goes back to the device. */
  const act = (room: ClassRoom, id: string, m: Routed): Answer => {
    const mine = devicesOf(room.code);
    const answer = ((): Answer => {
      switch (m.kind) {
        case 'join': {
          // one member per connection: a second join (a double click) would leave the socket in two views' groups
          if (mine.has(id)) return { ok: false, problem: 'this device has already joined the class' };
          const joined = room.join(m.value);
          if (!joined.member) return { ok: false, problem: joined.problem };
          const { member, rejoined } = joined;
          if (!rejoined) keep(room);
          const d: Device = { member: member.id };
          mine.set(id, d);
          return { ok: true, rejoined, scenario: room.scenario.id, member: { id: member.id, token: member.token, name: member.name, seat: member.seat, role: member.role ?? null }, ...reach };
        }
        case 'console': {
          if (!room.opens(m.value.secret)) return { ok: false, problem: "that is not this class's secret" };
          if (mine.get(id)?.member) return { ok: false, problem: 'this device has already joined the class as a student' };
          mine.set(id, {});
          io.in(id).socketsJoin(`console:${room.code}`);
          return { ok: true, scenario: room.scenario.id, ...reach };
        }
        case 'command': {
          const member = mine.get(id)?.member;
          if (!member) return { ok: false, problem: 'join a class first' };
          const answer = room.command(member, m.value.command);
          if (answer.ok) keep(room);
          return answer;
        }
        case 'facilitate': {
          const answer = room.facilitate(m.value.secret, m.value.act);
          if (!answer.ok) return answer;
          if (answer.ended) {
            // the class is over: every device is told, and the server forgets the class and its file
            for (const id of mine.keys()) io.to(id).emit('ended');
            classes.delete(room.code);
            devices.delete(room.code);
            groups.delete(room.code);
            store?.remove(room.code);
            return { ok: true, ended: true };
          }
          keep(room);
          return { ...answer, roster: rosterOf(room) };
        }
        case 'resync':
        case 'left':
          return { ok: true };
      }
    })();
    const d = mine.get(id);
    if (m.kind === 'left') {
      if (d?.group) io.in(id).socketsLeave(groupRoom(room.code, d.group));
      io.in(id).socketsLeave(`console:${room.code}`);
      mine.delete(id);
      sendRoster(room);
    } else if ((m.kind === 'join' || m.kind === 'console') && answer.ok && d) {
      sendWhole(id, d, room);
      sendRoster(room);
    } else if (m.kind === 'resync' && d) sendWhole(id, d, room);
    else if ((m.kind === 'command' || m.kind === 'facilitate') && answer.ok && !answer.ended) {
      sendViews(room);
      if (m.kind === 'facilitate' && ['rename', 'assign', 'role', 'computer'].includes(m.value.act.kind)) sendMembers(room);
    }
    return answer;
  };
  /** `act`, with a failure (a full disk, say) answered to the device instead of stopping the server. */
  const safely = (room: ClassRoom, id: string, m: Routed): Answer => {
    try {
      return act(room, id, m);
    } catch (error) {
      console.error(`class ${room.code}: ${m.kind} failed: ${(error as Error).stack ?? String(error)}`);
      return { ok: false, problem: `the class server could not do this (${(error as Error).message}): tell the teacher` };
    }
  };
  /** A message for a class: acted on here if this process owns the class, else passed to the process that does. */
  const route = async (code: string | undefined, id: string, m: Routed): Promise<Answer> => {
    if (!code) return { ok: false, problem: 'join a class first' };
    const room = classes.get(code);
    if (room) return safely(room, id, m);
    if (!redis) return { ok: false, problem: 'there is no class with this code' };
    try {
      const answers = (await io.serverSideEmitWithAck('class', { code, id, m })) as (Answer | null)[];
      return answers.find((a) => a) ?? { ok: false, problem: 'there is no class with this code' };
    } catch {
      return { ok: false, problem: 'the class server did not answer: try again' };
    }
  };
  // another process passes on a message for a class: its owner answers, every other process says it has none
  io.on('class', (x: { code: string; id: string; m: Routed }, answer: (a: Answer | null) => void) => {
    const room = classes.get(x.code);
    answer(room ? safely(room, x.id, x.m) : null);
  });
  io.on('taken', (code: string, answer: (taken: boolean) => void) => answer(classes.has(code)));
  /** Whether another process holds a class with this code. */
  const takenElsewhere = async (code: string) => {
    if (!redis) return false;
    try {
      return ((await io.serverSideEmitWithAck('taken', code)) as boolean[]).some(Boolean);
    } catch {
      return true; // not known: another code
    }
  };

  /**
   * Whether an address has tried too often in the last minute: joins (and consoles following a class) up to
   * joinsPerMinute, the teacher's acts ten times as many (a lesson's clicks), classes opened classesPerMinute.
   */
  const limited = (address: string, kind: 'join' | 'act' | 'create'): boolean => {
    const now = Date.now();
    const key = `${kind} ${address}`;
    const recent = (joins.get(key) ?? []).filter((t) => now - t < 60_000);
    const most = kind === 'create' ? (options.classesPerMinute ?? CLASSES_PER_MINUTE) : (options.joinsPerMinute ?? JOINS_PER_MINUTE) * (kind === 'act' ? 10 : 1);
    joins.set(key, recent);
    if (recent.length >= most) return true; // refused, and not counted
    recent.push(now);
    return false;
  };
  // the addresses that have not tried for a minute are forgotten
  const forget = setInterval(() => {
    const now = Date.now();
    for (const [key, times] of joins) if (times.every((t) => now - t >= 60_000)) joins.delete(key);
  }, 60_000);
  forget.unref();
  const reply = (ack: unknown, answer: unknown) => {
    if (typeof ack === 'function') (ack as Ack)(answer);
  };

  io.on('connection', (socket: Socket) => {
    /** A message read here, then acted on by the class's owner; the answer to this device alone. */
    const on = <T>(event: Routed['kind'], schema: z.ZodType<T> | null, codeOf: (value: T) => string | undefined) =>
      socket.on(event, (raw: unknown, ack: unknown) => {
        // joins, and the console's messages (which name a code and a secret), are limited per address: neither can be guessed by trying
        if ((event === 'join' || event === 'console' || event === 'facilitate') && limited(socket.handshake.address, event === 'facilitate' ? 'act' : 'join')) return reply(ack, { ok: false, problem: 'too many attempts from this address: wait a minute' });
        const m = schema ? readMessage(schema, raw) : { ok: true as const, value: null as T };
        if (!m.ok) return reply(ack, { ok: false, problem: m.problem });
        const code = codeOf(m.value);
        void route(code, socket.id, { kind: event, value: m.value } as Routed).then((answer) => {
          if (answer.ok && (event === 'join' || event === 'console')) socket.data.code = code;
          reply(ack, answer);
        });
      });
    on('join', JoinSchema, (v) => v.code);
    on('console', ConsoleMessage, (v) => v.code);
    on('command', CommandMessage, () => socket.data.code as string | undefined);
    on('facilitate', FacilitatorMessage, (v) => v.code);
    // a device that missed an update asks for its whole view again
    on('resync', null, () => socket.data.code as string | undefined);
    socket.on('disconnect', () => {
      if (socket.data.code) void route(socket.data.code as string, socket.id, { kind: 'left', value: null });
    });
    socket.on('create', async (raw: unknown, ack: unknown) => {
      const m = readMessage(CreateMessage, raw);
      if (!m.ok) return reply(ack, { ok: false, problem: m.problem });
      const sc = options.scenarios.get(m.value.scenario);
      if (!sc) return reply(ack, { ok: false, problem: `this server has no scenario "${m.value.scenario}"` });
      if (limited(socket.handshake.address, 'create')) return reply(ack, { ok: false, problem: 'too many classes opened from this address: wait a minute' });
      if (classes.size >= MAX_CLASSES) return reply(ack, { ok: false, problem: 'this server holds as many classes as it can' });
      let code = newCode();
      for (let tries = 0; classes.has(code) || (await takenElsewhere(code)); tries++) {
        if (tries >= 5) return reply(ack, { ok: false, problem: 'the other class servers did not answer: try again' });
        code = newCode();
      }
      if (classes.size >= MAX_CLASSES) return reply(ack, { ok: false, problem: 'this server holds as many classes as it can' });
      const secret = token();
      const seed = options.seed?.() ?? randomInt(2 ** 32);
      const seats = seatsOf(sc).map((s) => ({ ...s, controller: { kind: 'human' as const } }));
      const room = new ClassRoom(sc, code, secret, newMatch(sc, contentHash(sc), seed, seats), token);
      try {
        keep(room);
      } catch (error) {
        return reply(ack, { ok: false, problem: `the class could not be kept (${(error as Error).message}): tell the teacher` });
      }
      classes.set(code, room);
      reply(ack, { ok: true, code, secret, ...reach });
    });
  });

  await new Promise<void>((resolve) => http.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve));
  const address = http.address() as AddressInfo;
  return {
    url: `http://${address.address}:${address.port}`,
    io,
    classes,
    problems,
    close: async () => {
      clearInterval(forget);
      await new Promise<void>((resolve) => void io.close(() => resolve()));
      await Promise.all([redis?.quit(), redisSub?.quit()].map((p) => p?.catch(() => undefined)));
    },
  };
}

/** The class's members as the console is sent them: never a token. */
const rosterOf = (room: ClassRoom) => room.roster().map((r) => ({ id: r.id, as: r.as, name: r.name, seat: r.seat, role: r.role ?? null }));

/** The Socket.IO room of the devices of a class that see with one viewer's eyes. */
const groupRoom = (code: string, viewer: string) => `view:${code} ${viewer}`;

interface Device {
  member?: string; // a member's device; none: a console
  group?: string; // the viewer whose group's view it is sent (see groupRoom)
}

type Answer = { ok: boolean; problem?: string; [k: string]: unknown };

/** A message for a class, as read where it arrived: what the owner acts on. */
type Routed =
  | { kind: 'join'; value: Join }
  | { kind: 'console'; value: z.infer<typeof ConsoleMessage> }
  | { kind: 'command'; value: z.infer<typeof CommandMessage> }
  | { kind: 'facilitate'; value: z.infer<typeof FacilitatorMessage> }
  | { kind: 'resync'; value: null }
  | { kind: 'left'; value: null };
