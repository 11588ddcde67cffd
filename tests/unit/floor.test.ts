/**
 * Decisions from the floor before each vote (records of version 4 on): every platform decides once per
 * vote in the speakers' order; statements are limited, amendments are voted first, places on the chair's
 * slate are accepted or declined; the screen's estimate is the computer's; and a game saved before them
 * (version 3) replays exactly as it was played.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { floorEffect } from '../../game/ai/evaluate';
import { parseScenario } from '../../game/content/parse';
import { chooseAction } from '../../game/ai/policy';
import { playOn } from '../../game/match/headless';
import { fold, newMatch, RECORD_VERSION, submit, type MatchRecord } from '../../game/match/match';
import { stateDigest } from '../../game/match/saveFile';
import { PUBLIC, view } from '../../game/match/view';
import { movedIndices, movesText } from '../../game/view/hallPanel';
import { apply } from '../../game/rules/apply';
import { forecast, tally } from '../../game/rules/ballots';
import { AMENDMENT_SHIFT, STATEMENTS } from '../../game/rules/floor';
import { dueOf, nextItem } from '../../game/rules/flow';
import { legalActions } from '../../game/rules/legal';
import { seatsOf } from '../../game/rules/setup';
import type { GameState, SeatCommand } from '../../game/rules/types';
import { hashOf } from '../support/play';
import { loadScenario } from '../support/scenario';

const sc = loadScenario();
const FIXTURE_V3 = fileURLToPath(new URL('../fixtures/save-v3-1921-seed-16.json', import.meta.url));
/**
 * The 1921 scenario as it stood when that save was written (before the delegations were rebuilt as party
 * organisations): a save replays exactly only on the scenario it was played on. Its kinds of delegation
 * carry their later names (union became industrial, other became offices), which changes no rule.
 */
const SCENARIO_OF_V3 = fileURLToPath(new URL('../fixtures/1921-tenth-congress-for-save-v3.json', import.meta.url));
function scenarioOfV3() {
  const renamed = readFileSync(SCENARIO_OF_V3, 'utf8').replace(/"union"/g, '"industrial"').replace(/"other"/g, '"offices"');
  const parsed = parseScenario(JSON.parse(renamed));
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('; '));
  return parsed.scenario;
}

/** A game with floor decisions, the computer playing every seat, stopped at `seat`'s floor decision in the `n`th vote. */
function atVote(seed: number, n: number, seat = 'wo') {
  let match = newMatch(sc, hashOf(sc), seed, seatsOf(sc, { wo: { kind: 'human' } }), true, true);
  const until = (m: typeof match) => m.state.phase === 'forecast' && m.state.ballots.length === n && dueOf(sc, m.state).kind === 'seats' && (dueOf(sc, m.state) as { seats: string[] }).seats[0] === seat;
  for (let i = 0; i < 400 && !until(match); i++) {
    const due = dueOf(sc, match.state);
    let s: GameState;
    if (due.kind === 'seats') {
      const seat = due.seats[0]!;
      const choice = chooseAction(sc, match.state, seat, 'normal')!;
      const r = apply(sc, match.state, choice.action, { seat });
      if (!r.ok) throw new Error(r.reason);
      s = r.state;
    } else if (due.kind === 'over') break;
    else {
      const r = apply(sc, match.state, due.command, due.kind === 'system' ? 'system' : 'facilitator');
      if (!r.ok) throw new Error(r.reason);
      s = r.state;
    }
    match = { ...match, state: s };
  }
  return match;
}

const declare = (choice: string): SeatCommand => ({ type: 'declare', seat: 'wo', choice } as SeatCommand);

