/**
 * A page's link to the class server (issue 15): the connection (Socket.IO, to the server that served the
 * page, reconnecting by itself) and the views it is sent, each update applied to the one view this page
 * holds, the whole view asked for again when an update is missed. Shared by the student's page, the
 * projector's and the teacher's console.
 */
import { io, type Socket } from 'socket.io-client';
import { renderSVG } from 'uqr';
import type { Scenario } from '../content/schema';
import type { MatchView } from '../match/view';
import { applyUpdate, unpackView, type Update, type WireView } from '../server/updates';

/** The address a student's device opens to join a class: on the server's school-network address when it gave one, else this page's. */
export function joinAddress(code: string, publicUrl?: string): string {
  return `${publicUrl ?? `${location.origin}${location.pathname}`}?join=${code}`;
}

/** A QR code of `text`, as an image's address (the page's policy allows images made in the page). */
export function qrImage(text: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(renderSVG(text))}`;
}

export function connectToClassServer(): Socket {
  return io({ transports: ['websocket'], reconnectionDelayMax: 3000 });
}

/** Calls `show` with each view the server sends this page, as the page draws it. */
export function followViews(socket: Socket, sc: Scenario, show: (v: MatchView) => void): void {
  let held: { seq: number; view: WireView } | null = null;
  let asked = false; // the whole view has been asked for: the changes until it comes are dropped, not asked for again
  socket.on('connect', () => (asked = false)); // a new connection: the join sends the whole view
  socket.on('update', (u: Update) => {
    const next = applyUpdate(held, u);
    if (next === 'resync') {
      held = null; // the whole view follows
      if (!asked) socket.emit('resync');
      asked = true;
      return;
    }
    if ('view' in u) asked = false;
    held = next;
    show(unpackView(sc, next.view));
  });
}
