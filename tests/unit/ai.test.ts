import { describe, expect, it } from 'vitest';
import { chooseAction } from '../../game/ai/policy';
import { newGame, seatToAct } from '../../game/rules/setup';
import { AI_LEVELS } from '../../game/rules/types';
import { playWithLog } from '../support/play';
import { loadScenario } from '../support/scenario';

const sc = loadScenario();

describe('AI seats', () => {
  it.each(AI_LEVELS)('%s: plays whole games, explaining every choice', (level) => {
    for (let seed = 1; seed <= 3; seed++) {
      const { final } = playWithLog(sc, seed, { wo: level, tb: level, ten: level });
      expect(final.phase).toBe('outcome');
      const aiLines = final.log.filter((l) => l.seat && l.kind !== 'event');
      expect(aiLines.length).toBeGreaterThan(10);
    }
  });

  it('explains a Discussion choice in words naming what it expects to gain', () => {
    const s = newGame(sc, { seed: 9 });
    const choice = chooseAction(sc, s, seatToAct(sc, s)!.id, 'normal')!;
    expect(choice.reason).toMatch(/^Chose this because organising in .+ should win about \d+ more voting delegate/);
  });

  it('the historical persona organises where its platform did in 1921', () => {
    const s = newGame(sc, { seed: 9 });
    const choice = chooseAction(sc, s, 'wo', 'historical')!;
    expect(choice.action.type).toBe('organise');
    if (choice.action.type === 'organise') expect(sc.platforms.find((p) => p.id === 'wo')!.history!.organise).toContain(choice.action.delegation);
    expect(choice.reason).toMatch(/As in 1921/);
  });

  it('returns nothing for a seat that is not due', () => {
    expect(chooseAction(sc, newGame(sc, { seed: 9 }), 'ten')).toBeNull();
  });

  it('the hard AI weighs every kind of Discussion action; the normal one organises (and, holding the apparatus, transfers)', () => {
    const kinds = (level: 'normal' | 'hard') => {
      const seen = new Set<string>();
      for (let seed = 1; seed <= 6; seed++) {
        for (const seat of ['wo', 'ten'] as const) {
          for (const a of playWithLog(sc, seed, { [seat]: level }).actions) if ('seat' in a && a.seat === seat && ['organise', 'meeting', 'publish', 'demand-proportional', 'transfer'].includes(a.type)) seen.add(a.type);
        }
      }
      return seen;
    };
    for (const k of kinds('normal')) expect(['organise', 'transfer']).toContain(k);
    expect([...kinds('hard')].some((k) => ['meeting', 'publish', 'demand-proportional'].includes(k))).toBe(true);
  }, 60_000);
});
