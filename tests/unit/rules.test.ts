import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../game/content/parse';
import { PUBLIC, view } from '../../game/match/view';
import { apply } from '../../game/rules/apply';
import { adoptedOf } from '../../game/rules/ballots';
import { FLOOR } from '../../game/rules/congress';
import { apportion } from '../../game/rules/election';
import { dueOf } from '../../game/rules/flow';
import { handOf, legalActions } from '../../game/rules/legal';
import { newGame } from '../../game/rules/setup';
import type { By, Command, GameEvent, GameState, SeatCommand } from '../../game/rules/types';
import { playWithLog } from '../support/play';
import { loadScenario, rawScenario } from '../support/scenario';

const sc = loadScenario();

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object') {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}

const byOf = (c: Command): By => ('seat' in c ? { seat: c.seat } : ['elect', 'reveal'].includes(c.type) ? 'system' : 'facilitator');

function must(state: GameState, command: Command, events?: GameEvent[]): GameState {
  const r = apply(sc, state, command, byOf(command));
  if (!r.ok) throw new Error(r.reason);
  events?.push(...r.events);
  return r.state;
}

/** Plays on with the given move for each seat that is due, the flow's own steps in between, until `until`. */
function advance(state: GameState, until: GameState['phase'], seatAction: (seat: string, s: GameState) => SeatCommand, events?: GameEvent[]): GameState {
  let s = state;
  for (let i = 0; s.phase !== until && i < 200; i++) {
    const due = dueOf(sc, s);
    if (due.kind === 'over') break;
    s = must(s, due.kind === 'seats' ? seatAction(due.seats[0]!, s) : due.command, events);
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
    expect([s.phase, s.step]).toEqual(['discussion', 0]);
  });
});

describe('apply: refusals carry a reason and never throw', () => {
  const s0 = newGame(sc, { seed: 2 });
  it.each([
    [{ type: 'organise', seat: 'tb', delegation: 'moscow' }, { seat: 'tb' }, /not the tb seat's turn/],
    [{ type: 'organise', seat: 'wo', delegation: 'atlantis' }, { seat: 'wo' }, /no delegation "atlantis"/],
    [{ type: 'organise', seat: 'dc', delegation: 'moscow' }, { seat: 'dc' }, /no seat "dc"/],
    [{ type: 'organise', seat: 'wo', delegation: 'moscow' }, { seat: 'ten' }, /a move for the wo seat can be made only by that seat/],
    [{ type: 'organise', seat: 'wo', delegation: 'moscow' }, 'facilitator', /only by that seat/],
    [{ type: 'transfer', seat: 'wo', delegation: 'moscow', platform: 'ten' }, { seat: 'wo' }, /only the platform that holds the apparatus/],
    [{ type: 'demand-proportional', seat: 'wo', delegation: 'moscow' }, { seat: 'wo' }, /already elects by platform/],
    [{ type: 'meeting', seat: 'wo', kind: 'navy' }, { seat: 'wo' }, /no delegation is of the kind "navy"/],
    [{ type: 'speak', seat: 'wo', cards: ['wo-producers'] }, { seat: 'wo' }, /not the time to speak/],
    [{ type: 'elect' }, 'system', /Discussion is not over/],
    [{ type: 'elect' }, 'facilitator', /only the game itself takes this step/],
    [{ type: 'open' }, 'facilitator', /only once its delegates are elected/],
    [{ type: 'open' }, { seat: 'wo' }, /only whoever runs the congress/],
    [{ type: 'vote' }, 'facilitator', /no vote to take now/],
    [{ type: 'conclude' }, 'facilitator', /only after its votes/],
    [{ type: 'reveal' }, 'system', /no sealed choice to reveal/],
  ] as [Command, By, RegExp][])('%j by %j is refused', (command, by, reason) => {
    const r = apply(sc, deepFreeze(structuredClone(s0)), command, by);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });

  it('refuses cards of another platform, a repeated card, cards out of deck order, and a speech longer than the floor time', () => {
    const s = advance(newGame(sc, { seed: 3 }), 'debate', firstLegal);
    expect(dueOf(sc, s)).toEqual({ kind: 'seats', seats: ['wo'], sealed: false });
    const bad: [string[], RegExp][] = [
      [['ten-schools'], /not an argument of the wo platform/],
      [['wo-producers', 'wo-producers'], /same card twice/],
      [['wo-producers', 'wo-programme', 'wo-bureaucracy', 'wo-purge'], /1 to 3 argument cards/],
      [[], /1 to 3 argument cards/],
    ];
    for (const [cards, reason] of bad) {
      const r = apply(sc, s, { type: 'speak', seat: 'wo', cards }, { seat: 'wo' });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reason).toMatch(reason);
    }
    const deck = sc.cards.filter((c) => c.platform === 'wo').map((c) => c.id);
    const backwards = apply(sc, s, { type: 'speak', seat: 'wo', cards: [deck[1]!, deck[0]!] }, { seat: 'wo' });
    expect(backwards.ok ? '' : backwards.reason).toMatch(/in the order of your hand/);
    const short = { ...s, minutes: { ...s.minutes, wo: 4 } };
    const r = apply(sc, short, { type: 'speak', seat: 'wo', cards: ['wo-producers', 'wo-programme'] }, { seat: 'wo' });
    expect(r.ok ? '' : r.reason).toMatch(/takes 6 minutes; you have 4 left/);
  });

  it('does not mutate the state it is given (frozen input, a whole game)', () => {
    const { commands, initial } = playWithLog(sc, 11);
    let s = deepFreeze(structuredClone(initial));
    for (const c of commands) {
      const r = apply(sc, s, c.command, c.by);
      if (!r.ok) throw new Error(r.reason);
      s = deepFreeze(r.state);
    }
    expect(s.phase).toBe('outcome');
  });
});

