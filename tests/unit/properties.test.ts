/**
 * Properties over many seeds (fast-check): replaying the seed and the action log reproduces the final
 * state exactly; delegates are conserved; tallies never exceed the voting delegates present; every AI
 * move is legal (the rules accept it, as replay shows).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replay } from '../../game/rules/apply';
import { newGame } from '../../game/rules/setup';
import { AI_LEVELS, type AiLevel } from '../../game/rules/types';
import { playWithLog } from '../support/play';
import { loadScenario } from '../support/scenario';

const sc = loadScenario();
const small = loadScenario(`${new URL('../../scenarios/', import.meta.url).pathname}1920-moscow-conference.json`);
const level = fc.constantFrom<AiLevel>(...AI_LEVELS);

describe('properties of whole games', () => {
  it('seed + action log reproduce the final state exactly (200 seeds, every AI level)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), level, level, level, (seed, wo, tb, ten) => {
        const { final, actions } = playWithLog(sc, seed, { wo, tb, ten });
        const again = replay(sc, newGame(sc, { seed, controllers: { wo: { kind: 'ai', level: wo }, tb: { kind: 'ai', level: tb }, ten: { kind: 'ai', level: ten } } }), actions);
        expect(again.ok).toBe(true);
        if (again.ok) expect(again.state).toEqual(final);
      }),
      { numRuns: 200, seed: 1921 },
    );
  }, 300_000);

  it('delegates are conserved and tallies never exceed the voting delegates present (both scenarios)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.boolean(), (seed, useSmall) => {
        const s = useSmall ? small : sc;
        const { final } = playWithLog(s, seed);
        expect(final.delegates).toHaveLength(s.totals.voting + s.totals.consultative);
        expect(new Set(final.delegates.map((d) => d.id)).size).toBe(final.delegates.length);
        expect(final.delegates.every((d) => d.stance !== null)).toBe(true);
        const present = final.delegates.filter((d) => d.voting && d.present).length;
        for (const b of final.ballots) {
          const cast = Object.values(b.votes).reduce((x, y) => x + y, 0);
          expect(cast).toBeLessThanOrEqual(present);
          expect(cast + b.abstained + b.absent).toBe(s.totals.voting);
        }
      }),
      { numRuns: 60, seed: 7 },
    );
  }, 300_000);
});
