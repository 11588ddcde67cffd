/**
 * The pure parts of what the screens show: seat geometry, what each delegate's mark says before and
 * after the vote, and the words of the record (a reason on its own move, the scenario's own terms).
 */
import { votedItem } from '../../game/content/schema';
import { describe, expect, it } from 'vitest';
import { markCounts, markOf } from '../../game/match/marks';
import { PUBLIC, view } from '../../game/match/view';
import { HALL, hemicycle, seatSpacing } from '../../game/view/layout';
import type { Command } from '../../game/rules/types';
import { commandLabel, headingOf } from '../../game/words/narrate';
import { playWithLog } from '../support/play';
import { SCENARIO_DIR, loadScenario } from '../support/scenario';

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
    let nearest = Infinity;
    for (let i = 0; i < seats.length; i++) {
      for (let j = i + 1; j < seats.length; j++) nearest = Math.min(nearest, Math.hypot(seats[i]!.x - seats[j]!.x, seats[i]!.y - seats[j]!.y));
    }
    expect(nearest).toBeGreaterThan(min);
  });

  it('orders seats from left to right so a delegation sits in one wedge', () => {
    const seats = hemicycle(990, HALL);
    for (let i = 1; i < seats.length; i++) expect(seats[i]!.angle).toBeLessThanOrEqual(seats[i - 1]!.angle);
  });
});

describe('delegate marks', () => {
  const { final, match } = playWithLog(sc, 8);

  it('before the election every seat is "not yet elected"', () => {
    const views = view(sc, { ...match, state: { ...final, delegates: final.delegates.map((d) => ({ ...d, stance: null, elected: null })), ballots: [] } }, PUBLIC).delegates;
    expect(new Set(views.map((v) => v.mark.kind))).toEqual(new Set(['unelected']));
  });

  it('after the vote, the marks of the voting delegates add up to the ballot', () => {
    const counts = markCounts(view(sc, match, PUBLIC).delegates);
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

describe('the words of the record', () => {
  const small = loadScenario(`${SCENARIO_DIR}1920-moscow-conference.json`);

  it('puts every computer reason on a line of the seat that made that move, never on an event (bug: "(, computer: …)", seed 5)', () => {
    const { match } = playWithLog(sc, 5);
    const lines = view(sc, match, PUBLIC).log;
    const reasoned = lines.filter((l) => l.reason);
    expect(reasoned.length).toBeGreaterThan(10);
    for (const l of reasoned) {
      expect(l.seat).toBeDefined();
      expect(['event', 'round', 'election', 'opening', 'vote', 'call', 'close']).not.toContain(l.kind);
      expect(match.record.commands[l.move!]!.by).toEqual({ seat: l.seat });
    }
    // the departures line follows the sealed choices and carries no reason of theirs
    const departed = lines.find((l) => /^\d+ voting delegates leave for the Kronstadt front\. /.test(l.text));
    expect(departed?.text).toMatch(/The sources give 300 \(Ida Mett\), over 300 \(V\. I\. Lenin\) and over 200 \(Maurice Brinton\); which delegates went, and how many of each platform, is the game's own\.$/);
    expect(departed!.reason).toBeUndefined();
  });

  it("the game's own words in the 1920 scenario (record lines, headings) never speak of Kronstadt, the trade unions or the front", () => {
    const { match } = playWithLog(small, 3);
    const v = view(small, match, PUBLIC);
    // events and the opening quote the scenario's own text; its names (a "trade-union board" delegation) are its own too
    const names = [...small.delegations.map((d) => d.name), ...small.platforms.map((p) => p.name), ...small.cards.map((c) => c.title), ...small.agenda.map((a) => a.title)];
    const strip = (t: string) => names.reduce((x, n) => x.split(n).join('…'), t);
    const own = v.log.filter((l) => l.kind !== 'event' && l.kind !== 'opening');
    const words = [...own.map((l) => strip(l.text)), ...['discussion', 'elected', 'opening', 'volunteers', 'presidium', 'debate', 'forecast', 'ballot', 'outcome'].map((p) => headingOf(small, p))].join('\n');
    expect(words).not.toMatch(/Kronstadt|trade.union|the front/i);
    // a provincial party conference: the record and the commands never call it a congress
    expect(words).not.toMatch(/congress/i);
    expect(['elect', 'open', 'conclude'].map((type) => commandLabel(small, { type } as Command))).toEqual(['the delegates to the conference are elected', 'open the conference', 'close the conference']);
    expect(commandLabel(sc, { type: 'open' } as Command)).toBe('open the congress');
    expect(headingOf(sc, 'opening')).toBe('Opening: News from Kronstadt');
    expect(headingOf(sc, 'debate')).toBe('Debate: The trade unions and their role in the economy');
  });
});
