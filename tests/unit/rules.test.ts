import { describe, expect, it } from 'vitest';
import { apply } from '../../game/rules/apply';
import { FLOOR } from '../../game/rules/congress';
import { apportion } from '../../game/rules/election';
import { legalActions } from '../../game/rules/legal';
import { newGame, seatToAct } from '../../game/rules/setup';
import type { Action, GameState } from '../../game/rules/types';
import { flowStep, playWithLog } from '../support/play';
import { loadScenario } from '../support/scenario';

const sc = loadScenario();

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object') {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}

function must(state: GameState, action: Action): GameState {
  const r = apply(sc, state, action);
  if (!r.ok) throw new Error(r.reason);
  return r.state;
}

/** Plays on with the given action for each seat turn of one kind, flow steps in between, until `until`. */
function advance(state: GameState, until: GameState['phase'], seatAction: (seat: string, s: GameState) => Action): GameState {
  let s = state;
  for (let i = 0; s.phase !== until && i < 200; i++) {
    const seat = seatToAct(sc, s);
    s = must(s, seat ? seatAction(seat.id, s) : flowStep(sc, s)!);
  }
  return s;
}

const firstLegal = (seat: string, s: GameState) => legalActions(sc, s, seat)[0]!;

describe('scenario -> initial state', () => {
  it('seats one delegate per place in the hall: 694 voting + 296 consultative (dossier 1.1, official figure)', () => {
    const s = newGame(sc, { seed: 1 });
    expect(s.delegates).toHaveLength(990);
    expect(s.delegates.filter((d) => d.voting)).toHaveLength(694);
    expect(new Set(s.delegates.map((d) => d.id)).size).toBe(990);
    expect(s.seats.map((x) => x.id)).toEqual(['wo', 'tb', 'ten']);
    expect(s.delegates.every((d) => d.stance === null && d.elected === null)).toBe(true);
    expect(s.phase).toBe('discussion');
  });
});

describe('apply: rejections carry a reason and never throw', () => {
  const s0 = newGame(sc, { seed: 2 });
  it.each([
    [{ type: 'organise', seat: 'tb', delegation: 'moscow' }, /not the tb seat's turn/],
    [{ type: 'organise', seat: 'wo', delegation: 'atlantis' }, /no delegation "atlantis"/],
    [{ type: 'organise', seat: 'dc', delegation: 'moscow' }, /no seat "dc"/],
    [{ type: 'transfer', seat: 'wo', delegation: 'moscow', platform: 'ten' }, /only the platform that holds the apparatus/],
    [{ type: 'demand-proportional', seat: 'wo', delegation: 'moscow' }, /already elects by platform/],
    [{ type: 'meeting', seat: 'wo', kind: 'navy' }, /no delegation is of the kind "navy"/],
    [{ type: 'speak', seat: 'wo', cards: ['wo-producers'] }, /not the time to speak/],
    [{ type: 'elect' }, /Discussion is not over/],
    [{ type: 'open' }, /only once its delegates are elected/],
    [{ type: 'vote' }, /no vote to take now/],
    [{ type: 'conclude' }, /only after its votes/],
  ] as [Action, RegExp][])('%j is refused', (action, reason) => {
    const r = apply(sc, deepFreeze(structuredClone(s0)), action);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });

  it('refuses cards of another platform, a repeated card, a card already made, and a speech longer than the floor time', () => {
    const s = advance(newGame(sc, { seed: 3 }), 'debate', firstLegal);
    expect(seatToAct(sc, s)!.id).toBe('wo');
    const bad: [string[], RegExp][] = [
      [['ten-schools'], /not an argument of the wo platform/],
      [['wo-producers', 'wo-producers'], /same card twice/],
      [['wo-producers', 'wo-programme', 'wo-bureaucracy', 'wo-purge'], /1 to 3 argument cards/],
      [[], /1 to 3 argument cards/],
    ];
    for (const [cards, reason] of bad) {
      const r = apply(sc, s, { type: 'speak', seat: 'wo', cards });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reason).toMatch(reason);
    }
    const short = { ...s, minutes: { ...s.minutes, wo: 4 } };
    const r = apply(sc, short, { type: 'speak', seat: 'wo', cards: ['wo-producers', 'wo-programme'] });
    expect(r.ok ? '' : r.reason).toMatch(/takes 6 minutes; you have 4 left/);
  });

  it('does not mutate the state it is given (frozen input, a whole game)', () => {
    const { actions, initial } = playWithLog(sc, 11);
    let s = deepFreeze(structuredClone(initial));
    for (const a of actions) s = deepFreeze(must(s, a));
    expect(s.phase).toBe('outcome');
  });
});