describe('the floor before each vote', () => {
  it('asks the Workers\' Opposition for a decision in every one of the five votes', () => {
    for (let n = 0; n < 5; n++) {
      const m = atVote(16, n);
      const choices = legalActions(sc, m.state, 'wo').map((a) => (a.type === 'declare' ? a.choice : a.type));
      expect(choices.length, `vote ${n + 1}: ${choices}`).toBeGreaterThanOrEqual(2);
      expect(dueOf(sc, m.state)).toEqual({ kind: 'seats', seats: ['wo'], sealed: false });
    }
  });

  it('a statement pulls delegates towards the platform, and each platform has only so many', () => {
    const m = atVote(16, 0);
    const item = nextItem(sc, m.state)!;
    const r = apply(sc, m.state, declare('statement'), { seat: 'wo' });
    if (!r.ok) throw new Error(r.reason);
    expect(forecast(sc, r.state, item).sure['wo-motion']).toBeGreaterThanOrEqual(forecast(sc, m.state, item).sure['wo-motion']!);
    const moved = r.state.delegates.filter((d, i) => JSON.stringify(d.stance) !== JSON.stringify(m.state.delegates[i]!.stance)).length;
    expect(moved).toBeGreaterThan(100);
    const spent: GameState = { ...m.state, floor: { ...m.state.floor!, statements: { wo: STATEMENTS } } };
    expect(apply(sc, spent, declare('statement'), { seat: 'wo' })).toEqual({ ok: false, reason: `each platform makes at most ${STATEMENTS} statements from the floor in a congress` });
    expect(legalActions(sc, spent, 'wo').some((a) => a.type === 'declare' && a.choice === 'statement')).toBe(false);
  });

  it('after a statement the panel says whom it moved, as after a speech', () => {
    const m = atVote(16, 0);
    const r = submit(sc, m, declare('statement'), { seat: 'wo' });
    if (!r.ok) throw new Error(r.reason);
    const before = view(sc, m, PUBLIC);
    const after = view(sc, r.match, PUBLIC);
    expect(movedIndices(before, after).length).toBeGreaterThan(0);
    expect(movesText(sc, before, after)).toMatch(/^The last statement from the floor, by the Workers' Opposition, changed how \d+ voting delegates? lean \(ringed in red in the hall\)\. /);
  });

  it('an amendment is voted first: defeated, it costs standing; carried, it moves the threshold the mover\'s way', () => {
    const m = atVote(16, 1); // "On Party Unity": the Opposition wants it rejected, and is far behind
    const e = floorEffect(sc, m.state, declare('amendment') as Extract<SeatCommand, { type: 'declare' }>);
    expect(e.amendment!.carried).toBe(false);
    const r = apply(sc, m.state, declare('amendment'), { seat: 'wo' });
    if (!r.ok) throw new Error(r.reason);
    expect(r.state.credit.wo).toBeLessThan(m.state.credit.wo ?? 0);
    expect(r.state.floor!.amended).toEqual({});
    expect(r.events[0]).toMatchObject({ type: 'floor.declared', choice: 'amendment', amendment: { carried: false } });
    // a second amendment to the same resolution is refused
    const after = apply(sc, r.state, { type: 'declare', seat: r.state.speakers[1]!, choice: 'amendment' }, { seat: r.state.speakers[1]! });
    expect(after).toEqual({ ok: false, reason: 'this resolution has already been amended from the floor' });
    // carried (the congress leaning the mover's way), it shifts the threshold against the resolution
    const carried: GameState = { ...m.state, floor: { ...m.state.floor!, amended: { 'party-unity': AMENDMENT_SHIFT } } };
    expect(forecast(sc, carried, 'party-unity').sure.against).toBeGreaterThanOrEqual(forecast(sc, m.state, 'party-unity').sure.against!);
  });

  it('a rival on the chair\'s slate accepts its places, or declines them and stands on its own list', () => {
    const m = atVote(16, 4);
    expect(m.state.coopted).toContain('wo');
    expect(legalActions(sc, m.state, 'wo').map((a) => (a.type === 'declare' ? a.choice : a.type))).toEqual(['accept', 'decline']);
    const accept = apply(sc, m.state, declare('accept'), { seat: 'wo' });
    const decline = apply(sc, m.state, declare('decline'), { seat: 'wo' });
    if (!accept.ok || !decline.ok) throw new Error('refused');
    const seats = (s: GameState) => tally(sc, s, 'central-committee').seats!.wo!;
    expect(seats(accept.state).full).toBeGreaterThanOrEqual(2);
    expect(seats(decline.state).full).toBeLessThan(seats(accept.state).full);
    expect(apply(sc, m.state, declare('silent'), { seat: 'wo' })).toEqual({ ok: false, reason: "a platform on the chair's slate must accept or decline its places" });
  });

  it('the hard computer keeps its statements from a vote its side cannot lose, and makes one where it wins votes', () => {
    const statement = { type: 'declare', seat: 'ten', choice: 'statement' } as const;
    const gainOf = (m: ReturnType<typeof atVote>) => {
      const e = floorEffect(sc, m.state, statement);
      return e.after - e.before;
    };
    // the tax in kind: the Ten far ahead, a statement would add a sure vote that changes nothing
    const won = atVote(10, 3, 'ten');
    const f = forecast(sc, won.state, 'tax-in-kind');
    expect(f.sure.for!).toBeGreaterThan(f.sure.against! + f.undecided);
    expect(gainOf(won)).toBeGreaterThan(0.5);
    expect(chooseAction(sc, won.state, 'ten', 'hard')!.action).not.toEqual(statement);
    // the trade unions: every vote counts towards the Ten's share
    const open = atVote(10, 0, 'ten');
    expect(gainOf(open)).toBeGreaterThan(0.5);
    expect(chooseAction(sc, open.state, 'ten', 'hard')!.action).toEqual(statement);
  });

  it('the screen shows for each decision the estimate the computer makes for it', () => {
    for (const n of [0, 1, 4]) {
      const m = atVote(21, n);
      const you = view(sc, m, { kind: 'seat', seat: 'wo' }, { screen: true }).you!;
      you.legal.forEach((a, i) => {
        if (a.type !== 'declare') return;
        expect(you.estimates[i]).toEqual(floorEffect(sc, m.state, a));
      });
    }
  });

  it('every computer game with floor decisions ends, each platform having decided once per vote', () => {
    for (const level of ['easy', 'normal', 'hard', 'historical'] as const) {
      const seats = seatsOf(sc, { wo: { kind: 'ai', level }, tb: { kind: 'ai', level }, ten: { kind: 'ai', level } });
      const m = playOn(sc, newMatch(sc, hashOf(sc), 5, seats, true, true));
      expect(m.state.phase).toBe('outcome');
      const decisions = m.record.commands.filter((c) => c.command.type === 'declare');
      expect(decisions).toHaveLength(5 * 3);
      expect(decisions.every((c) => c.reason)).toBe(true);
      expect(m.record.floor).toBe(true);
      expect(m.record.minVersion).toBe(4);
    }
  });

  it('a game saved before floor decisions (version 3) replays to exactly the state it was saved with', () => {
    const file = JSON.parse(readFileSync(FIXTURE_V3, 'utf8'));
    expect([file.version, file.floor]).toEqual([3, undefined]);
    const { integrity, ...rest } = file;
    const folded = fold(scenarioOfV3(), { ...rest, version: RECORD_VERSION } as MatchRecord);
    expect(folded.ok).toBe(true);
    expect(folded.match.state.floor).toBeUndefined();
    expect(folded.match.record.commands.some((c) => c.command.type === 'declare')).toBe(false);
    expect(stateDigest(folded.match)).toBe(integrity.state);
  });
});
