/**
 * The expected effect the screen shows for an action is the computer's own estimate for the same action:
 * in the view beside every legal move, and in the words of the Discussion's list of actions, in every
 * round of several games; and a speech's or objection's forecast is the one the computer weighs.
 */
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { chooseAction, debateChoice, discussionChoice } from '../../game/ai/policy';
import { aiStep, newMatch, submit, type Match } from '../../game/match/match';
import { view } from '../../game/match/view';
import { dueOf } from '../../game/rules/flow';
import { seatsOf } from '../../game/rules/setup';
import type { SeatCommand } from '../../game/rules/types';
import type { Codex } from '../../game/view/codex';
import { discussionControls, estimateText } from '../../game/view/hallPanel';
import { hashOf } from '../support/play';
import { loadScenario } from '../support/scenario';

const sc = loadScenario();
const codex: Codex = { open: () => undefined, cite: () => undefined, close: () => undefined };
const same = (a: SeatCommand, b: SeatCommand) => JSON.stringify(a) === JSON.stringify(b);
const SEAT = 'wo';

beforeAll(() => {
  // the panel's builders need a document; the scenario loader needs Node's own URLs, so no jsdom environment
  (globalThis as { document?: Document }).document = new JSDOM('').window.document;
});

/** Plays on (the computer for the other seats, its normal choice for the player's) until `stop` holds. */
function advance(match: Match, stop: (m: Match) => boolean): Match {
  for (let i = 0; i < 5000; i++) {
    if (stop(match)) return match;
    const due = dueOf(sc, match.state);
    if (due.kind === 'over') return match;
    const mine = due.kind === 'seats' && due.seats.includes(SEAT) ? chooseAction(sc, match.state, SEAT, 'normal') : null;
    const next = due.kind === 'proceed' ? submit(sc, match, due.command, 'facilitator') : mine ? submit(sc, match, mine.action, { seat: SEAT }) : aiStep(sc, match);
    if (!next?.ok) throw new Error(`stuck in ${match.state.phase}`);
    match = next.match;
  }
  throw new Error('no end');
}

const playerDue = (m: Match) => {
  const due = dueOf(sc, m.state);
  return due.kind === 'seats' && due.seats.includes(SEAT);
};

describe("the Discussion: the screen shows the computer's estimate", () => {
  for (const seed of [3, 16, 1921]) {
    it(`in every round of a game on seed ${seed}, for every action of the player's seat`, () => {
      let match = newMatch(sc, hashOf(sc), seed, seatsOf(sc, { [SEAT]: { kind: 'human' } }));
      let rounds = 0;
      for (;;) {
        match = advance(match, (m) => m.state.phase !== 'discussion' || playerDue(m));
        if (match.state.phase !== 'discussion') break;
        const you = view(sc, match, { kind: 'seat', seat: SEAT }, { screen: true }).you!;
        expect(you.legal.length).toBeGreaterThan(10);
        // the computer, playing this seat, weighs each action by the same number
        const computer = discussionChoice(sc, match.state, SEAT, 'hard');
        let compared = 0;
        you.legal.forEach((a, i) => {
          const theirs = computer.find((c) => same(c.action, a));
          if (!theirs) return;
          expect(you.estimates[i]).toEqual({ kind: 'seats', gain: theirs.score });
          expect(theirs.detail).toContain(`about ${theirs.score} more`);
          compared++;
        });
        expect(compared).toBeGreaterThan(10);
        // and the list of actions says it in words: one option per legal action, each with its estimate
        const v = view(sc, match, { kind: 'seat', seat: SEAT }, { screen: true });
        const options = [...discussionControls(sc, v, v.you!, () => undefined, codex).box.querySelectorAll('option')];
        expect(options.length).toBe(you.legal.length);
        for (const o of options) expect(o.textContent).toContain(estimateText(you.estimates[Number(o.value)]));
        const next = submit(sc, match, you.legal[rounds % you.legal.length]!, { seat: SEAT });
        if (!next.ok) throw new Error(next.reason);
        match = next.match;
        rounds++;
      }
      expect(rounds).toBe(sc.discussion.rounds.length);
    });
  }
});

describe('the debate: a speech shows the forecast the computer weighs', () => {
  it("for every speech and objection of the player's first turn to speak", () => {
    const match = advance(newMatch(sc, hashOf(sc), 16, seatsOf(sc, { [SEAT]: { kind: 'human' } })), (m) => m.state.phase === 'debate' && playerDue(m));
    expect(match.state.phase).toBe('debate');
    const you = view(sc, match, { kind: 'seat', seat: SEAT }, { screen: true }).you!;
    const computer = debateChoice(sc, match.state, SEAT, 'hard');
    let compared = 0;
    you.legal.forEach((a, i) => {
      const theirs = computer.find((c) => same(c.action, a));
      if (!theirs || a.type === 'pass') return;
      const e = you.estimates[i];
      if (e?.kind !== 'votes') throw new Error(`no forecast beside ${a.type}`);
      expect(e.after - e.before).toBe(theirs.score);
      expect(theirs.detail).toContain(`${e.after}`);
      compared++;
    });
    expect(compared).toBeGreaterThan(3);
  });
});
