import { describe, expect, it } from 'vitest';
import { chooseAction } from '../../game/ai/policy';
import { dueSeats } from '../../game/rules/flow';
import { newGame } from '../../game/rules/setup';
import { AI_LEVELS } from '../../game/rules/types';
import { playWithLog } from '../support/play';
import { SCENARIO_DIR, loadScenario } from '../support/scenario';

const sc = loadScenario();

describe('AI seats', () => {
  it.each(AI_LEVELS)('%s: plays whole games, explaining every choice', (level) => {
    for (let seed = 1; seed <= 3; seed++) {
      const { final, commands } = playWithLog(sc, seed, { wo: level, tb: level, ten: level });
      expect(final.phase).toBe('outcome');
      const moves = commands.filter((c) => typeof c.by !== 'string');
      expect(moves.length).toBeGreaterThan(10);
      for (const m of moves) expect(m.reason, JSON.stringify(m.command)).toMatch(/\w{3,}/);
    }
  });

  it('explains a Discussion choice in words naming what it expects to gain', () => {
    const s = newGame(sc, { seed: 9 });
    const choice = chooseAction(sc, s, dueSeats(sc, s)[0]!, 'normal')!;
    expect(choice.reason).toMatch(/^Chose this because organising in .+ should win about \d+ more voting delegate/);
  });

  it('the historical persona organises where its platform did in 1921', () => {
    const s = newGame(sc, { seed: 9 });
    const choice = chooseAction(sc, s, 'wo', 'historical')!;
    expect(choice.action.type).toBe('organise');
    if (choice.action.type === 'organise') expect(sc.platforms.find((p) => p.id === 'wo')!.history!.organise).toContain(choice.action.delegation);
    expect(choice.reason).toMatch(/As in 1921/);
  });

  it('speaks of the scenario\'s own year and places, never another meeting\'s', () => {
    const small = loadScenario(`${SCENARIO_DIR}1920-moscow-conference.json`);
    const reasons = playWithLog(small, 4, { cc: 'hard', wo: 'normal' }).commands.map((c) => c.reason ?? '').join(' ');
    expect(reasons).toMatch(/Chose this because/);
    expect(reasons).not.toMatch(/1921|Kronstadt|front|Workers' Opposition members sat/);
    // the historical persona names the year of its own record
    const later = { ...sc, agenda: sc.agenda.map((a) => (a.id === sc.vote.item ? { ...a, date: '9 March 1925' } : a)) };
    const persona = playWithLog(later, 4, { wo: 'historical', tb: 'historical', ten: 'historical' }).commands.map((c) => c.reason ?? '').join(' ');
    expect(persona).toMatch(/As in 1925/);
    expect(persona).not.toMatch(/1921/);
  });

  it('returns nothing for a seat that is not due', () => {
    expect(chooseAction(sc, newGame(sc, { seed: 9 }), 'ten')).toBeNull();
  });

  it('the hard AI weighs every kind of Discussion action; the normal one organises (and, holding the apparatus, transfers)', () => {
    const kinds = (level: 'normal' | 'hard') => {
      const seen = new Set<string>();
      for (let seed = 1; seed <= 6; seed++) {
        for (const seat of ['wo', 'ten'] as const) {
          for (const { command: a } of playWithLog(sc, seed, { [seat]: level }).commands) if ('seat' in a && a.seat === seat && ['organise', 'meeting', 'publish', 'demand-proportional', 'transfer'].includes(a.type)) seen.add(a.type);
        }
      }
      return seen;
    };
    for (const k of kinds('normal')) expect(['organise', 'transfer']).toContain(k);
    expect([...kinds('hard')].some((k) => ['meeting', 'publish', 'demand-proportional'].includes(k))).toBe(true);
  }, 60_000);
});

describe('the hard computer keeps floor time for the last round', () => {
  it('before the last round it makes no speech that leaves less than half its time, or too little for one more argument; in the last it may spend it all', async () => {
    const { debateChoice } = await import('../../game/ai/policy');
    const { playOn } = await import('../../game/match/headless');
    const { newMatch } = await import('../../game/match/match');
    const { DEBATE_ROUNDS } = await import('../../game/rules/setup');
    const { aiSeats, hashOf } = await import('../support/play');
    const moscow = loadScenario(`${SCENARIO_DIR}1920-moscow-conference.json`);
    let checked = 0;
    for (let seed = 1; seed <= 4; seed++) {
      const m = playOn(moscow, newMatch(moscow, hashOf(moscow), seed, aiSeats(moscow, { cc: 'normal', wo: 'hard' })), (x) => x.state.phase === 'debate' && x.state.round === 0 && dueSeats(moscow, x.state).includes('wo'));
      const state = m.state;
      const minutes = state.minutes.wo!;
      const cost = (cards: readonly string[]) => cards.reduce((n, id) => n + moscow.cards.find((c) => c.id === id)!.minutes, 0);
      const cheapestAfter = (cards: readonly string[]) => Math.min(...moscow.cards.filter((c) => c.platform === 'wo' && !cards.includes(c.id) && !state.played.some((p) => p.card === c.id)).map((c) => c.minutes));
      const speeches = (s: typeof state) => debateChoice(moscow, s, 'wo', 'hard').flatMap((o) => (o.action.type === 'speak' ? [o.action.cards] : []));
      const first = speeches(state);
      expect(first.length).toBeGreaterThan(0);
      expect(minutes, 'a normal chair gives the Opposition a presidium place, and its minutes').toBeGreaterThan(6);
      for (const cards of first.filter((c) => c.length > 1)) expect(minutes - cost(cards), `seed ${seed}: ${cards.join(', ')}`).toBeGreaterThanOrEqual(Math.max(cheapestAfter(cards), Math.floor(minutes / 2)));
      // the same hall in the last round: a speech that spends every minute is weighed again
      const last = speeches({ ...state, round: DEBATE_ROUNDS - 1 });
      expect(last.some((c) => minutes - cost(c) < cheapestAfter(c)), `seed ${seed}: in the last round some speech spends the time`).toBe(true);
      checked++;
    }
    expect(checked).toBe(4);
  });
});
