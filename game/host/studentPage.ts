/**
 * A student's page on the class server (issue 15): `?join=CODE`. Connects to the server that served the
 * page (Socket.IO), joins the class with the token this device was given the first time (kept in this
 * browser, so a page closed and opened again, or a dropped connection, comes back to the same seat), and
 * draws what the server sends: this device's own view. Moves go to the server; its refusals are shown.
 *
 * A table of two or three sharing one device: each player joins as a member of their own (a connection
 * and a token each, so each is sent only that seat's view), and the hot-seat curtain stands between them:
 * "Pass the device to …" before a player's private screen, whose hand and secret objective are on the page
 * only while that player has it; behind the curtain, the public hall and record alone.
 */
import type { Socket } from 'socket.io-client';
import type { Scenario } from '../content/schema';
import type { MatchView } from '../match/view';
import type { SeatCommand } from '../rules/types';
import { createClassHall } from '../view/classHall';
import { renderStudent, renderTableCurtain, type StudentState } from '../view/studentScreen';
import { connectToClassServer, followViews } from './classLink';
import { safeStorage } from './saves';

const byId = (id: string) => document.getElementById(id)!;
/** A player's token on this device: the first player's, then the second's… */
const tokenKey = (code: string, slot: number) => `tenth-congress.class-token.${code}${slot ? `.${slot + 1}` : ''}`;
/** How many players share this device in this class. */
const tableKey = (code: string) => `tenth-congress.class-table.${code}`;
export const MAX_TABLE = 3;

type JoinAnswer = { ok: true; rejoined: boolean; scenario: string; member: { id: string; token: string; name: string; seat: string | null; role: string | null } } | { ok: false; problem: string };

declare global {
  interface Window {
    /** Test builds only: whether the page is up, its renderer, the seat it holds (the first player's at a table) and the step it shows. Nothing private. */
    __STUDENT__?: { ready: boolean; renderer(): 'webgl' | 'other'; seat(): string | null; step(): number | null; seats(): (string | null)[]; shown(): number | null };
  }
}

interface Player {
  slot: number;
  socket: Socket;
  state: StudentState;
  token?: string; // the token the server gave this player, for a browser that keeps nothing
}

