/**
 * The class server (issue 15) on Socket.IO 4.8: one process holds many classes, each a ClassRoom (the
 * authority) and a Socket.IO room of the devices in it. Every message is read by protocol.ts before it
 * reaches a class; the answer to a message goes to its sender alone (an acknowledgement), and after a change
 * every device of the class is sent its own view. Codes, secrets and tokens come from the system's secure
 * random source; joins are limited per address. Node only.
 */
import { randomBytes, randomInt } from 'node:crypto';
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server, type Socket } from 'socket.io';
import type { Scenario } from '../content/schema';
import { contentHash } from '../match/hash';
import { newMatch } from '../match/match';
import { seatsOf } from '../rules/setup';
import { CODE_ALPHABET, CODE_LENGTH, CommandMessage, ConsoleMessage, CreateMessage, FacilitatorMessage, JoinSchema, MAX_MESSAGE_BYTES, readMessage } from './protocol';
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
}

const token = () => randomBytes(24).toString('base64url');
const newCode = () => Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');

export async function startClassServer(options: ServerOptions): Promise<ClassServer> {
  const http: HttpServer = createServer(options.site ? serveSite(options.site) : (_req, res) => {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Not found');
  });
  const io = new Server(http, { maxHttpBufferSize: MAX_MESSAGE_BYTES * 2, serveClient: false, cors: { origin: false } });
  const classes = new Map<string, ClassRoom>();
  const store = options.dataDir ? classStore(options.dataDir) : null;
  const problems: string[] = [];
  if (store) {
    const kept = store.load(options.scenarios, token);
    for (const room of kept.rooms) classes.set(room.code, room);
    problems.push(...kept.problems);
  }
  const keep = (room: ClassRoom) => store?.save(room);
  const joins = new Map<string, number[]>();

  /**
   * Each device is sent the changes to its own view since the last (updates.ts). The devices that see
   * the same view (the same seat, or the public) form a group, a Socket.IO room of its own: after a change
   * its view is worked out once, its changes once, and sent to the whole group in one broadcast (encoded
   * once), so that thirty spectators cost one view and one message, not thirty. A group's updates are
   * numbered; a device that joins it, or asks again, is sent the group's whole view with its number.
   */
  const groups = new Map<string, { seq: number; view: WireView }>(); // `${code} ${viewer}` -> the view the group was last sent
  /** Whose eyes a device sees with: its member's seat, or the public (a spectator, the console). */
  const viewerOfDevice = (s: Socket, room: ClassRoom): string | null => {
    if (s.data.console === room.code) return 'public';
    const member = s.data.member as string | undefined;
    return member ? room.viewerOf(member) : null;
  };
  /** Puts a device in the group for its view and sends it that view whole. */
  const sendWhole = (socket: Socket, room: ClassRoom) => {
    const viewer = viewerOfDevice(socket, room);
    if (!viewer) return;
    const key = `${room.code} ${viewer}`;
    const old = socket.data.group as string | undefined;
    if (old && old !== key) void socket.leave(`view:${old}`);
    socket.data.group = key;
    void socket.join(`view:${key}`);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { seq: 1, view: packView(room.scenario, room.viewFor(viewer)) }));
    socket.emit('update', { seq: group.seq, view: group.view } satisfies Update);
  };
  /**
   * After a change, every device of the class. The groups that keep their devices are sent their changes;
   * then a device that now sees with other eyes (a seat given or taken) moves to that group and is sent its
   * view whole; a group no device sees any more is forgotten.
   */
  const sendViews = (room: ClassRoom) => {
    const devices = io.sockets.adapter.rooms.get(`class:${room.code}`) ?? new Set<string>();
    const staying = new Set<string>(); // the viewers whose groups keep their devices
    const moving: Socket[] = [];
    for (const id of [...devices]) {
      const s = io.sockets.sockets.get(id);
      const viewer = s && viewerOfDevice(s, room);
      if (!s || !viewer) continue;
      if (s.data.group === `${room.code} ${viewer}`) staying.add(viewer);
      else moving.push(s);
    }
    for (const key of [...groups.keys()]) if (key.startsWith(`${room.code} `) && !staying.has(key.slice(room.code.length + 1))) groups.delete(key);
    for (const viewer of staying) {
      const key = `${room.code} ${viewer}`;
      const group = groups.get(key);
      if (!group) continue;
      const next = packView(room.scenario, room.viewFor(viewer));
      const update = updateFrom(group.view, next, group.seq + 1);
      if ('ops' in update && !update.ops.length) continue; // nothing moved for this group: nothing sent, nothing numbered
      groups.set(key, { seq: update.seq, view: next });
      io.to(`view:${key}`).emit('update', update);
    }
    for (const s of moving) sendWhole(s, room);
    sendRoster(room);
  };
  /** The class's consoles are sent who is in the class (names, seats, whether their device is here now; never a token). */
  const sendRoster = (room: ClassRoom) => {
    const here = new Set<string>();
    for (const id of io.sockets.adapter.rooms.get(`class:${room.code}`) ?? []) {
      const member = io.sockets.sockets.get(id)?.data.member as string | undefined;
      if (member) here.add(member);
    }
    io.to(`console:${room.code}`).emit('roster', {
      members: room.roster().map((r) => ({ id: r.id, as: r.as, name: r.name, seat: r.seat, here: here.has(r.id) })),
      computer: Object.fromEntries(room.computerSeats()),
    });
  };
  const limited = (address: string): boolean => {
    const now = Date.now();
    const recent = (joins.get(address) ?? []).filter((t) => now - t < 60_000);
    recent.push(now);
    joins.set(address, recent);
    return recent.length > (options.joinsPerMinute ?? JOINS_PER_MINUTE);
  };
  const reply = (ack: unknown, answer: unknown) => {
    if (typeof ack === 'function') (ack as Ack)(answer);
  };

  io.on('connection', (socket: Socket) => {
    // a device that missed an update asks for its whole view again
    socket.on('resync', () => {
      const room = classes.get(socket.data.code as string);
      if (room) sendWhole(socket, room);
    });
    socket.on('disconnect', () => {
      const room = classes.get(socket.data.code as string);
      if (room && socket.data.member) sendRoster(room);
    });
    // the teacher's console follows its class: the public view and the roster, with the class's secret
    socket.on('console', (raw: unknown, ack: unknown) => {
      const m = readMessage(ConsoleMessage, raw);
      if (!m.ok) return reply(ack, { ok: false, problem: m.problem });
      const room = classes.get(m.value.code);
      if (!room) return reply(ack, { ok: false, problem: 'there is no class with this code' });
      if (!room.opens(m.value.secret)) return reply(ack, { ok: false, problem: "that is not this class's secret" });
      socket.data.console = room.code;
      socket.data.code = room.code;
      void socket.join(`class:${room.code}`);
      void socket.join(`console:${room.code}`);
      reply(ack, { ok: true, scenario: room.scenario.id });
      sendWhole(socket, room);
      sendRoster(room);
    });
    socket.on('create', (raw: unknown, ack: unknown) => {
      const m = readMessage(CreateMessage, raw);
      if (!m.ok) return reply(ack, { ok: false, problem: m.problem });
      const sc = options.scenarios.get(m.value.scenario);
      if (!sc) return reply(ack, { ok: false, problem: `this server has no scenario "${m.value.scenario}"` });
      if (classes.size >= MAX_CLASSES) return reply(ack, { ok: false, problem: 'this server holds as many classes as it can' });
      let code = newCode();
      while (classes.has(code)) code = newCode();
      const secret = token();
      const seed = options.seed?.() ?? randomInt(2 ** 32);
      const seats = seatsOf(sc).map((s) => ({ ...s, controller: { kind: 'human' as const } }));
      const room = new ClassRoom(sc, code, secret, newMatch(sc, contentHash(sc), seed, seats), token);
      classes.set(code, room);
      keep(room);
      reply(ack, { ok: true, code, secret });
    });

    socket.on('join', (raw: unknown, ack: unknown) => {
      if (limited(socket.handshake.address)) return reply(ack, { ok: false, problem: `too many attempts to join from this device: wait a minute` });
      const m = readMessage(JoinSchema, raw);
      if (!m.ok) return reply(ack, { ok: false, problem: m.problem });
      const room = classes.get(m.value.code);
      if (!room) return reply(ack, { ok: false, problem: 'there is no class with this code' });
      const { member, rejoined } = room.join(m.value);
      if (!rejoined) keep(room);
      socket.data.member = member.id;
      socket.data.console = undefined;
      socket.data.code = room.code;
      void socket.join(`class:${room.code}`);
      reply(ack, { ok: true, rejoined, scenario: room.scenario.id, member: { id: member.id, token: member.token, name: member.name, seat: member.seat } });
      sendWhole(socket, room);
      sendRoster(room);
    });

    socket.on('command', (raw: unknown, ack: unknown) => {
      const room = classes.get(socket.data.code as string);
      if (!room || !socket.data.member) return reply(ack, { ok: false, problem: 'join a class first' });
      const m = readMessage(CommandMessage, raw);
      if (!m.ok) return reply(ack, { ok: false, problem: m.problem });
      const answer = room.command(socket.data.member as string, m.value.command);
      if (answer.ok) keep(room);
      reply(ack, answer);
      if (answer.ok) sendViews(room);
    });

    socket.on('facilitate', (raw: unknown, ack: unknown) => {
      const m = readMessage(FacilitatorMessage, raw);
      if (!m.ok) return reply(ack, { ok: false, problem: m.problem });
      const room = classes.get(m.value.code);
      if (!room) return reply(ack, { ok: false, problem: 'there is no class with this code' });
      const answer = room.facilitate(m.value.secret, m.value.act);
      if (answer.ok) keep(room);
      reply(ack, answer.ok ? { ...answer, roster: room.roster().map((r) => ({ id: r.id, as: r.as, name: r.name, seat: r.seat })) } : answer);
      if (answer.ok) sendViews(room);
    });
  });

  await new Promise<void>((resolve) => http.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve));
  const address = http.address() as AddressInfo;
  return {
    url: `http://${address.address}:${address.port}`,
    io,
    classes,
    problems,
    close: () => new Promise<void>((resolve) => void io.close(() => resolve())),
  };
}
