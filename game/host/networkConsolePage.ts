/**
 * The teacher's console of a class on the class server (issue 15): `?class=network`, opened on the laptop
 * that runs `npm run class`. It opens a class of this page's scenario, keeps the class's code and secret in
 * this browser (so a reload, or the laptop's browser closed and opened again, goes on with the same class),
 * follows the class with its secret (the public view and the roster) and sends the teacher's acts with it.
 * The students' names stay on the server and this console; nothing else is kept.
 */
import type { Scenario } from '../content/schema';
import type { MatchView } from '../match/view';
import type { FacilitatorAct } from '../server/protocol';
import { createClassHall } from '../view/classHall';
import { renderNetworkConsole, type NetworkConsoleState, type Roster } from '../view/networkConsole';
import { connectToClassServer, followViews, joinAddress, qrImage } from './classLink';
import { downloadText, safeStorage } from './saves';

const KEY = 'tenth-congress.class-network';
const byId = (id: string) => document.getElementById(id)!;

type Kept = { code: string; secret: string; joinUrl: string };
type Answer = { ok: true; code?: string; secret?: string; publicUrl?: string; scenario?: string; record?: string } | { ok: false; problem: string };

declare global {
  interface Window {
    /** Test builds only: whether the console is up, its hall's renderer, the class's code and the step it shows. */
    __NETWORK__?: { ready: boolean; renderer(): 'webgl' | 'other'; code(): string | null; step(): number | null };
  }
}

function readKept(storage: Storage | null): Kept | null {
  try {
    const k = JSON.parse(storage?.getItem(KEY) ?? 'null') as Kept | null;
    return k && typeof k.code === 'string' && typeof k.secret === 'string' && typeof k.joinUrl === 'string' ? k : null;
  } catch {
    return null;
  }
}

export function startNetworkConsole(sc: Scenario, testHook: boolean): void {
  const storage = safeStorage('localStorage');
  const hall = createClassHall(byId('game-container'), sc, () => 'period');
  let kept = readKept(storage);
  const state: NetworkConsoleState = { opened: kept && { code: kept.code, joinUrl: kept.joinUrl }, ending: false, view: null, roster: null, status: 'Connecting to the class server…', problem: '' };
  const socket = connectToClassServer();
  const draw = () => {
    renderNetworkConsole(byId('ui'), byId('log'), state, host);
    hall.show(state.view);
  };
  const answered = (err: Error | null, answer: Answer | undefined, then: (a: Extract<Answer, { ok: true }>) => void) => {
    if (err || !answer) state.problem = 'The server did not answer: is `npm run class` still running on this laptop? Try again.';
    else if (!answer.ok) state.problem = `Not done: ${answer.problem}.`;
    else {
      state.problem = '';
      then(answer);
    }
    draw();
  };
  /** Follows the kept class: the server sends its public view and its roster from now on. */
  const follow = () => {
    if (!kept) return;
    const { code, secret } = kept;
    socket.timeout(10_000).emit('console', { code, secret }, (err: Error | null, answer: Answer) =>
      answered(err, answer, (a) => {
        if (a.scenario && a.scenario !== sc.id) location.assign(`${location.pathname}?class=network&scenario=${encodeURIComponent(a.scenario)}`);
      }),
    );
  };
  const host = {
    scenario: sc,
    open: () =>
      socket.timeout(10_000).emit('create', { scenario: sc.id }, (err: Error | null, answer: Answer) =>
        answered(err, answer, (a) => {
          kept = { code: a.code!, secret: a.secret!, joinUrl: joinAddress(a.code!, a.publicUrl) };
          storage?.setItem(KEY, JSON.stringify(kept));
          state.opened = { code: kept.code, joinUrl: kept.joinUrl };
          follow();
        }),
      ),
    forget: () => {
      storage?.removeItem(KEY);
      location.reload();
    },
    download: () => {
      if (!kept) return;
      const code = kept.code;
      socket.timeout(10_000).emit('facilitate', { code, secret: kept.secret, act: { kind: 'record' } }, (err: Error | null, answer: Answer) =>
        answered(err, answer, (a) => a.record && downloadText(a.record, `tenth-congress-class-${code}.json`)),
      );
    },
    end: (confirmed: boolean) => {
      if (!kept || !confirmed) {
        state.ending = !confirmed && !state.ending ? true : false;
        return draw();
      }
      socket.timeout(10_000).emit('facilitate', { code: kept.code, secret: kept.secret, act: { kind: 'end' } }, (err: Error | null, answer: Answer) =>
        answered(err, answer, () => {
          storage?.removeItem(KEY);
          kept = null;
          Object.assign(state, { opened: null, ending: false, view: null, roster: null });
        }),
      );
    },
    act: (act: FacilitatorAct) => {
      if (!kept) return;
      socket.timeout(10_000).emit('facilitate', { code: kept.code, secret: kept.secret, act }, (err: Error | null, answer: Answer) => answered(err, answer, () => undefined));
    },
    qr: qrImage,
    watchUrl: (code: string) => `${location.pathname}?watch=${code}&scenario=${encodeURIComponent(sc.id)}`,
  };
  socket.on('connect', () => {
    state.status = '';
    follow();
    draw();
  });
  socket.on('disconnect', () => {
    state.status = 'The connection to the class server is lost: reconnecting…';
    draw();
  });
  // the class was ended (from this console or another): it is gone from the server
  socket.on('ended', () => {
    storage?.removeItem(KEY);
    kept = null;
    Object.assign(state, { opened: null, ending: false, view: null, roster: null, problem: 'The class has been ended: the server has forgotten it.' });
    draw();
  });
  socket.on('roster', (r: Roster) => {
    state.roster = r;
    draw();
  });
  followViews(socket, sc, (v: MatchView) => {
    state.view = v;
    draw();
  });
  draw();
  if (testHook) window.__NETWORK__ = { ready: true, renderer: () => (hall.isWebGL() ? 'webgl' : 'other'), code: () => kept?.code ?? null, step: () => state.view?.step ?? null };
}