export function startStudentPage(code: string, sc: Scenario, testHook: boolean): void {
  document.documentElement.dataset.class = 'student';
  const storage = safeStorage('localStorage');
  const hall = createClassHall(byId('game-container'), sc, () => 'period');
  const players: Player[] = [];
  let shown: number | null = null; // at a table: the player whose private screen is up (null: the curtain)
  let status = 'Connecting to the class server…';
  let ended = false;

  const table = () => players.length > 1;
  const due = (p: Player) => (p.state.view?.you?.legal.length ?? 0) > 0;
  const anyView = () => players.map((p) => p.state.view).find((v): v is MatchView => v !== null) ?? null;
  const draw = () => {
    const first = players[0]!;
    if (!table()) {
      first.state.status = status;
      renderStudent(byId('ui'), byId('log'), first.state, hostOf(first));
    } else {
      // the private screen stays up while its player is due; when not, the curtain comes down over it
      if (shown !== null && !due(players[shown]!) && players.some(due)) shown = null;
      const player = shown === null ? null : players[shown]!;
      if (player) {
        player.state.status = status;
        renderStudent(byId('ui'), byId('log'), player.state, hostOf(player), () => {
          shown = null;
          draw();
        });
      } else {
        const next = players.find(due) ?? null;
        renderTableCurtain(byId('ui'), byId('log'), sc, {
          players: players.map((p) => ({ name: p.state.joined?.name ?? `Player ${p.slot + 1}`, seat: p.state.joined?.seat ?? null })),
          next: next ? next.slot : null,
          view: anyView(),
          status,
          show: (slot) => {
            shown = slot;
            draw();
          },
        });
      }
    }
    hall.show(anyView());
  };

  const join = (p: Player, name: string) => {
    // the token kept in this browser, or, where it keeps nothing, the one this page was given
    const token = storage?.getItem(tokenKey(p.state.code, p.slot)) ?? p.token;
    const message = { code: p.state.code, as: 'student' as const, ...(name ? { name } : {}), ...(token ? { token } : {}) };
    p.socket.timeout(10_000).emit('join', message, (err: Error | null, answer: JoinAnswer) => {
      if (err) p.state.problem = 'The server did not answer: try again.';
      else if (!answer.ok) p.state.problem = p.state.joined ? '' : answer.problem; // (a second press of Join, once joined, changes nothing)
      else if (answer.scenario !== sc.id) {
        // the class plays another scenario: the page that draws it (the token, kept, brings the seat back)
        storage?.setItem(tokenKey(p.state.code, p.slot), answer.member.token);
        location.assign(`${location.pathname}?join=${p.state.code}&scenario=${encodeURIComponent(answer.scenario)}`);
        return;
      } else {
        p.state.joined = { name: answer.member.name, seat: answer.member.seat, role: answer.member.role };
        p.token = answer.member.token;
        p.state.problem = ''; // the view follows as an update
        try {
          storage?.setItem(tokenKey(p.state.code, p.slot), answer.member.token);
        } catch {
          status = 'This browser will not keep your place: if the page is closed or reloaded, ask the teacher to give you your seat again.';
        }
      }
      draw();
    });
  };
  const hostOf = (p: Player) => ({
    scenario: sc,
    table: MAX_TABLE,
    join: (c: string, name: string, sharing: number) => {
      for (const q of players) q.state.code = c;
      if (sharing > 1) {
        storage?.setItem(tableKey(c), String(sharing));
        while (players.length < sharing) addPlayer(c);
      }
      for (const q of players) join(q, q === p ? name : '');
    },
    send: (command: SeatCommand) =>
      p.socket.timeout(10_000).emit('command', { command }, (err: Error | null, answer: { ok: boolean; problem?: string }) => {
        p.state.problem = err ? 'The server did not answer: the move may not have arrived. Look at the record, then try again.' : answer.ok ? '' : `Not made: ${answer.problem}.`;
        draw();
      }),
  });
  const addPlayer = (c: string): Player => {
    const p: Player = { slot: players.length, socket: connectToClassServer(), state: { code: c, joined: null, view: null, status: '', problem: '' } };
    players.push(p);
    p.socket.on('connect', () => {
      status = '';
      // a device that has joined this class before comes back to its seat at once
      if (p.state.joined || p.token || storage?.getItem(tokenKey(p.state.code, p.slot))) join(p, '');
      else draw();
    });
    p.socket.on('disconnect', () => {
      if (ended) return;
      status = 'The connection to the class server is lost: reconnecting…';
      draw();
    });
    // the teacher renamed this player, or gave a seat or a role
    p.socket.on('you', (you: { name: string; seat: string | null; role: string | null }) => {
      if (!p.state.joined) return;
      p.state.joined = { name: you.name, seat: you.seat, role: you.role };
      draw();
    });
    // the teacher ended the class: the server has forgotten it, and this device forgets its place in it
    p.socket.on('ended', () => {
      ended = true;
      status = 'The teacher has ended this class.';
      storage?.removeItem(tokenKey(p.state.code, p.slot));
      storage?.removeItem(tableKey(p.state.code));
      p.socket.close();
      draw();
    });
    followViews(p.socket, sc, (v) => {
      p.state.view = v;
      if (p.state.joined) p.state.joined = { ...p.state.joined, seat: v.you?.seat ?? null };
      draw();
    });
    return p;
  };
  // the players who shared this device in this class before come back together
  const kept = Number(storage?.getItem(tableKey(code)) ?? '1');
  const sharing = Number.isInteger(kept) && kept >= 1 && kept <= MAX_TABLE ? kept : 1;
  for (let i = 0; i < sharing; i++) addPlayer(code);
  draw();
  if (testHook) {
    window.__STUDENT__ = {
      ready: true,
      renderer: () => (hall.isWebGL() ? 'webgl' : 'other'),
      seat: () => players[0]!.state.joined?.seat ?? null,
      step: () => anyView()?.step ?? null,
      seats: () => players.map((p) => p.state.joined?.seat ?? null),
      shown: () => shown,
    };
  }
}
