/**
 * One class on the class server (issue 15): the authority. It holds the match (the rules' own record, folded
 * headless as everywhere else), the devices that joined (students, each with a pseudonym and at most one
 * seat; projectors, spectators), and answers each message: a student's command is accepted only for the
 * seat that student holds, the facilitator's only with the class's secret; a refusal goes to the sender
 * alone and changes nothing. What each device is sent is its own view (view.ts: a seat's view for a student
 * who holds one, the public view otherwise), never the state. Pure: the host gives it the tokens it hands
 * out and does the networking.
 */
import type { Scenario } from '../content/schema';
import { chooseAction } from '../ai/policy';
import { redactFor, submit, type Match } from '../match/match';
import { encodeSave } from '../match/saveFile';
import { rolesOf } from '../classroom/roles';
import { PUBLIC, view, type MatchView } from '../match/view';
import { isSeatCommand } from '../rules/legal';
import { dueOf } from '../rules/flow';
import type { AiLevel, Command } from '../rules/types';
import type { FacilitatorAct, Join } from './protocol';

export interface Member {
  id: string;
  token: string; // secret to the device: coming back with it returns the same member (and seat)
  as: 'student' | 'projector';
  name: string;
  seat: string | null;
  role?: string | null; // a classroom role (classroom/roles.ts rolesOf), given by the teacher
}

/** The most devices that may join one class (students and projectors; a device coming back with its token is not counted again). */
export const MAX_MEMBERS = 120;

export type Answer = { ok: true; changed: boolean; record?: string; ended?: true } | { ok: false; problem: string };

export class ClassRoom {
  private members = new Map<string, Member>();
  private computer = new Map<string, AiLevel>();
  private byToken = new Map<string, Member>();
  private count = 0;

  constructor(
    readonly scenario: Scenario,
    readonly code: string,
    private readonly secret: string,
    private current: Match,
    private readonly newToken: () => string,
  ) {}

  get match(): Match {
    return this.current;
  }

  /** A class kept by the server's store, as it was: its match and its members (their tokens still valid). */
  static restore(sc: Scenario, code: string, secret: string, match: Match, newToken: () => string, members: readonly Member[], computer: Readonly<Record<string, AiLevel>> = {}): ClassRoom {
    const room = new ClassRoom(sc, code, secret, match, newToken);
    for (const [seat, level] of Object.entries(computer)) room.computer.set(seat, level);
    for (const m of members) {
      const member = { ...m };
      room.members.set(member.id, member);
      room.byToken.set(member.token, member);
      room.count = Math.max(room.count, Number(member.id.slice(1)) || 0);
    }
    return room;
  }

  /** The secret, for the server's own store only (never sent to a device but the console that opened the class). */
  secretForStore(): string {
    return this.secret;
  }

  /** Every member, for the console. */
  roster(): Member[] {
    return [...this.members.values()].map((m) => ({ ...m }));
  }

  /**
   * A device joins (or comes back: a known token returns its member, seat and all). A new student gets a
   * pseudonym unless it gave a name, and the first seat no one holds, if any: the teacher reassigns.
   */
  join(j: Join): { member: Member; rejoined: boolean } | { member: null; problem: string } {
    const known = j.token ? this.byToken.get(j.token) : undefined;
    if (known && known.as === j.as) return { member: { ...known }, rejoined: true };
    if (this.members.size >= MAX_MEMBERS) return { member: null, problem: `the class has its ${MAX_MEMBERS} devices: ask the teacher` };
    this.count++;
    // the first seat no student holds and the computer does not play
    const held = new Set([...this.members.values()].map((m) => m.seat));
    const seat = j.as === 'student' ? (this.current.state.seats.find((s) => s.controller.kind === 'human' && !held.has(s.id) && !this.computer.has(s.id))?.id ?? null) : null;
    const member: Member = { id: `m${this.count}`, token: this.newToken(), as: j.as, name: j.name ?? (j.as === 'student' ? `Student ${this.count}` : `Projector ${this.count}`), seat };
    this.members.set(member.id, member);
    this.byToken.set(member.token, member);
    return { member: { ...member }, rejoined: false };
  }

