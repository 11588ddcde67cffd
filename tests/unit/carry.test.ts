/**
 * What a finished chapter carries into the next (issue 13): the rules whose condition the chapter's result
 * meets, in the campaign's order, and none before the chapter has ended.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { carriedFrom, withCarried } from '../../game/campaign/carry';
import { parseCampaign, parseScenario } from '../../game/content/parse';
import { checkChapters } from '../../game/content/campaign';
import { outcomeOf } from '../../game/rules/outcome';
import type { GameState } from '../../game/rules/types';
import { playWithLog } from '../support/play';
import { SCENARIO_DIR, loadScenario } from '../support/scenario';
import { deal, seatsOf } from '../../game/rules/setup';

const parsed = parseCampaign(JSON.parse(readFileSync(fileURLToPath(new URL('../fixtures/two-chapters.campaign.json', import.meta.url)), 'utf8')));
if (!parsed.ok) throw new Error('the fixture campaign does not parse');
const campaign = parsed.campaign;
const moscow = loadScenario(`${SCENARIO_DIR}1920-moscow-conference.json`);

/** The final state with the contested ballot rewritten: `votes` for each motion, the winner adopted. */
function withBallot(state: GameState, votes: Record<string, number>): GameState {
  const adopted = Object.entries(votes).sort((a, b) => b[1] - a[1])[0]![0];
  return { ...state, ballots: state.ballots.map((b) => (b.item === 'balance' ? { ...b, votes, adopted } : b)) };
}

describe('carry-over from a finished chapter', () => {
  const { initial, final } = playWithLog(moscow, 7);

  it('nothing carries before the chapter ends', () => {
    expect(initial.phase).not.toBe('outcome');
    expect(carriedFrom(campaign, 0, moscow, initial)).toEqual([]);
  });

  it('carries the rules whose conditions the result meets, and only those', () => {
    const held = withBallot(final, { 'cc-line': 160, opposition: 100 }); // opposition 38%: under the 45% line
    expect(carriedFrom(campaign, 0, moscow, held).map((c) => c.rule).filter((r) => r !== 'moscow-opposition-strong')).toEqual(['line-held']);
    const close = withBallot(final, { 'cc-line': 140, opposition: 130 }); // 48%
    expect(carriedFrom(campaign, 0, moscow, close).map((c) => c.rule).filter((r) => r !== 'moscow-opposition-strong')).toEqual(['big-minority', 'line-held']);
    const lost = withBallot(final, { 'cc-line': 120, opposition: 150 });
    expect(carriedFrom(campaign, 0, moscow, lost).map((c) => c.rule).filter((r) => r !== 'moscow-opposition-strong')).toEqual(['big-minority']);
  });

  it('a grade condition follows the platform\'s grade in the outcome', () => {
    for (const votes of [{ 'cc-line': 200, opposition: 60 }, { 'cc-line': 100, opposition: 170 }]) {
      const state = withBallot(final, votes);
      const grade = outcomeOf(moscow, state).seats.find((s) => s.seat === 'wo')!.grade;
      const fired = carriedFrom(campaign, 0, moscow, state).some((c) => c.rule === 'moscow-opposition-strong');
      expect(fired, `${JSON.stringify(votes)}: ${grade}`).toBe(grade === 'better than history' || grade === 'decisive');
    }
    // the opposition winning the conference outright is better than 1920 for it; a rout is not
    expect(carriedFrom(campaign, 0, moscow, withBallot(final, { 'cc-line': 100, opposition: 170 })).map((c) => c.rule)).toContain('moscow-opposition-strong');
    expect(carriedFrom(campaign, 0, moscow, withBallot(final, { 'cc-line': 200, opposition: 60 })).map((c) => c.rule)).not.toContain('moscow-opposition-strong');
  });

  it('a grade condition is met by that very grade, not only by the grades above it', () => {
    const seen = new Set<string>();
    for (const votes of [{ 'cc-line': 154, opposition: 124 }, { 'cc-line': 100, opposition: 170 }, { 'cc-line': 130, opposition: 140 }]) {
      const state = withBallot(final, votes);
      const grade = outcomeOf(moscow, state).seats.find((s) => s.seat === 'wo')!.grade;
      if (grade === 'worse than history') continue;
      seen.add(grade);
      const exact = structuredClone(campaign);
      const rule = exact.chapters[0]!.carry[0]!;
      if (rule.when.kind !== 'grade') throw new Error('the fixture\'s first rule is a grade rule');
      rule.when.atLeast = grade;
      expect(carriedFrom(exact, 0, moscow, state).map((c) => c.rule), `${JSON.stringify(votes)}: ${grade}`).toContain('moscow-opposition-strong');
    }
    expect(seen.size, 'at least two different grades were tried').toBeGreaterThanOrEqual(2);
  });

  it('gives each rule its effects and its words, as the campaign file states them', () => {
    const carried = carriedFrom(campaign, 0, moscow, withBallot(final, { 'cc-line': 140, opposition: 130 }));
    const minority = carried.find((c) => c.rule === 'big-minority')!;
    expect(minority.effects).toEqual([{ kind: 'card', platform: 'wo', card: 'wo-producers', gain: true }]);
    expect(minority.sources).toEqual(['brinton-1920']);
    expect(minority.why).toMatch(/Congress of Producers/);
  });

  it('refuses a state of another scenario than the chapter\'s, and the last chapter carries nothing', () => {
    const sc1921 = loadScenario();
    const { final: end1921 } = playWithLog(sc1921, 7);
    expect(() => carriedFrom(campaign, 0, sc1921, end1921)).toThrow(/played in 1920-moscow-conference/);
    expect(carriedFrom(campaign, 1, sc1921, end1921)).toEqual([]);
  });
});

