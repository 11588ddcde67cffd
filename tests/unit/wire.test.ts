/**
 * The class server's wire form (issue 15): a view packed for the wire and unpacked on the device is the
 * view itself, for every viewer at every step of a whole game; the changes from one step's view to the
 * next, applied to what a device holds, give the next view; a change that does not fit (a number skipped,
 * a path that is not there) asks for the whole view again.
 */
import { describe, expect, it } from 'vitest';
import { fold } from '../../game/match/match';
import { PUBLIC, view, type Viewer } from '../../game/match/view';
import { applyUpdate, fromRuns, packView, runsOf, unpackView, updateFrom, type WireView } from '../../game/server/updates';
import { playWithLog } from '../support/play';
import { loadScenario } from '../support/scenario';

const sc = loadScenario();

describe('the wire form of a view', () => {
  it('packs and unpacks every viewer\'s view at every step, and its changes rebuild the next view', () => {
    const { match } = playWithLog(sc, 1921);
    const viewers: Viewer[] = [PUBLIC, ...match.state.seats.map((s) => ({ kind: 'seat' as const, seat: s.id }))];
    const held = new Map<string, { seq: number; view: WireView }>();
    let steps = 0;
    let largest = 0;
    fold(sc, match.record, match.record.commands.length, (_before, after) => {
      steps++;
      for (const viewer of viewers) {
        const key = JSON.stringify(viewer);
        const v = view(sc, after, viewer);
        const wire = packView(sc, v);
        expect(unpackView(sc, structuredClone(wire))).toEqual(v);
        const last = held.get(key);
        const u = updateFrom(last ? last.view : null, wire, (last?.seq ?? 0) + 1);
        largest = Math.max(largest, 'ops' in u ? JSON.stringify(u).length : 0);
        // the device holds its own copy, as it came over the wire
        const next = applyUpdate(last ? { seq: last.seq, view: structuredClone(last.view) } : null, JSON.parse(JSON.stringify(u)));
        expect(next).not.toBe('resync');
        expect(unpackView(sc, (next as { view: WireView }).view)).toEqual(v);
        held.set(key, { seq: u.seq, view: wire });
      }
    });
    expect(steps).toBe(match.record.commands.length);
    expect(match.state.phase).toBe('outcome'); // the whole game, to the debrief
    expect(largest).toBeGreaterThan(0);
  });

  it('asks for the whole view again when a number is skipped or a change does not fit', () => {
    const { match } = playWithLog(sc, 7);
    const a = packView(sc, view(sc, fold(sc, match.record, 3).match, PUBLIC));
    const b = packView(sc, view(sc, fold(sc, match.record, 4).match, PUBLIC));
    const u = updateFrom(a, b, 5);
    expect('ops' in u && u.ops.length).toBeGreaterThan(0);
    expect(applyUpdate({ seq: 3, view: structuredClone(a) }, u)).toBe('resync'); // 4 is missing
    expect(applyUpdate(null, u)).toBe('resync');
    expect(applyUpdate({ seq: 4, view: structuredClone(a) }, { seq: 5, ops: [{ op: 'replace', path: '/no/such/part', value: 1 }] })).toBe('resync');
    expect(applyUpdate({ seq: 4, view: structuredClone(a) }, u)).not.toBe('resync');
  });

  it('writes a string of one character per delegate as runs, and reads it back', () => {
    expect(runsOf('aaab..??c')).toBe('a3b.2?2c');
    expect(fromRuns('a3b.2?2c')).toBe('aaab..??c');
    expect(fromRuns(runsOf('x'.repeat(990)))).toBe('x'.repeat(990));
    expect(() => runsOf('a1')).toThrow(/no digits/);
  });
});
