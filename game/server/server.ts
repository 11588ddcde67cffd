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
import { CODE_ALPHABET, CODE_LENGTH, CommandMessage, CreateMessage, FacilitatorMessage, JoinSchema, MAX_MESSAGE_BYTES, readMessage } from './protocol';
import type { MatchView } from '../match/view';
import { ClassRoom } from './room';
import { updateFrom, type Update } from './updates';
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

  // each device is sent the changes to its own view since the last one it was sent (updates.ts)
  const sent = new Map<string, { seq: number; view: MatchView }>(); // socket id -> the last view sent
  /** A device's whole view, when it joins or asks again: the changes sent after it are numbered from it. */
  const sendWhole = (socket: { id: string; emit(event: string, u: Update): unknown }, room: ClassRoom, member: string) => {
    const view = room.viewOf(member);
    if (!view) return;
    sent.set(socket.id, { seq: 1, view });
    socket.emit('update', updateFrom(null, view, 1));
  };
  /**
   * After a change, every device of the class: the view is worked out once per viewer (a seat, or the
   * public), and the changes once per view a group of devices last had, so that thirty spectators cost one
   * view and one patch, not thirty.
   */
  const sendViews = (room: ClassRoom) => {
    const devices = io.sockets.adapter.rooms.get(`class:${room.code}`) ?? new Set<string>();
    const views = new Map<string, MatchView | null>(); // viewer -> its view now
    const patches = new Map<MatchView, Map<MatchView, Update>>(); // view now -> the view a device last had -> the changes
    for (const id of devices) {
      const s = io.sockets.sockets.get(id);
      const member = s?.data.member as string | undefined;
      if (!s || !member) continue;
      const key = room.viewerOf(member);
      if (!views.has(key)) views.set(key, room.viewOf(member));
      const next = views.get(key);
      if (!next) continue;
      const last = sent.get(id);
      let update: Update;
      if (!last) update = updateFrom(null, next, 1);
      else {
        const byLast = patches.get(next) ?? new Map<MatchView, Update>();
        patches.set(next, byLast);
        const shared = byLast.get(last.view) ?? updateFrom(last.view, next, 0);
        byLast.set(last.view, shared);
        update = { ...shared, seq: last.seq + 1 };
      }
      if ('ops' in update && !update.ops.length) continue; // nothing moved for this device: nothing sent, nothing numbered
      sent.set(id, { seq: update.seq, view: next });
      s.emit('update', update);
    }
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
    socket.on('disconnect', () => sent.delete(socket.id));
    // a device that missed an update asks for its whole view again
    socket.on('resync', () => {
      const room = classes.get(socket.data.code as string);
      if (room && socket.data.member) sendWhole(socket, room, socket.data.member as string);
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
      socket.data.code = room.code;
      void socket.join(`class:${room.code}`);
      reply(ack, { ok: true, rejoined, scenario: room.scenario.id, member: { id: member.id, token: member.token, name: member.name, seat: member.seat } });
      sendWhole(socket, room, member.id);
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