describe('conditions on a yes-or-no resolution and on the committee', () => {
  // a campaign whose congress chapter is followed by another, with rules on the unity resolution and the committee
  const sc1921 = loadScenario();
  const { final } = playWithLog(sc1921, 7);
  const rules = parseCampaign({
    id: 'unity-and-committee',
    title: 'Unity and committee',
    summary: 'The congress, then Moscow again.',
    chapters: [
      {
        id: 'congress',
        scenario: '1921-tenth-congress',
        title: 'The congress',
        summary: 'The congress.',
        carry: [
          { id: 'ban-passed', when: { kind: 'adopted', item: 'party-unity', motion: 'unity-resolution' }, then: [{ kind: 'standing', platform: 'wo', change: -1 }], why: 'The ban passed.', sources: [] },
          { id: 'no-ban', when: { kind: 'rejected', item: 'party-unity', motion: 'unity-resolution' }, then: [{ kind: 'standing', platform: 'wo', change: 1 }], why: 'No ban.', sources: [] },
          { id: 'ban-by-nine-tenths', when: { kind: 'share', item: 'party-unity', motion: 'unity-resolution', atLeast: 0.9 }, then: [{ kind: 'standing', platform: 'wo', change: -1 }], why: 'A crushing vote.', sources: [] },
          { id: 'opposition-on-committee', when: { kind: 'share', item: 'central-committee', motion: 'wo-motion', atLeast: 0.04 }, then: [{ kind: 'standing', platform: 'wo', change: 1 }], why: 'A place on the committee.', sources: [] },
        ],
      },
      { id: 'moscow', scenario: '1920-moscow-conference', title: 'Moscow', summary: 'Moscow.', carry: [] },
    ],
  });
  if (!rules.ok) throw new Error(`the test campaign does not parse: ${JSON.stringify(rules.problems)}`);
  const withVotes = (item: string, votes: Record<string, number>, adopted: string | null): GameState => ({
    ...final,
    ballots: final.ballots.map((b) => (b.item === item ? { ...b, votes, adopted } : b)),
  });
  const fired = (state: GameState) => carriedFrom(rules.campaign, 0, sc1921, state).map((c) => c.rule);

  it('a yes-or-no resolution carried is its motion adopted; defeated, its motion rejected', () => {
    const passed = withVotes('party-unity', { for: 400, against: 25 }, 'for');
    expect(fired(passed)).toContain('ban-passed');
    expect(fired(passed)).not.toContain('no-ban');
    expect(fired(passed), '400 of 425 is over nine tenths').toContain('ban-by-nine-tenths');
    const defeated = withVotes('party-unity', { for: 150, against: 280 }, 'against');
    expect(fired(defeated)).toContain('no-ban');
    expect(fired(defeated)).not.toContain('ban-passed');
    expect(fired(defeated)).not.toContain('ban-by-nine-tenths');
    expect(fired(withVotes('party-unity', { for: 350, against: 75 }, 'for')), '350 of 425 is under nine tenths').not.toContain('ban-by-nine-tenths');
  });

  it('a share of the committee vote is the share of its list in the contested vote\'s motions', () => {
    expect(fired(withVotes('central-committee', { 'ten-motion': 380, 'tb-motion': 40, 'wo-motion': 10 }, null))).not.toContain('opposition-on-committee');
    expect(fired(withVotes('central-committee', { 'ten-motion': 370, 'tb-motion': 40, 'wo-motion': 25 }, null))).toContain('opposition-on-committee');
  });

  it('validate names the motions a committee condition may name', () => {
    const scenarios = new Map([sc1921, moscow].map((x) => [x.id, x] as const));
    expect(checkChapters(rules.campaign, scenarios)).toEqual([]);
    const bad = structuredClone(rules.campaign);
    bad.chapters[0]!.carry[3]!.when = { kind: 'share', item: 'central-committee', motion: 'nobody', atLeast: 0.1 };
    expect(checkChapters(bad, scenarios).map((p) => `${p.path}: ${p.message}`)).toEqual(['chapters.0.carry.3.when.motion: no motion "nobody" on 1921-tenth-congress\'s item "central-committee" (a committee is elected on the motions of the contested vote)']);
  });
});

