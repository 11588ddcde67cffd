import { describe, expect, it } from 'vitest';
import { apply } from '../../game/rules/apply';
import { apportion } from '../../game/rules/election';
import { legalActions } from '../../game/rules/legal';
import { newGame, seatToAct } from '../../game/rules/setup';
import type { GameState } from '../../game/rules/types';
import { playWithLog } from '../support/play';
import { loadScenario } from '../support/scenario';

const sc = loadScenario();

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object') {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}

function must(state: GameState, action: Parameters<typeof apply>[2]): GameState {
  const r = apply(sc, state, action);
  if (!r.ok) throw new Error(r.reason);
  return r.state;
}

describe('scenario -> initial state', () => {
  it('seats one delegate per place in the hall: 694 voting + 296 consultative (dossier 1.1, official figure)', () => {
    const s = newGame(sc, { seed: 1 });
    expect(s.delegates).toHaveLength(990);
    expect(s.delegates.filter((d) => d.voting)).toHaveLength(694);
    expect(new Set(s.delegates.map((d) => d.id)).size).toBe(990);
    expect(s.seats.map((x) => x.id)).toEqual(['wo', 'tb', 'ten']);
    expect(s.delegates.every((d) => d.stance === null && d.elected === null)).toBe(true);
  });

  it('makes unnamed seats AI and keeps the human ones given', () => {
    const s = newGame(sc, { seed: 1, controllers: { wo: { kind: 'human' } } });
    expect(s.seats.find((x) => x.id === 'wo')!.controller.kind).toBe('human');
    expect(s.seats.find((x) => x.id === 'ten')!.controller.kind).toBe('ai');
  });
});

describe('apply: rejections carry a reason and never throw', () => {
  const s0 = newGame(sc, { seed: 2 });
  it.each([
    [{ type: 'campaign', seat: 'tb', delegation: 'moscow' }, /not the tb seat's turn/],
    [{ type: 'campaign', seat: 'wo', delegation: 'atlantis' }, /no delegation "atlantis"/],
    [{ type: 'campaign', seat: 'dc', delegation: 'moscow' }, /no seat "dc"/],
    [{ type: 'speak', seat: 'wo', cards: ['wo-producers'] }, /not the time to speak/],
    [{ type: 'elect' }, /wo seat has not campaigned/],
    [{ type: 'open' }, /only once its delegates are elected/],
    [{ type: 'vote' }, /after the debate/],
    [{ type: 'conclude' }, /only after the vote/],
  ] as const)('%j is refused', (action, reason) => {
    const r = apply(sc, deepFreeze(structuredClone(s0)), action);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });

  it('refuses a card of another platform, a repeated card and a speech that is too long', () => {
    let s = newGame(sc, { seed: 3 });
    for (let seat = seatToAct(s); seat; seat = seatToAct(s)) s = must(s, { type: 'campaign', seat: seat.id, delegation: 'moscow' });
    s = must(must(s, { type: 'elect' }), { type: 'open' });
    const bad = [
      { cards: ['ten-schools'], reason: /not an argument of the wo platform/ },
      { cards: ['wo-producers', 'wo-producers'], reason: /same card twice/ },
      { cards: ['wo-producers', 'wo-programme', 'wo-bureaucracy'], reason: /1 to 2 argument cards/ },
      { cards: [], reason: /1 to 2 argument cards/ },
    ];
    for (const { cards, reason } of bad) {
      const r = apply(sc, s, { type: 'speak', seat: 'wo', cards });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reason).toMatch(reason);
    }
  });

  it('does not mutate the state it is given (frozen input)', () => {
    const { actions, initial } = playWithLog(sc, 11);
    let s = deepFreeze(structuredClone(initial));
    for (const a of actions) s = deepFreeze(must(s, a));
    expect(s.phase).toBe('outcome');
  });
});

describe('one whole thin game', () => {
  const { final, actions } = playWithLog(sc, 1921);

  it('runs selection, Kronstadt opening, debate, vote and outcome in order', () => {
    expect(final.log.map((l) => l.kind)).toEqual([
      'campaign', 'campaign', 'campaign', 'election', 'opening', 'speech', 'speech', 'speech', 'vote',
    ]);
    expect(actions.filter((a) => a.type === 'speak')).toHaveLength(3);
  });

  it('sends the scenario\'s departures to the front and counts only voting delegates present', () => {
    const absent = final.delegates.filter((d) => d.voting && !d.present).length;
    expect(absent).toBe(sc.opening.departures);
    const b = final.ballot!;
    const cast = Object.values(b.votes).reduce((x, y) => x + y, 0);
    expect(cast + b.abstained).toBe(694 - absent);
    expect(b.absent).toBe(absent);
    const byDelegation = b.byDelegation.reduce((n, t) => n + Object.values(t.votes).reduce((x, y) => x + y, 0), 0);
    expect(byDelegation).toBe(cast);
    expect(b.byDelegation.every((t) => t.reason.length > 20)).toBe(true);
  });

  it('grades each seat against the 1921 record (336 / 50 / 18, dossier 2.3)', () => {
    const o = final.outcome!;
    expect(o.historyWinner).toBe('ten-motion');
    const wo = o.seats.find((x) => x.seat === 'wo')!;
    expect(wo.historyVotes).toBe(18);
    expect(wo.historyShare).toBeCloseTo(18 / 404, 6);
    expect(['worse than history', 'as history', 'better than history']).toContain(wo.grade);
  });

  it('is the same game for the same seed and inputs, and a different one for another seed', () => {
    expect(playWithLog(sc, 1921).final).toEqual(final);
    expect(playWithLog(sc, 1922).final).not.toEqual(final);
  });
});

describe('election rules', () => {
  it('proportional apportionment hands out every seat by largest remainder', () => {
    expect(apportion(sc, { ten: 137, wo: 62, tb: 8 }, 15, 'proportional')).toEqual({ wo: 4, tb: 1, ten: 10 });
  });
  it('winner-take-all gives every seat to the leading platform', () => {
    expect(apportion(sc, { ten: 40, wo: 60 }, 14, 'majority')).toEqual({ wo: 14 });
  });
  it('a campaign changes who is elected', () => {
    const base = newGame(sc, { seed: 4 });
    const run = (target: string) => {
      let s = base;
      s = must(s, { type: 'campaign', seat: 'wo', delegation: target });
      s = must(s, { type: 'campaign', seat: 'tb', delegation: 'east' });
      s = must(s, { type: 'campaign', seat: 'ten', delegation: 'east' });
      return must(s, { type: 'elect' }).delegates.filter((d) => d.delegation === 'metalworkers' && d.voting && d.elected === 'wo').length;
    };
    expect(run('metalworkers')).toBeGreaterThan(run('east'));
  });
  it('offers every delegation to the seat due, and nothing to the others', () => {
    const s = newGame(sc, { seed: 5 });
    expect(legalActions(sc, s, 'wo')).toHaveLength(sc.delegations.length);
    expect(legalActions(sc, s, 'ten')).toEqual([]);
  });
});
