/**
 * What a device is sent after a change (issue 15): the changes to its own view since the last one it was
 * sent (RFC 6902 JSON Patch, fast-json-patch), numbered, so that it is sent what moved and not the whole
 * hall again; the whole view when it has none yet or asks for it again. A device applies the changes in
 * order, and asks for the whole view when one is missing (a number skipped). Pure.
 */
// the default export: the same object in Node (the package's CommonJS) and in the browser's bundle (its ES module)
import jsonpatch, { type Operation } from 'fast-json-patch';
import type { MatchView } from '../match/view';

export type Update = { seq: number; view: MatchView } | { seq: number; ops: Operation[] };

/** The update from `last` (the view the device has, numbered `seq - 1`) to `next`. */
export function updateFrom(last: MatchView | null, next: MatchView, seq: number): Update {
  return last ? { seq, ops: jsonpatch.compare(last, next) } : { seq, view: next };
}

/** A device's view after an update, or 'resync' when the update does not follow the view it has. */
export function applyUpdate(current: { seq: number; view: MatchView } | null, u: Update): { seq: number; view: MatchView } | 'resync' {
  if ('view' in u) return { seq: u.seq, view: u.view };
  if (!current || u.seq !== current.seq + 1) return 'resync';
  try {
    return { seq: u.seq, view: jsonpatch.applyPatch(jsonpatch.deepClone(current.view) as MatchView, u.ops, true, false).newDocument };
  } catch {
    return 'resync';
  }
}
