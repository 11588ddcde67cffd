import { describe, expect, it } from 'vitest';
import { chooseAction } from '../../game/ai/policy';
import { apply } from '../../game/rules/apply';
import { legalActions } from '../../game/rules/legal';
import { newGame, seatToAct } from '../../game/rules/setup';
import { playWithLog } from '../support/play';
import { loadScenario } from '../support/scenario';

const sc = loadScenario();

describe('AI seat', () => {
  it('only ever chooses a legal action, with a reason, over whole games', () => {
    for (let seed = 1; seed <= 15; seed++) {
      const { initial, actions } = playWithLog(sc, seed);
      let s = initial;
      for (const a of actions) {
        if (a.type === 'campaign' || a.type === 'speak') {
          expect(legalActions(sc, s, a.seat)).toContainEqual(a);
        }
        const r = apply(sc, s, a);
        expect(r.ok).toBe(true);
        if (r.ok) s = r.state;
      }
    }
  });

  it('explains its choice in words naming what it expects to gain', () => {
    const s = newGame(sc, { seed: 9 });
    const choice = chooseAction(sc, s, seatToAct(s)!.id)!;
    expect(choice.reason).toMatch(/^Chose this because organising in .+ should win about \d+ more voting delegate/);
  });

  it('returns nothing for a seat that is not due', () => {
    expect(chooseAction(sc, newGame(sc, { seed: 9 }), 'ten')).toBeNull();
  });

  it('prefers a campaign that wins delegates over one that wins none', () => {
    const s = newGame(sc, { seed: 10 });
    const choice = chooseAction(sc, s, 'wo')!;
    expect(choice.reason).not.toMatch(/about 0 more/);
  });
});
