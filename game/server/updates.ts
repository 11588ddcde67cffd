/**
 * What a device is sent after a change (issue 15): the changes to its own view since the last one it was
 * sent (RFC 6902 JSON Patch, fast-json-patch), numbered, so that it is sent what moved and not the whole
 * hall again; the whole view when it has none yet or asks for it again. A device applies the changes in
 * order, and asks for the whole view when one is missing (a number skipped) or does not fit.
 *
 * On the wire a view's delegates (about a thousand in 1921, most of a view's bytes) are packed: what never
 * changes in a match (each delegate's id and delegation) as lists sent with the whole view, what changes
 * (voting, present, the platform elected on, the mark) as one character per delegate in a string, so that
 * a Discussion move that shifts a hundred marks is one short string replaced, not a hundred objects. Pure.
 */
// the default export: the same object in Node (the package's CommonJS) and in the browser's bundle (its ES module)
import jsonpatch, { type Operation } from 'fast-json-patch';
import type { Scenario } from '../content/schema';
import type { DelegateView, Mark } from '../match/marks';
import type { MatchView } from '../match/view';
import type { SeatCommand } from '../rules/types';
import { eventText, type Line } from '../words/narrate';

/**
 * The delegates of a view, packed: the strings hold one character per delegate, in the view's order, as
 * runs (runsOf: a character followed by how many times it repeats, when more than once).
 */
export interface PackedDelegates {
  platforms: string[]; // the scenario's platforms, in order: a mark's or an election's character names one
  groups: string[]; // the delegations, in order
  id: string[];
  group: number[]; // index in `groups`
  voting: string; // 'v' voting, 'c' consultative
  present: string; // 'p' present, 'a' away
  elected: string; // '.' for none, else a platform's letter (A, B, …)
  mark: string; // '.' unelected, '_' away, '?' undecided, '-' abstained, a platform's capital: leaning, its small letter: projected
}

/**
 * A seat's legal moves, packed: for each kind of move, in order of first appearance, what its moves
 * share once, and the fields that differ as columns (one value per move of that kind). A seat's moves
 * come grouped by kind (legal.ts lists them so), which keeps the order; a list in another order is packed
 * as runs of one kind.
 */
export type PackedMoves = { shared: Record<string, unknown>; columns: Record<string, unknown[]> }[];

/** A line of the record; a scenario event's own words are named by the event's id (the device has the scenario). */
type WireLine = Line & { event?: string };

type WireYou = Omit<NonNullable<MatchView['you']>, 'legal'> & { legal: PackedMoves };

export type WireView = Omit<MatchView, 'delegates' | 'you' | 'log'> & { delegates: PackedDelegates; you: WireYou | null; log: WireLine[] };

export type Update = { seq: number; view: WireView } | { seq: number; ops: Operation[] };

const MAX_PLATFORMS = 26;
const capital = (i: number) => String.fromCharCode(65 + i);
const small = (i: number) => String.fromCharCode(97 + i);

/** The marks without a platform, and their characters. */
const PLAIN_MARKS = { unelected: '.', away: '_', undecided: '?', abstained: '-' } as const;

function markCode(m: Mark, index: (platform: string) => number): string {
  if (m.kind === 'leaning') return capital(index(m.platform));
  if (m.kind === 'projected') return small(index(m.platform));
  return PLAIN_MARKS[m.kind];
}

function markOfCode(c: string, platforms: readonly string[]): Mark {
  const plain = (Object.keys(PLAIN_MARKS) as (keyof typeof PLAIN_MARKS)[]).find((k) => PLAIN_MARKS[k] === c);
  if (plain) return { kind: plain };
  const code = c.charCodeAt(0);
  const platform = code >= 97 ? platforms[code - 97] : platforms[code - 65];
  if (platform === undefined) throw new Error(`a packed mark "${c}" names no platform`);
  return code >= 97 ? { kind: 'projected', platform } : { kind: 'leaning', platform };
}

const packed = new WeakMap<readonly DelegateView[], PackedDelegates>();
const fixed = new WeakMap<Scenario, { key: string; id: string[]; group: number[] }>();

/**
 * The delegates packed, once for a list of them (the views of one state share it: view.ts), and what never
 * changes in a match (ids, delegations) as the same lists from one state to the next, so that the changes
 * between two views pass over them at once (`diff`).
 */
