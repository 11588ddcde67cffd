/**
 * The words of every objective against its grade: for each kind (a share, a resolution passed or not, one
 * motion ahead of another, a delegation carried, full members of the committee) the counts the screen
 * names as the lines between grades are walked on both sides, and graded by the same `measure` the
 * result screen uses. Every objective of both scenarios, the secret ones too.
 */
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../game/content/schema';
import { measure, shareLines, termsOf } from '../../game/rules/outcome';
import type { Ballot } from '../../game/rules/types';
import { termsText } from '../../game/words/narrate';
import { loadScenario, scenarioFiles } from '../support/scenario';

type Objective = Scenario['platforms'][number]['objectives'][number];

const ballot = (item: string, votes: Record<string, number>, extra: Partial<Ballot> = {}): Ballot => ({ item, votes, abstained: 0, absent: 0, byDelegation: [], adopted: null, ...extra });

function everyObjective(sc: Scenario): Objective[] {
  return sc.platforms.flatMap((p) => [...p.objectives, ...p.secret]);
}

for (const file of scenarioFiles()) {
  const sc = loadScenario(file);
  describe(`the objectives of ${sc.id}`, () => {
    for (const o of everyObjective(sc)) {
      it(`"${o.text}": the lines the words give are the lines the grade draws`, () => {
        const t = termsOf(sc, o);
        switch (t.kind) {
          case 'share': {
            for (const cast of [60, t.history.cast || 100, 700]) {
              const lines = shareLines(t, cast);
              const text = termsText(sc, t, cast);
              const grade = (v: number) => measure(sc, [ballot(t.item, { [t.motion]: v, other: cast - v })], o).result;
              const step = t.want === 'more' ? 1 : -1;
              if (lines.better !== null) {
                expect(text).toContain(`${lines.better} or ${t.want === 'more' ? 'more' : 'fewer'} of ${cast} votes is better`);
                expect(grade(lines.better)).toBe(1);
                expect(grade(lines.better - step)).not.toBe(1);
              } else expect(text).toContain('beats');
              if (lines.worse !== null) {
                expect(text).toContain(`${lines.worse} or ${t.want === 'more' ? 'fewer' : 'more'} is worse`);
                expect(grade(lines.worse)).toBe(-1);
                expect(grade(lines.worse + step)).not.toBe(-1);
              }
              // between the two lines, "as history"
              const from = (lines.worse ?? (t.want === 'more' ? -1 : cast + 1)) + step;
              const to = (lines.better ?? (t.want === 'more' ? cast + 1 : -1)) - step;
              for (let v = from; t.want === 'more' ? v <= to : v >= to; v += step) expect(grade(v)).toBe(0);
            }
            break;
          }
          case 'adopted': {
            const text = termsText(sc, t);
            const grade = (passed: boolean) => measure(sc, [ballot(t.item, { for: passed ? 2 : 1, against: passed ? 1 : 2 }, { adopted: passed ? 'for' : 'against' })], o).result;
            const better = t.want !== t.history;
            expect(grade(t.history)).toBe(0);
            expect(grade(!t.history)).toBe(better ? 1 : -1);
            expect(text).toContain(better ? `counts better than` : 'counts worse');
            break;
          }
          case 'ahead': {
            const text = termsText(sc, t);
            const grade = (mine: number, rival: number) => measure(sc, [ballot(t.item, { [t.motion]: mine, [t.rival]: rival })], o).result;
            const wasAhead = t.history[0] > t.history[1];
            expect(grade(20, 20)).toBe(wasAhead ? -1 : 0); // a tie is not ahead
            expect(grade(21, 20)).toBe(wasAhead ? 0 : 1);
            expect(grade(19, 20)).toBe(wasAhead ? -1 : 0);
            expect(text).toContain(wasAhead ? 'level or behind counts worse' : 'more votes, not a tie');
            break;
          }
          case 'delegation': {
            const text = termsText(sc, t);
            const grade = (mine: number, of: number) => measure(sc, [ballot(t.item, {}, { byDelegation: [{ delegation: t.delegation, votes: { [t.motion]: mine, other: of - mine }, abstained: 0, absent: 0, why: { option: null, votes: 0, loyal: 0, free: 0, turned: 0, card: null, pressured: false } }] })], o).result;
            expect(text).toContain('more than half');
            expect(grade(5, 10)).toBe(-1);
            expect(grade(6, 10)).toBe(1);
            expect(grade(0, 0)).toBe(-1);
            break;
          }
          case 'cc-full': {
            const text = termsText(sc, t);
            const grade = (full: number) => measure(sc, [ballot('cc', {}, { seats: { [t.platform]: { full, candidates: 0 } } })], o).result;
            const up = t.want === 'more' ? 1 : -1;
            expect(text).toContain(`${t.history} named full members`);
            expect(grade(t.history)).toBe(0);
            expect(grade(t.history + 1)).toBe(up);
            if (t.history > 0) expect(grade(t.history - 1)).toBe(-up);
            break;
          }
        }
      });
    }
  });
}

describe('the share objective of the Workers\' Opposition in 1921', () => {
  it('says in words that 19 of 404 still counts as 1921, and where "better" begins', () => {
    const sc = loadScenario();
    const o = sc.platforms.find((p) => p.id === 'wo')!.objectives.find((x) => x.measure.kind === 'share')!;
    const t = termsOf(sc, o);
    if (t.kind !== 'share') throw new Error('not a share');
    const { better } = shareLines(t, 404);
    expect(better).toBeGreaterThan(19);
    expect(measure(sc, [ballot(t.item, { [t.motion]: 19, other: 385 })], o).result).toBe(0);
    expect(termsText(sc, t, 404)).toContain(`${better} or more of 404 votes is better than 1921`);
  });
});