describe('one whole game', () => {
  const { final, match } = playWithLog(sc, 1921);
  const types = match.events.map((e) => e.type).filter((t) => t !== 'event.arrived' && t !== 'round.began');

  it('runs the Discussion, the opening, sealed volunteers, presidium, debate and every vote in order', () => {
    expect(types.slice(0, 9)).toEqual(Array(9).fill('campaign'));
    expect(types.slice(9, 20)).toEqual(['congress.elected', 'congress.opened', 'floor.opened', 'choice.sealed', 'choice.sealed', 'choice.sealed', 'volunteered', 'volunteered', 'volunteered', 'delegates.departed', 'presidium.formed']);
    expect(types.filter((t) => t === 'vote.taken')).toHaveLength(5);
    expect(types.at(-1)).toBe('congress.closed');
    expect(final.ballots.map((b) => b.item)).toEqual(['trade-unions', 'party-unity', 'syndicalist-deviation', 'tax-in-kind', 'central-committee']);
  });

  it('records who issued every command: the seats their moves, the game its own steps, the facilitator the pauses', () => {
    const by = (type: string) => match.record.commands.filter((c) => c.command.type === type).map((c) => c.by);
    expect(by('elect')).toEqual(['system']);
    expect(by('reveal')).toEqual(['system']);
    for (const t of ['open', 'floor', 'vote', 'next', 'conclude']) expect(new Set(by(t))).toEqual(new Set(['facilitator']));
    for (const c of match.record.commands) if ('seat' in c.command) expect(c.by).toEqual({ seat: c.command.seat });
    expect(match.record.commands.map((c) => c.stateId)).toEqual(match.record.commands.map((_, i) => i));
  });

  it('brings the dated events of each round into the record (dossier 2.1)', () => {
    const dates = match.events.filter((e) => e.type === 'event.arrived').map((e) => sc.events.find((x) => e.type === 'event.arrived' && x.id === e.event)!.date);
    expect(dates).toEqual(expect.arrayContaining(['1921-01-17', '1921-01-24', '1921-01-25', '1921-02-28']));
  });

  it('counts only voting delegates present, and tallies never exceed them', () => {
    const present = final.delegates.filter((d) => d.voting && d.present).length;
    for (const b of final.ballots) {
      const cast = Object.values(b.votes).reduce((x, y) => x + y, 0);
      expect(cast + b.abstained).toBe(present);
      expect(b.absent).toBe(694 - present);
      expect(b.byDelegation.reduce((n, t) => n + Object.values(t.votes).reduce((x, y) => x + y, 0), 0)).toBe(cast);
      for (const t of b.byDelegation) if (t.why.option) expect(t.why.votes).toBe(Math.max(...Object.values(t.votes)));
    }
  });

  it('fills a Central Committee of 25 full members and 15 candidates (dossier 4.4)', () => {
    const seats = final.ballots.find((b) => b.seats)!.seats!;
    expect(Object.values(seats).reduce((n, s) => n + s.full, 0)).toBe(25);
    expect(Object.values(seats).reduce((n, s) => n + s.candidates, 0)).toBe(15);
  });

  it('grades every seat on its objectives against the 1921 record', () => {
    const wo = final.outcome!.seats.find((x) => x.seat === 'wo')!;
    expect(wo.objectives.map((o) => [o.kind, 'history' in o ? o.history : null])).toEqual([['share', 18], ['adopted', true], ['cc-full', 2]]);
    expect(['worse than history', 'as history', 'better than history', 'decisive']).toContain(wo.grade);
  });

  it('is the same game for the same seed and inputs, and a different one for another seed', () => {
    expect(playWithLog(sc, 1921).final).toEqual(final);
    expect(playWithLog(sc, 1922).final).not.toEqual(final);
  });
});

