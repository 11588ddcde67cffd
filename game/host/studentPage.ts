/**
 * A student's page on the class server (issue 15): `?join=CODE`. Connects to the server that served the
 * page (Socket.IO), joins the class with the token this device was given the first time (kept in this
 * browser, so a page closed and opened again, or a dropped connection, comes back to the same seat), and
 * draws what the server sends: this device's own view. Moves go to the server; its refusals are shown.
 */
import { io } from 'socket.io-client';
import type { Scenario } from '../content/schema';
import type { SeatCommand } from '../rules/types';
import { createClassHall } from '../view/classHall';
import { renderStudent, type StudentState } from '../view/studentScreen';
import { applyUpdate, unpackView, type Update, type WireView } from '../server/updates';
import { safeStorage } from './saves';

const byId = (id: string) => document.getElementById(id)!;
const tokenKey = (code: string) => `tenth-congress.class-token.${code}`;

type JoinAnswer = { ok: true; rejoined: boolean; scenario: string; member: { id: string; token: string; name: string; seat: string | null } } | { ok: false; problem: string };

declare global {
  interface Window {
    /** Test builds only: whether the page is up, its renderer, and the seat it holds. Nothing private. */
    __STUDENT__?: { ready: boolean; renderer(): 'webgl' | 'other'; seat(): string | null };
  }
}

export function startStudentPage(code: string, sc: Scenario, testHook: boolean): void {
  document.documentElement.dataset.class = 'student';
  const storage = safeStorage('localStorage');
  const hall = createClassHall(byId('game-container'), sc, () => 'period');
  const state: StudentState = { code, joined: null, view: null, status: 'Connecting to the class server…', problem: '' };
  const socket = io({ transports: ['websocket'], reconnectionDelayMax: 3000 });
  const draw = () => {
    renderStudent(byId('ui'), byId('log'), state, host);
    hall.show(state.view);
  };
  const join = (name: string) => {
    const token = storage?.getItem(tokenKey(state.code)) ?? undefined;
    const message = { code: state.code, as: 'student' as const, ...(name ? { name } : {}), ...(token ? { token } : {}) };
    socket.timeout(10_000).emit('join', message, (err: Error | null, answer: JoinAnswer) => {
      if (err) state.problem = 'The server did not answer: try again.';
      else if (!answer.ok) state.problem = answer.problem;
      else if (answer.scenario !== sc.id) {
        // the class plays another scenario: the page that draws it (the token, kept, brings the seat back)
        storage?.setItem(tokenKey(state.code), answer.member.token);
        location.assign(`${location.pathname}?join=${state.code}&scenario=${encodeURIComponent(answer.scenario)}`);
        return;
      } else {
        state.joined = { name: answer.member.name, seat: answer.member.seat };
        state.problem = ''; // the view follows as an update
        try {
          storage?.setItem(tokenKey(state.code), answer.member.token);
        } catch {
          state.status = 'This browser will not keep your place: if the page closes, ask the teacher to give you your seat again.';
        }
      }
      draw();
    });
  };
  const host = {
    scenario: sc,
    join: (c: string, name: string) => {
      state.code = c;
      join(name);
    },
    send: (command: SeatCommand) =>
      socket.timeout(10_000).emit('command', { command }, (err: Error | null, answer: { ok: boolean; problem?: string }) => {
        state.problem = err ? 'The server did not answer: the move may not have arrived. Look at the record, then try again.' : answer.ok ? '' : `Not made: ${answer.problem}.`;
        draw();
      }),
  };
  socket.on('connect', () => {
    state.status = '';
    // a device that has joined this class before comes back to its seat at once
    if (state.joined || storage?.getItem(tokenKey(state.code))) join('');
    else draw();
  });
  socket.on('disconnect', () => {
    state.status = 'The connection to the class server is lost: reconnecting…';
    draw();
  });
  let held: { seq: number; view: WireView } | null = null;
  socket.on('update', (u: Update) => {
    const next = applyUpdate(held, u);
    if (next === 'resync') {
      held = null; // the whole view follows
      return void socket.emit('resync');
    }
    held = next;
    state.view = unpackView(sc, next.view);
    if (state.joined) state.joined = { ...state.joined, seat: next.view.you?.seat ?? null };
    draw();
  });
  draw();
  if (testHook) window.__STUDENT__ = { ready: true, renderer: () => (hall.isWebGL() ? 'webgl' : 'other'), seat: () => state.joined?.seat ?? null };
}
