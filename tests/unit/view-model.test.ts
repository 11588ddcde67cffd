/** The hall's pure parts: seat geometry and what each delegate's mark says, before and after the vote. */
import { votedItem } from '../../game/content/schema';
import { describe, expect, it } from 'vitest';
import { hallView, markCounts, markOf } from '../../game/view/hallModel';
import { HALL, hemicycle, seatSpacing } from '../../game/view/layout';
import { playWithLog } from '../support/play';
import { loadScenario } from '../support/scenario';

const sc = loadScenario();

describe('hemicycle layout', () => {
  it.each([1, 20, 404, 990])('places %i seats inside the hall, none on top of another', (n) => {
    const seats = hemicycle(n, HALL);
    expect(seats).toHaveLength(n);
    const min = seatSpacing(n, HALL) * 0.5;
    for (const s of seats) {
      const r = Math.hypot(s.x - HALL.cx, s.y - HALL.cy);
      expect(r).toBeGreaterThanOrEqual(HALL.inner - 1e-6);
      expect(r).toBeLessThanOrEqual(HALL.outer + 1e-6);
      expect(s.y).toBeLessThanOrEqual(HALL.cy);
    }
    for (let i = 0; i < seats.length; i++) {
      for (let j = i + 1; j < seats.length; j++) {
        expect(Math.hypot(seats[i]!.x - seats[j]!.x, seats[i]!.y - seats[j]!.y)).toBeGreaterThan(min);
      }
    }
  });

  it('orders seats from left to right so a delegation sits in one wedge', () => {
    const seats = hemicycle(990, HALL);
    for (let i = 1; i < seats.length; i++) expect(seats[i]!.angle).toBeLessThanOrEqual(seats[i - 1]!.angle);
  });
});

describe('delegate marks', () => {
  const { final } = playWithLog(sc, 8);

  it('before the election every seat is "not yet elected"', () => {
    const views = hallView(sc, { ...final, delegates: final.delegates.map((d) => ({ ...d, stance: null, elected: null })), ballots: [] });
    expect(new Set(views.map((v) => v.mark.kind))).toEqual(new Set(['unelected']));
  });

  it('after the vote, the marks of the voting delegates add up to the ballot', () => {
    const counts = markCounts(hallView(sc, final));
    const b = final.ballots[0]!;
    for (const m of votedItem(sc).motions) expect(counts[m.platform!] ?? 0).toBe(b.votes[m.id]);
    expect(counts.abstained ?? 0).toBe(b.abstained);
    expect(counts.away).toBe(b.absent);
    expect(counts.undecided ?? 0).toBe(0);
  });

  it('before the vote, a delegate nearly as close to two motions is shown undecided', () => {
    const ten = sc.platforms.find((p) => p.id === 'ten')!.position;
    const tb = sc.platforms.find((p) => p.id === 'tb')!.position;
    const between = Object.fromEntries(Object.keys(ten).map((k) => [k, ((ten[k] ?? 0) + (tb[k] ?? 0)) / 2]));
    const d = { ...final.delegates[0]!, present: true, stance: between };
    expect(markOf(sc, d).kind).toBe('undecided');
    expect(markOf(sc, { ...d, stance: { ...ten } })).toEqual({ kind: 'leaning', platform: 'ten' });
  });
});