describe('sealed choices: who leaves for the front', () => {
  const at = advance(newGame(sc, { seed: 7 }), 'volunteers', firstLegal);

  it('every seat owes its choice at once; each is kept sealed, and a second choice is refused', () => {
    expect(dueOf(sc, at)).toEqual({ kind: 'seats', seats: ['wo', 'tb', 'ten'], sealed: true });
    const events: GameEvent[] = [];
    const s = must(at, { type: 'volunteer', seat: 'ten', level: 'many' }, events);
    expect(events).toEqual([{ type: 'choice.sealed', seat: 'ten', move: at.step, to: 'ten', command: { type: 'volunteer', seat: 'ten', level: 'many' }, at: at.step }]);
    expect(s.volunteering).toEqual({});
    expect(dueOf(sc, s)).toEqual({ kind: 'seats', seats: ['wo', 'tb'], sealed: true });
    const again = apply(sc, s, { type: 'volunteer', seat: 'ten', level: 'few' }, { seat: 'ten' });
    expect(again.ok ? '' : again.reason).toMatch(/already made your choice/);
  });

  it('reveals all choices together, in seat order whatever order they were made in', () => {
    const events: GameEvent[] = [];
    let s = must(at, { type: 'volunteer', seat: 'ten', level: 'many' });
    s = must(s, { type: 'volunteer', seat: 'wo', level: 'few' });
    s = must(s, { type: 'volunteer', seat: 'tb', level: 'share' });
    expect(dueOf(sc, s)).toEqual({ kind: 'system', command: { type: 'reveal' } });
    s = must(s, { type: 'reveal' }, events);
    expect(events.filter((e) => e.type === 'volunteered').map((e) => e.type === 'volunteered' && [e.seat, e.level, e.move])).toEqual([
      ['wo', 'few', at.step + 1],
      ['tb', 'share', at.step + 2],
      ['ten', 'many', at.step],
    ]);
    expect(s.volunteering).toEqual({ wo: 'few', tb: 'share', ten: 'many' });
    expect([s.phase, s.sealed]).toEqual(['presidium', {}]);
  });

  it('sending few delegates keeps votes; sending many keeps standing', () => {
    const run = (level: 'few' | 'many') => advance(at, 'presidium', (seat) => ({ type: 'volunteer', seat, level: seat === 'wo' ? level : 'share' }));
    const present = (s: GameState) => s.delegates.filter((d) => d.elected === 'wo' && d.voting && d.present).length;
    expect(present(run('few'))).toBeGreaterThan(present(run('many')));
    expect(run('few').credit.wo).toBeLessThan(run('many').credit.wo!);
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
      return s.delegates.filter((d) => d.delegation === 'donbas' && d.voting && d.elected === 'wo').length;
    };
    expect(count('donbas')).toBeGreaterThan(count('east'));
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
  it("the apparatus can transfer a rival's activists, and only the apparatus", () => {
    let s = newGame(sc, { seed: 5 });
    s = must(s, { type: 'organise', seat: 'wo', delegation: 'samara' });
    s = must(s, { type: 'organise', seat: 'tb', delegation: 'samara' });
    const before = s.campaigns.samara?.wo ?? 0;
    s = must(s, { type: 'transfer', seat: 'ten', delegation: 'samara', platform: 'wo' });
    expect(s.campaigns.samara!.wo!).toBeLessThan(before);
  });
});

describe('the congress floor', () => {
  it("the chair's presidium places give rivals floor time taken from the chair; rivals are named in seat order", () => {
    const s = advance(newGame(sc, { seed: 6 }), 'presidium', firstLegal);
    expect(s.chair).toBe('ten');
    const none = must(s, { type: 'presidium', seat: 'ten', concede: [] });
    const both = must(s, { type: 'presidium', seat: 'ten', concede: ['wo', 'tb'] });
    expect(none.minutes).toEqual({ wo: FLOOR.other, tb: FLOOR.other, ten: FLOOR.chair });
    expect(both.minutes).toEqual({ wo: FLOOR.other + FLOOR.place, tb: FLOOR.other + FLOOR.place, ten: FLOOR.chair - 2 * FLOOR.place });
    expect(none.speakers.at(-1)).toBe('ten');
    const reversed = apply(sc, s, { type: 'presidium', seat: 'ten', concede: ['tb', 'wo'] }, { seat: 'ten' });
    expect(reversed.ok ? '' : reversed.reason).toMatch(/seat order \(wo, tb, ten\)/);
  });

  it('an objection takes back part of an argument already made, once', () => {
    let s = advance(newGame(sc, { seed: 8 }), 'debate', firstLegal);
    const card = handOf(sc, s, 'wo')[0]!;
    s = must(s, { type: 'speak', seat: 'wo', cards: [card] });
    const r = apply(sc, s, { type: 'object', seat: 'tb', card }, { seat: 'tb' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.state.objected).toEqual([card]);
    expect(r.events).toEqual([{ type: 'objection.made', seat: 'tb', move: s.step, card, at: s.step }]);
  });

  it('waits for the facilitator between the parts of the congress, and says which step is next', () => {
    const elected = advance(newGame(sc, { seed: 9, floor: true }), 'elected', firstLegal);
    expect(dueOf(sc, elected)).toEqual({ kind: 'proceed', command: { type: 'open' } });
    const opened = must(elected, { type: 'open' });
    expect([opened.phase, dueOf(sc, opened)]).toEqual(['opening', { kind: 'proceed', command: { type: 'floor' } }]);
    const forecast = advance(opened, 'forecast', firstLegal);
    // before the vote every platform decides from the floor, one at a time in the speakers' order, the chair last
    let decided = forecast;
    for (const seat of forecast.speakers) {
      expect(dueOf(sc, decided)).toEqual({ kind: 'seats', seats: [seat], sealed: false });
      expect(apply(sc, decided, { type: 'vote' }, 'facilitator')).toEqual({ ok: false, reason: 'not every platform has decided what it does before the vote' });
      decided = must(decided, { type: 'declare', seat, choice: 'silent' });
    }
    expect(forecast.speakers.at(-1)).toBe(forecast.chair);
    expect(dueOf(sc, decided)).toEqual({ kind: 'proceed', command: { type: 'vote' } });
    const ballot = must(decided, { type: 'vote' });
    expect([ballot.phase, dueOf(sc, ballot)]).toEqual(['ballot', { kind: 'proceed', command: { type: 'next' } }]);
  });
});

describe('degenerate votes are honest (issue 9)', () => {
  it('a tie adopts nothing, and so does a vote nobody cast; a yes-or-no resolution needs more for than against', () => {
    expect(adoptedOf({ a: 5, b: 5, c: 1 }, ['a', 'b', 'c'], false)).toBeNull();
    expect(adoptedOf({ a: 5, b: 4 }, ['a', 'b'], false)).toBe('a');
    expect(adoptedOf({ a: 0, b: 0 }, ['a', 'b'], false)).toBeNull();
    expect(adoptedOf({ for: 0, against: 0 }, ['for', 'against'], true)).toBeNull();
    expect(adoptedOf({ for: 3, against: 3 }, ['for', 'against'], true)).toBe('against');
    expect(adoptedOf({ for: 4, against: 3 }, ['for', 'against'], true)).toBe('for');
  });

  it('when every voting delegate has left, no vote adopts anything, the record says why, and the game still ends', () => {
    const raw = structuredClone(rawScenario()) as any;
    raw.opening.departures = raw.totals.voting;
    delete raw.opening.figure;
    const parsed = parseScenario(raw);
    if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('; '));
    const empty = parsed.scenario;
    const { match } = playWithLog(empty, 3);
    expect(match.state.delegates.filter((d) => d.voting && d.present)).toEqual([]);
    for (const b of match.state.ballots) expect([b.item, b.adopted]).toEqual([b.item, null]);
    const lines = view(empty, match, PUBLIC).log.filter((l) => l.kind === 'vote').map((l) => l.text);
    expect(lines[0]).toMatch(/nothing adopted: no voting delegate cast a vote/);
    expect(match.state.outcome!.seats.every((s) => s.grade !== 'decisive')).toBe(true);
  });
});