describe('the next chapter with what was carried into it', () => {
  const sc = loadScenario();
  const carried = (effects: any[]) => [{ rule: 'r', why: 'w', sources: [], effects }];

  it('adds a lean effect to the delegation, and a standing effect to the hand, leaving the rest as it was', () => {
    const moscowBefore = sc.delegations.find((d) => d.id === 'moscow')!;
    const woHand = sc.platforms.find((p) => p.id === 'wo')!.hand!;
    const next = withCarried(sc, carried([{ kind: 'lean', delegation: 'moscow', platform: 'wo', weight: 20 }, { kind: 'standing', platform: 'wo', change: 1 }]));
    const moscowAfter = next.delegations.find((d) => d.id === 'moscow')!;
    expect(moscowAfter.lean.wo).toBe((moscowBefore.lean.wo ?? 0) + 20);
    expect(moscowAfter.lean.ten).toBe(moscowBefore.lean.ten);
    expect(next.platforms.find((p) => p.id === 'wo')!.hand).toBe(woHand + 1);
    expect(next.platforms.find((p) => p.id === 'ten')!.hand).toBe(sc.platforms.find((p) => p.id === 'ten')!.hand);
    expect(next.delegations.filter((d) => d.id !== 'moscow')).toEqual(sc.delegations.filter((d) => d.id !== 'moscow'));
    expect(parseScenario(next).ok, 'the carried scenario is still a valid scenario').toBe(true);
    // the scenario it came from is untouched
    expect(sc.delegations.find((d) => d.id === 'moscow')!.lean.wo).toBe(moscowBefore.lean.wo);
  });

  it('never leans below nothing, and keeps a hand between one card and the whole deck', () => {
    const next = withCarried(sc, carried([{ kind: 'lean', delegation: 'moscow', platform: 'wo', weight: -1000 }, { kind: 'standing', platform: 'tb', change: -3 }, { kind: 'standing', platform: 'tb', change: -3 }, { kind: 'standing', platform: 'ten', change: 3 }, { kind: 'standing', platform: 'ten', change: 3 }, { kind: 'standing', platform: 'ten', change: 3 }, { kind: 'standing', platform: 'ten', change: 3 }]));
    expect(next.delegations.find((d) => d.id === 'moscow')!.lean.wo).toBe(0);
    expect(next.platforms.find((p) => p.id === 'tb')!.hand).toBe(1);
    expect(next.platforms.find((p) => p.id === 'ten')!.hand).toBe(sc.cards.filter((c) => c.platform === 'ten').length);
  });

  it('deals a card won into the opening hand for certain, on every seed, and leaves the other decks as they were', () => {
    const next = withCarried(sc, carried([{ kind: 'card', platform: 'wo', card: 'wo-producers', gain: true }]));
    expect(parseScenario(next).ok).toBe(true);
    const hand = next.platforms.find((p) => p.id === 'wo')!.hand!;
    const seats = seatsOf(sc, {});
    let placesBefore = 0;
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const before = deal(sc, seed, seats).decks;
      const after = deal(next, seed, seats).decks;
      expect(after.wo![0], `seed ${seed}`).toBe('wo-producers');
      expect(after.wo!.slice(0, hand)).toContain('wo-producers');
      expect(new Set(after.wo)).toEqual(new Set(before.wo));
      expect(after.ten).toEqual(before.ten);
      if (before.wo!.indexOf('wo-producers') >= hand) placesBefore++;
    }
    expect(placesBefore, 'without the carry-over the card is outside the opening hand on some seeds').toBeGreaterThan(0);
  });

  it('takes a card lost out of the deck and out of every list that names it, but never the last card', () => {
    const lostId = 'wo-producers';
    const rebutting = sc.cards.filter((c) => c.rebuts.includes(lostId));
    expect(rebutting.length, 'some card of the 1921 scenario rebuts it').toBeGreaterThan(0);
    const next = withCarried(sc, carried([{ kind: 'card', platform: 'wo', card: lostId, gain: false }]));
    expect(next.cards.some((c) => c.id === lostId)).toBe(false);
    expect(next.cards.some((c) => c.rebuts.includes(lostId))).toBe(false);
    expect(next.platforms.find((p) => p.id === 'wo')!.history?.cards ?? []).not.toContain(lostId);
    expect(parseScenario(next).ok, 'the carried scenario is still a valid scenario').toBe(true);
    // a deck of one keeps its card
    const single = { ...sc, cards: sc.cards.filter((c) => c.platform !== 'wo' || c.id === lostId) };
    const kept = withCarried(single, carried([{ kind: 'card', platform: 'wo', card: lostId, gain: false }]));
    expect(kept.cards.filter((c) => c.platform === 'wo').map((c) => c.id)).toEqual([lostId]);
  });
});