function packDelegates(sc: Scenario, list: readonly DelegateView[]): PackedDelegates {
  const known = packed.get(list);
  if (known) return known;
  const platforms = sc.platforms.map((p) => p.id);
  const groups = sc.delegations.map((d) => d.id);
  if (platforms.length > MAX_PLATFORMS) throw new Error(`a view packs at most ${MAX_PLATFORMS} platforms; this scenario has ${platforms.length}`);
  const platformIndex = new Map(platforms.map((p, i) => [p, i]));
  const groupIndex = new Map(groups.map((g, i) => [g, i]));
  const index = (p: string) => {
    const i = platformIndex.get(p);
    if (i === undefined) throw new Error(`a delegate's mark names "${p}", which is not a platform of ${sc.id}`);
    return i;
  };
  const id: string[] = [];
  const group: number[] = [];
  const voting: string[] = [];
  const present: string[] = [];
  const elected: string[] = [];
  const mark: string[] = [];
  for (const d of list) {
    const g = groupIndex.get(d.group);
    if (g === undefined) throw new Error(`a delegate's delegation "${d.group}" is not one of ${sc.id}`);
    id.push(d.id);
    group.push(g);
    voting.push(d.voting ? 'v' : 'c');
    present.push(d.present ? 'p' : 'a');
    elected.push(d.elected === null ? '.' : capital(index(d.elected)));
    mark.push(markCode(d.mark, index));
  }
  const key = `${id.join(' ')}|${group.join(' ')}`;
  let same = fixed.get(sc);
  if (!same || same.key !== key) fixed.set(sc, (same = { key, id, group }));
  const result: PackedDelegates = { platforms, groups, id: same.id, group: same.group, voting: runsOf(voting.join('')), present: runsOf(present.join('')), elected: runsOf(elected.join('')), mark: runsOf(mark.join('')) };
  packed.set(list, result);
  return result;
}

/** A view as it goes on the wire: its delegates packed (the scenario gives the platforms' and delegations' order). */
export function packView(sc: Scenario, v: MatchView): WireView {
  const delegates = packDelegates(sc, v.delegates);
  const words = eventWords(sc);
  const log = v.log.map((line): WireLine => {
    if (line.kind !== 'event') return line;
    for (const [text, id] of words) if (line.text.endsWith(text)) return { ...line, text: line.text.slice(0, -text.length), event: id };
    return line;
  });
  return { ...v, delegates, log, you: v.you && { ...v.you, legal: packMoves(v.you.legal) } };
}

const wordsOf = new WeakMap<Scenario, Map<string, string>>();
/** A scenario's events as the record reads them -> their ids. */
function eventWords(sc: Scenario): Map<string, string> {
  let words = wordsOf.get(sc);
  if (!words) wordsOf.set(sc, (words = new Map(sc.events.map((ev) => [eventText(ev), ev.id]))));
  return words;
}

function packMoves(moves: readonly object[]): PackedMoves {
  const runs: Record<string, unknown>[][] = [];
  for (const m of moves as readonly Record<string, unknown>[]) {
    const run = runs.at(-1);
    if (run && run[0]!.type === m.type && sameKeys(run[0]!, m)) run.push(m);
    else runs.push([m]);
  }
  return runs.map((run) => {
    const shared: Record<string, unknown> = {};
    const columns: Record<string, unknown[]> = {};
    for (const k of Object.keys(run[0]!)) {
      const first = JSON.stringify(run[0]![k]);
      if (run.every((m) => JSON.stringify(m[k]) === first)) shared[k] = run[0]![k];
      else columns[k] = run.map((m) => m[k]);
    }
    return { shared, columns };
  });
}

const sameKeys = (a: object, b: object) => {
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k));
};

/** A seat's legal moves from their packed form. */
export function unpackMoves(p: PackedMoves): SeatCommand[] {
  return p.flatMap(({ shared, columns }) => {
    const keys = Object.keys(columns);
    const n = keys.length ? columns[keys[0]!]!.length : 1;
    return Array.from({ length: n }, (_, i) => ({ ...shared, ...Object.fromEntries(keys.map((k) => [k, columns[k]![i]])) }) as unknown as SeatCommand);
  });
}

/** A string of one character per delegate as runs: "aaab" is "a3b". Marks come in long runs (a delegation's seats by platform). */
export function runsOf(s: string): string {
  if (/[0-9]/.test(s)) throw new Error('a packed string of runs holds no digits');
  let out = '';
  for (let i = 0; i < s.length; ) {
    let j = i;
    while (j < s.length && s[j] === s[i]) j++;
    out += j - i > 1 ? `${s[i]}${j - i}` : s[i];
    i = j;
  }
  return out;
}

export function fromRuns(r: string): string {
  let out = '';
  for (let i = 0; i < r.length; ) {
    const c = r[i]!;
    let j = i + 1;
    while (j < r.length && r[j]! >= '0' && r[j]! <= '9') j++;
    out += c.repeat(j > i + 1 ? Number(r.slice(i + 1, j)) : 1);
    i = j;
  }
  return out;
}