  /** A student's command: only for the seat that student holds now. */
  command(memberId: string, command: Command): Answer {
    const m = this.members.get(memberId);
    if (!m) return { ok: false, problem: 'this device has not joined the class' };
    if (!isSeatCommand(command)) return { ok: false, problem: 'only the teacher moves the congress on' };
    if (m.seat === null) return { ok: false, problem: 'you hold no seat: the teacher gives you one' };
    if (command.seat !== m.seat) return { ok: false, problem: `you play the ${m.seat} seat, not the ${command.seat} seat` };
    return this.submit(command, { seat: m.seat });
  }

  /** The teacher's console: the secret first, then what it does. */
  facilitate(secret: string, act: FacilitatorAct): Answer {
    if (!sameSecret(secret, this.secret)) return { ok: false, problem: "that is not this class's secret" };
    if (act.kind === 'command') return this.submit(act.command, 'facilitator');
    if (act.kind === 'record') return { ok: true, changed: false, record: encodeSave(this.current) };
    if (act.kind === 'end') return { ok: true, changed: false, ended: true };
    if (act.kind === 'computer') {
      if (!this.current.state.seats.some((s) => s.id === act.seat)) return { ok: false, problem: `there is no seat "${act.seat}"` };
      for (const other of this.members.values()) if (other.seat === act.seat) other.seat = null;
      this.computer.set(act.seat, act.level);
      return this.playComputer();
    }
    const m = this.members.get(act.member);
    if (!m) return { ok: false, problem: `there is no member "${act.member}"` };
    if (act.kind === 'rename') {
      m.name = act.name;
      return { ok: true, changed: true };
    }
    if (act.kind === 'role') {
      if (act.role !== null && !rolesOf(this.scenario).some((r) => r.id === act.role)) return { ok: false, problem: `there is no role "${act.role}" in this scenario` };
      if (m.as !== 'student') return { ok: false, problem: 'a projector has no role' };
      m.role = act.role;
      return { ok: true, changed: true };
    }
    if (act.seat !== null && !this.current.state.seats.some((s) => s.id === act.seat)) return { ok: false, problem: `there is no seat "${act.seat}"` };
    if (m.as !== 'student') return { ok: false, problem: 'a projector holds no seat' };
    // a seat is held by one student at a time: whoever held it (a student, or the computer) gives it up
    if (act.seat !== null) for (const other of this.members.values()) if (other.seat === act.seat) other.seat = null;
    if (act.seat !== null) this.computer.delete(act.seat);
    m.seat = act.seat;
    return { ok: true, changed: true };
  }

  /** Whose eyes a member's view is for: its seat, or 'public' (the same view for every spectator). */
  viewerOf(memberId: string): string {
    const seat = this.members.get(memberId)?.seat;
    return seat ? `seat:${seat}` : 'public';
  }

  /** The view for one viewer (viewerOf's 'seat:…' or 'public'). */
  viewFor(viewer: string): MatchView {
    return view(this.scenario, this.current, viewer.startsWith('seat:') ? { kind: 'seat', seat: viewer.slice(5) } : PUBLIC);
  }

  /** Whether a console holds this class's secret (its console may follow the class with it). */
  opens(secret: string): boolean {
    return sameSecret(secret, this.secret);
  }

  /** The seats the teacher handed to the computer, and at what strength. */
  computerSeats(): ReadonlyMap<string, AiLevel> {
    return this.computer;
  }

  private submit(command: Command, by: Parameters<typeof submit>[3]): Answer {
    const r = submit(this.scenario, this.current, command, by);
    if (!r.ok) return { ok: false, problem: r.reason };
    this.current = r.match;
    return this.playComputer();
  }

  /**
   * The computer makes every move its seats owe now, each on what that seat may know (redactFor), recorded as
   * the seat's with the computer's reason; it stops where a student or the teacher is due.
   */
  private playComputer(): Answer {
    for (let guard = 0; guard < 200; guard++) {
      const due = dueOf(this.scenario, this.current.state);
      const seat = due.kind === 'seats' ? due.seats.find((id) => this.computer.has(id)) : undefined;
      if (!seat) break;
      const choice = chooseAction(this.scenario, redactFor(this.scenario, this.current.state, seat), seat, this.computer.get(seat)!);
      if (!choice) break;
      const r = submit(this.scenario, this.current, choice.action, { seat }, `The computer plays this seat, as the teacher asked. ${choice.reason}`);
      if (!r.ok) break;
      this.current = r.match;
    }
    return { ok: true, changed: true };
  }
}

/** Compares two secrets in time that does not depend on where they differ. */
function sameSecret(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return diff === 0;
}
