/**
 * The computer's shortcuts weigh moves exactly as the whole rules would: the votes after a speech or an
 * objection counted from the stances alone equal the votes in the state `imagine` gives (a full `speak` or
 * `object`), and a Discussion action's gain counted on the conferences it changed equals the difference of
 * the seats won across all of them. Equal, not near: the same games must come out of the same seeds.
 */
import { describe, expect, it } from 'vitest';
import { discussionGain, imagine, seatsWon, votesAfter, votesNow } from '../../game/ai/evaluate';
import { playOn } from '../../game/match/headless';
import { newMatch } from '../../game/match/match';
import { discussionActions, legalActions } from '../../game/rules/legal';
import { dueSeats } from '../../game/rules/flow';
import { seatsOf } from '../../game/rules/setup';
import { SCENARIO_DIR, loadScenario } from '../support/scenario';

const scenarios = [loadScenario(), loadScenario(`${SCENARIO_DIR}1920-moscow-conference.json`)];

describe('the computer looks ahead as the rules play', () => {
  it.each(scenarios.map((sc) => [sc.id, sc] as const))('%s: every speech and objection in the debate, every Discussion action', (_, sc) => {
    for (const seed of [2, 7]) {
      const start = newMatch(sc, 'test', seed, seatsOf(sc, Object.fromEntries(sc.platforms.filter((p) => p.playable).map((p) => [p.id, { kind: 'ai', level: 'hard' }]))));
      let weighed = 0;
      // the Discussion: every action of the seat due, at each step
      for (let m = start; m.state.phase === 'discussion'; m = playOn(sc, m, (x) => x.state.step > m.state.step)) {
        const seat = dueSeats(sc, m.state)[0]!;
        for (const a of discussionActions(sc, m.state, seat)) {
          expect(discussionGain(sc, m.state, a)).toBe(seatsWon(sc, imagine(sc, m.state, a), seat) - seatsWon(sc, m.state, seat));
          weighed++;
        }
      }
      // the debate, once arguments have been made (so speeches rebut and objections have something to object to)
      const debate = playOn(sc, start, (x) => x.state.phase === 'debate' && x.state.played.length >= 2);
      for (let m = debate; m.state.phase === 'debate'; m = playOn(sc, m, (x) => x.state.step > m.state.step)) {
        const seat = dueSeats(sc, m.state)[0]!;
        for (const a of legalActions(sc, m.state, seat)) {
          if (a.type !== 'speak' && a.type !== 'object') continue;
          expect(votesAfter(sc, m.state, a), JSON.stringify(a)).toBe(votesNow(sc, imagine(sc, m.state, a), seat));
          weighed++;
        }
      }
      expect(weighed).toBeGreaterThan(20);
    }
  }, 120_000);
});