/** The view a device draws, from the one it holds on the wire (and the scenario, for its events' words). */
export function unpackView(sc: Scenario, w: WireView): MatchView {
  const d = { ...w.delegates, voting: fromRuns(w.delegates.voting), present: fromRuns(w.delegates.present), elected: fromRuns(w.delegates.elected), mark: fromRuns(w.delegates.mark) };
  const delegates: DelegateView[] = d.id.map((id, i) => {
    const e = d.elected[i]!;
    return {
      id,
      group: d.groups[d.group[i]!]!,
      voting: d.voting[i] === 'v',
      elected: e === '.' ? null : (d.platforms[e.charCodeAt(0) - 65] ?? null),
      present: d.present[i] === 'p',
      mark: markOfCode(d.mark[i]!, d.platforms),
    };
  });
  const log = w.log.map(({ event, ...line }): Line => {
    if (event === undefined) return line;
    const ev = sc.events.find((x) => x.id === event);
    if (!ev) throw new Error(`the record names an event "${event}" that ${sc.id} does not have`);
    return { ...line, text: line.text + eventText(ev) };
  });
  return { ...w, delegates, log, you: w.you && { ...w.you, legal: unpackMoves(w.you.legal) } };
}

/** The update from `last` (the view the devices have, numbered `seq - 1`) to `next`. */
export function updateFrom(last: WireView | null, next: WireView, seq: number): Update {
  return last ? { seq, ops: shortest(diff(last, next), last, next) } : { seq, view: next };
}

const isObject = (x: unknown): x is object => typeof x === 'object' && x !== null;
const escape = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * The changes from `a` to `b` (RFC 6902, as fast-json-patch's compare), passing at once over the parts the
 * two share (the same object: the hall's fixed lists, a part of the state nothing changed).
 */
function diff(a: object, b: object, path = ''): Operation[] {
  if (a === b) return [];
  if (Array.isArray(a) || Array.isArray(b)) return jsonpatch.compare(a, b).map((o) => ({ ...o, path: path + o.path }));
  const ops: Operation[] = [];
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  for (const k of Object.keys(ra)) {
    if (rb[k] === undefined && ra[k] !== undefined) ops.push({ op: 'remove', path: `${path}/${escape(k)}` });
  }
  for (const [k, v] of Object.entries(rb)) {
    if (v === undefined) continue;
    const old = ra[k];
    const p = `${path}/${escape(k)}`;
    if (old === v) continue;
    if (old === undefined) ops.push({ op: 'add', path: p, value: v });
    else if (isObject(old) && isObject(v) && Array.isArray(old) === Array.isArray(v)) ops.push(...diff(old, v, p));
    else if (JSON.stringify(old) !== JSON.stringify(v)) ops.push({ op: 'replace', path: p, value: v });
  }
  return ops;
}

const at = (doc: unknown, path: string): unknown => {
  try {
    return jsonpatch.getValueByPointer(doc, path);
  } catch {
    return undefined;
  }
};

/**
 * The same changes in fewer bytes: where the changes inside one part of the view (a list of moves that
 * filled, a conference's shares) take more characters than the part itself, that part replaced whole. The
 * order of the changes is kept: a part replaced takes the place of the first change inside it.
 */
function shortest(ops: Operation[], last: unknown, next: unknown): Operation[] {
  const size = (o: Operation) => JSON.stringify(o).length + 1;
  // a part (a path) -> the changes inside it, by their place in `ops`
  const inside = new Map<string, number[]>();
  ops.forEach((o, i) => {
    const parts = o.path.split('/');
    for (let n = 2; n < parts.length; n++) {
      const p = parts.slice(0, n).join('/');
      inside.set(p, [...(inside.get(p) ?? []), i]);
    }
  });
  // outermost parts first: a part is replaced when that is shorter than every change inside it
  const replaced = new Map<number, Operation>(); // place of the first change inside -> the part replaced whole
  const gone = new Set<number>();
  for (const [path, places] of [...inside].sort((a, b) => a[0].split('/').length - b[0].split('/').length)) {
    if (places.some((i) => gone.has(i)) || places.length < 2) continue;
    const before = at(last, path);
    const value = at(next, path);
    if (before === undefined || value === undefined) continue;
    const whole: Operation = { op: 'replace', path, value };
    if (size(whole) >= places.reduce((n, i) => n + size(ops[i]!), 0)) continue;
    for (const i of places) gone.add(i);
    replaced.set(places[0]!, whole);
  }
  return ops.flatMap((o, i) => replaced.get(i) ?? (gone.has(i) ? [] : [o]));
}

/**
 * A device's view after an update, or 'resync' when the update does not follow the view it has (then the
 * device asks for the whole view again). The view held is changed in place: a device keeps one copy.
 */
export function applyUpdate(current: { seq: number; view: WireView } | null, u: Update): { seq: number; view: WireView } | 'resync' {
  if ('view' in u) return { seq: u.seq, view: u.view };
  if (!current || u.seq !== current.seq + 1) return 'resync';
  try {
    return { seq: u.seq, view: jsonpatch.applyPatch(current.view, u.ops, true, true).newDocument };
  } catch {
    return 'resync';
  }
}
