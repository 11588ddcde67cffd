/**
 * The projector of a class on the class server (issue 15): `?watch=CODE`. A spectator: it joins the class
 * as a projector and is sent the public view only (no seat's hand, no secret objective, no seed), which it
 * shows in big type beside the hall, as the one-machine projector does. Its place in the class is kept in
 * this browser (a token of its own, apart from a student's), so a reload or a dropped connection comes back.
 */
import type { Scenario } from '../content/schema';
import type { MatchView } from '../match/view';
import { projectionOfView } from '../classroom/projection';
import { createClassHall } from '../view/classHall';
import { renderProjection } from '../view/classProjector';
import { el } from '../view/dom';
import { connectToClassServer, followViews, joinAddress, qrImage } from './classLink';
import { safeStorage } from './saves';

const byId = (id: string) => document.getElementById(id)!;
const tokenKey = (code: string) => `tenth-congress.class-screen.${code}`;
const ENDED = 'The teacher has ended this class.';

type JoinAnswer = { ok: true; scenario: string; member: { token: string }; publicUrl?: string } | { ok: false; problem: string };

declare global {
  interface Window {
    /** Test builds only: whether the projector page is up, and its hall's renderer. Nothing private. */
    __WATCH__?: { ready: boolean; renderer(): 'webgl' | 'other'; step(): number | null };
  }
}

export function startWatchPage(code: string, sc: Scenario, testHook: boolean): void {
  document.documentElement.dataset.class = 'projector';
  document.documentElement.dataset.projector = 'true'; // the hall's labels at least a fortieth of the screen's height
  const storage = safeStorage('localStorage');
  const hall = createClassHall(byId('game-container'), sc, () => 'period');
  const box = byId('ui');
  box.setAttribute('aria-label', 'The class');
  box.tabIndex = 0; // a region that may scroll is reachable from the keyboard
  let view: MatchView | null = null;
  let joinUrl = joinAddress(code);
  let status = code ? 'Connecting to the class server…' : 'Open this page with the class code: ?watch= and the code the console shows.';
  const draw = () => {
    const projection = el('div', { id: 'class-projection' });
    if (view) renderProjection(projection, projectionOfView(sc, view));
    // before the class has made its first move, how to join it: the code, the address and its QR code
    const joining = !view || view.step === 0 ? [el('p', { 'data-test': 'watch-join' }, `Join on your device: ${joinUrl}`), el('img', { src: qrImage(joinUrl), alt: `QR code of ${joinUrl}`, width: '220', height: '220', class: 'qr' })] : [];
    box.replaceChildren(el('p', { class: 'code', 'data-test': 'watch-code' }, `Class ${code}`), ...joining, ...(status ? [el('p', { role: 'status', 'data-test': 'watch-status' }, status)] : []), projection);
    hall.show(view);
  };
  const socket = connectToClassServer();
  socket.on('connect', () => {
    if (!code) return draw();
    const token = storage?.getItem(tokenKey(code)) ?? undefined;
    socket.timeout(10_000).emit('join', { code, as: 'projector', ...(token ? { token } : {}) }, (err: Error | null, answer: JoinAnswer) => {
      if (err) status = 'The server did not answer: reload the page to try again.';
      else if (!answer.ok) status = `The class cannot be shown: ${answer.problem}.`;
      else if (answer.scenario !== sc.id) return void location.assign(`${location.pathname}?watch=${code}&scenario=${encodeURIComponent(answer.scenario)}`);
      else {
        status = '';
        joinUrl = joinAddress(code, answer.publicUrl);
        storage?.setItem(tokenKey(code), answer.member.token);
      }
      draw();
    });
  });
  socket.on('disconnect', () => {
    if (status === ENDED) return;
    status = 'The connection to the class server is lost: reconnecting…';
    draw();
  });
  socket.on('ended', () => {
    status = ENDED;
    storage?.removeItem(tokenKey(code));
    socket.close();
    draw();
  });
  followViews(socket, sc, (v) => {
    view = v;
    draw();
  });
  draw();
  if (testHook) window.__WATCH__ = { ready: true, renderer: () => (hall.isWebGL() ? 'webgl' : 'other'), step: () => view?.step ?? null };
}