describe('one whole game', () => {
  const { final } = playWithLog(sc, 1921);

  it('runs the Discussion, the opening, volunteers, presidium, debate and every vote in order', () => {
    const kinds = final.log.map((l) => l.kind).filter((k) => k !== 'event');
    expect(kinds.slice(0, 9)).toEqual(Array(9).fill('discussion'));
    expect(kinds.slice(9, 15)).toEqual(['election', 'opening', 'volunteers', 'volunteers', 'volunteers', 'volunteers']);
    expect(kinds[15]).toBe('presidium');
    expect(kinds.filter((k) => k === 'vote')).toHaveLength(5);
    expect(final.ballots.map((b) => b.item)).toEqual(['trade-unions', 'party-unity', 'syndicalist-deviation', 'tax-in-kind', 'central-committee']);
  });

  it('brings the dated events of each round into the record (dossier 2.1)', () => {
    const events = final.log.filter((l) => l.kind === 'event').map((l) => l.text.slice(0, 10));
    expect(events).toEqual(expect.arrayContaining(['1921-01-17', '1921-01-24', '1921-01-25', '1921-02-28']));
  });

  it('counts only voting delegates present, and tallies never exceed them', () => {
    const present = final.delegates.filter((d) => d.voting && d.present).length;
    for (const b of final.ballots) {
      const cast = Object.values(b.votes).reduce((x, y) => x + y, 0);
      expect(cast + b.abstained).toBe(present);
      expect(b.absent).toBe(694 - present);
      expect(b.byDelegation.reduce((n, t) => n + Object.values(t.votes).reduce((x, y) => x + y, 0), 0)).toBe(cast);
      expect(b.byDelegation.every((t) => t.reason.length > 20)).toBe(true);
    }
  });

  it('fills a Central Committee of 25 full members and 15 candidates (dossier 4.4)', () => {
    const seats = final.ballots.find((b) => b.seats)!.seats!;
    expect(Object.values(seats).reduce((n, s) => n + s.full, 0)).toBe(25);
    expect(Object.values(seats).reduce((n, s) => n + s.candidates, 0)).toBe(15);
  });

  it('grades every seat on its objectives against the 1921 record', () => {
    const wo = final.outcome!.seats.find((x) => x.seat === 'wo')!;
    expect(wo.objectives.map((o) => o.history)).toEqual(['18 votes (4%)', 'adopted', '2 named full members']);
    expect(['worse than history', 'as history', 'better than history', 'decisive']).toContain(wo.grade);
  });

  it('is the same game for the same seed and inputs, and a different one for another seed', () => {
    expect(playWithLog(sc, 1921).final).toEqual(final);
    expect(playWithLog(sc, 1922).final).not.toEqual(final);
  });
});

describe('Discussion and election rules', () => {
  it('proportional apportionment hands out every seat by largest remainder', () => {
    expect(apportion(sc, { ten: 137, wo: 62, tb: 8 }, 15, 'proportional')).toEqual({ wo: 4, tb: 1, ten: 10 });
  });
  it('winner-take-all gives every seat to the leading platform', () => {
    expect(apportion(sc, { ten: 40, wo: 60 }, 14, 'majority')).toEqual({ wo: 14 });
  });
  it('organising in a conference changes who it elects', () => {
    const count = (target: string) => {
      const s = advance(newGame(sc, { seed: 4 }), 'elected', (seat) => ({ type: 'organise', seat, delegation: seat === 'wo' ? target : 'east' }));
      return s.delegates.filter((d) => d.delegation === 'metalworkers' && d.voting && d.elected === 'wo').length;
    };
    expect(count('metalworkers')).toBeGreaterThan(count('east'));
  });
  it('demanding election by platform breaks a winner-take-all conference (Petrograd)', () => {
    const wo = (demand: boolean) => {
      const s = advance(newGame(sc, { seed: 4 }), 'elected', (seat, st) =>
        seat === 'wo' && demand && st.round === 0 ? { type: 'demand-proportional', seat, delegation: 'petrograd' } : { type: 'organise', seat, delegation: 'petrograd' },
      );
      return s.delegates.filter((d) => d.delegation === 'petrograd' && d.elected === 'wo').length;
    };
    expect(wo(false)).toBe(0);
    expect(wo(true)).toBeGreaterThan(0);
  });
  it('the apparatus can transfer a rival\'s activists, and only the apparatus', () => {
    let s = newGame(sc, { seed: 5 });
    s = must(s, { type: 'organise', seat: 'wo', delegation: 'samara' });
    s = must(s, { type: 'organise', seat: 'tb', delegation: 'samara' });
    const before = s.campaigns.samara?.wo ?? 0;
    s = must(s, { type: 'transfer', seat: 'ten', delegation: 'samara', platform: 'wo' });
    expect(s.campaigns.samara!.wo!).toBeLessThan(before);
  });
});

describe('the congress floor', () => {
  it('the chair\'s presidium places give rivals floor time taken from the chair', () => {
    const s = advance(newGame(sc, { seed: 6 }), 'presidium', firstLegal);
    expect(s.chair).toBe('ten');
    const none = must(s, { type: 'presidium', seat: 'ten', concede: [] });
    const both = must(s, { type: 'presidium', seat: 'ten', concede: ['wo', 'tb'] });
    expect(none.minutes).toEqual({ wo: FLOOR.other, tb: FLOOR.other, ten: FLOOR.chair });
    expect(both.minutes).toEqual({ wo: FLOOR.other + FLOOR.place, tb: FLOOR.other + FLOOR.place, ten: FLOOR.chair - 2 * FLOOR.place });
    expect(none.speakers.at(-1)).toBe('ten');
  });

  it('sending few delegates to the front keeps votes; sending many keeps standing', () => {
    const at = advance(newGame(sc, { seed: 7 }), 'volunteers', firstLegal);
    const run = (level: 'few' | 'many') => advance(at, 'presidium', (seat) => ({ type: 'volunteer', seat, level: seat === 'wo' ? level : 'share' }));
    const present = (s: GameState) => s.delegates.filter((d) => d.elected === 'wo' && d.voting && d.present).length;
    expect(present(run('few'))).toBeGreaterThan(present(run('many')));
    expect(run('few').credit.wo).toBeLessThan(run('many').credit.wo!);
  });

  it('an objection takes back part of an argument already made, once', () => {
    let s = advance(newGame(sc, { seed: 8 }), 'debate', firstLegal);
    s = must(s, { type: 'speak', seat: 'wo', cards: ['wo-producers'] });
    const r = apply(sc, s, { type: 'object', seat: 'tb', card: 'wo-producers' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.state.objected).toEqual(['wo-producers']);
    expect(r.state.log.at(-1)!.text).toMatch(/objects to "A Congress of Producers"/);
  });
});
