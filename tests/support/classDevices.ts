/**
 * Simulated devices for the class server's unit tests: a Socket.IO client on the server's address that
 * keeps every frame it receives as it came over the wire, applies each update as a page does and keeps
 * each view it arrives at, and fails the run when an update does not follow the one before.
 */
import { io as connect, type Socket } from 'socket.io-client';
import type { Scenario } from '../../game/content/schema';
import type { MatchView } from '../../game/match/view';
import { applyUpdate, unpackView, type Update, type WireView } from '../../game/server/updates';

export interface Device {
  socket: Socket;
  frames: string[]; // every packet's data as it came over the wire
  views: MatchView[]; // the device's view after each update
  updates: number[]; // each update's size, in characters of JSON
}

export type Answer = { ok: boolean; problem?: string; [k: string]: unknown };

/** A text as it stands inside a JSON frame (its quotes and backslashes escaped). */
export const onWire = (text: string) => JSON.stringify(text).slice(1, -1);

export async function device(sc: Scenario, url: string): Promise<Device> {
  const socket = connect(url, { transports: ['websocket'], forceNew: true, reconnection: false });
  const d: Device = { socket, frames: [], views: [], updates: [] };
  socket.on('connect', () => socket.io.engine.on('packet', (p: { data?: unknown }) => typeof p.data === 'string' && d.frames.push(p.data)));
  let held: { seq: number; view: WireView } | null = null;
  socket.on('update', (u: Update) => {
    d.updates.push(JSON.stringify(u).length);
    const next = applyUpdate(held, u);
    if (next === 'resync') throw new Error('an update was missed');
    held = next;
    d.views.push(unpackView(sc, structuredClone(next.view))); // (a copy: the view held is changed in place by the next update)
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  return d;
}

export const ask = (d: Device, event: string, payload: unknown) => d.socket.timeout(30_000).emitWithAck(event, payload) as Promise<Answer>;

/** Waits until the device has been sent a view for which `test` holds. */
export async function viewWhere(d: Device, test: (v: MatchView) => boolean): Promise<MatchView> {
  for (let i = 0; i < 600; i++) {
    const v = d.views.findLast(test);
    if (v) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('no such view arrived');
}
