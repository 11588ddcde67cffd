/**
 * The class game (issue 14): the teacher, as the facilitator, enters every platform's moves; a student's
 * live speech lands as the room took it; speeches come in any order until the teacher closes the debate;
 * votes by show of hands, by role, or the model's count corrected; an event read to the room; straight to
 * the debrief. All of it in the record as the facilitator's, and the record folds back to the same game.
 */
import { describe, expect, it } from 'vitest';
import { countedVote, countsByRole, enter, liveSpeech, modelCounts, modelMove, playToDebate, voteOptions } from '../../game/classroom/lesson';
import { proposeSetup } from '../../game/classroom/roles';
import { fold, newClassMatch, newMatch, submit, type Match } from '../../game/match/match';
import { encodeSave, openSave } from '../../game/match/saveFile';
import { presentVoters } from '../../game/rules/ballots';
import { dueOf, nextItem } from '../../game/rules/flow';
import { check, legalCommands } from '../../game/rules/legal';
import { seatsOf } from '../../game/rules/setup';
import type { GameState } from '../../game/rules/types';
import { lineOf } from '../../game/words/narrate';
import { hashOf } from '../support/play';
import { loadScenario } from '../support/scenario';

const sc = loadScenario();
const hash = hashOf(sc);
const fresh = (seed = 3) => newClassMatch(sc, hash, seed, seatsOf(sc));
const ok = (r: ReturnType<typeof enter>): Match => {
  if (!r.ok) throw new Error(r.reason);
  return r.match;
};
/** A class game at its debate, the model having played the Discussion at the teacher's request. */
const atDebate = (seed = 3) => ok(playToDebate(sc, fresh(seed)));
const stanceSum = (s: GameState) => s.delegates.reduce((n, d) => n + Object.values(d.stance ?? {}).reduce((a, b) => a + Math.abs(b), 0), 0);

describe('a class game', () => {
  it('is recorded as one: every seat the class\'s, open decks, no floor decisions, version 5', () => {
    const m = fresh();
    expect(m.record.class).toBe(true);
    expect(m.record.minVersion).toBe(5);
    expect(m.state.class).toEqual({ injected: [] });
    expect(m.state.seats.every((s) => s.controller.kind === 'human')).toBe(true);
    expect(m.state.decks).toBeUndefined();
    expect(m.state.floor).toBeUndefined();
  });

  it('takes a platform\'s move from the teacher; an ordinary game does not', () => {
    const m = fresh();
    const due = dueOf(sc, m.state);
    expect(due.kind).toBe('seats');
    const seat = (due as { seats: string[] }).seats[0]!;
    const move = { type: 'publish', seat } as const;
    expect(check(sc, m.state, move, 'facilitator')).toBeNull();
    const plain = newMatch(sc, hash, 3, seatsOf(sc, { [seat]: { kind: 'human' } }));
    expect(check(sc, plain.state, move, 'facilitator')).toMatch(/only by that seat/);
    const after = ok(enter(sc, m, move));
    expect(after.record.commands.at(-1)).toMatchObject({ by: 'facilitator', command: move });
  });

  it('lists the teacher\'s moves among the facilitator\'s legal commands, each accepted', () => {
    const m = fresh();
    const listed = legalCommands(sc, m.state, 'facilitator');
    expect(listed.length).toBeGreaterThan(5);
    for (const c of listed) expect(check(sc, m.state, c, 'facilitator')).toBeNull();
    expect(legalCommands(sc, atDebate().state, 'facilitator').map((c) => c.type)).toEqual(expect.arrayContaining(['speak', 'close', 'adjourn']));
  });

  it('records the model\'s moves, played at the teacher\'s request, as the facilitator\'s with the model\'s reason', () => {
    const m = atDebate();
    const entered = m.record.commands.filter((c) => c.by !== 'system');
    expect(entered.length).toBeGreaterThan(10);
    expect(entered.every((c) => c.by === 'facilitator')).toBe(true);
    const moves = entered.filter((c) => 'seat' in c.command);
    expect(moves.every((c) => c.reason?.startsWith("Played by the model at the teacher's request."))).toBe(true);
  });
});

describe('a live speech', () => {
  const m = atDebate();
  const seat = m.state.seats[0]!.id;
  const cards = sc.cards.filter((c) => c.platform === seat).slice(0, 2).map((c) => c.id);

  it('moves the hall further when the room cheers than when it is silent, and the hall hears the room\'s answer', () => {
    const silent = ok(liveSpeech(sc, m, seat, cards, 'silence'));
    const ovation = ok(liveSpeech(sc, m, seat, cards, 'ovation'));
    const moved = (x: Match) => Math.abs(stanceSum(x.state) - stanceSum(m.state));
    expect(moved(ovation)).toBeGreaterThan(moved(silent));
    expect(ovation.events.at(-1)).toMatchObject({ type: 'speech.made', reaction: 'ovation', cards, live: true });
    expect(lineOf(sc, ovation.events.at(-1)!, [])!.text).toMatch(/from the class: .*The room answers with ovation\.$/);
    expect(silent.events.filter((e) => e.type === 'speech.made').at(-1)).toMatchObject({ reaction: 'silence' });
    // the same explanations as in the game: the delegates record which argument moved them
    expect(ovation.state.delegates.some((d) => d.movedBy[seat] === cards[0] || d.movedBy[seat] === cards[1])).toBe(true);
  });

  it('takes its cards in any order, and the same platform may speak again before the others', () => {
    const once = ok(liveSpeech(sc, m, seat, [...cards].reverse(), 'murmurs'));
    expect(once.record.commands.at(-1)!.command).toEqual({ type: 'speak', seat, cards, room: 'murmurs' });
    const third = sc.cards.filter((c) => c.platform === seat)[2]!.id;
    expect(liveSpeech(sc, once, seat, [third], 'applause').ok).toBe(true);
  });

  it('is refused a room in an ordinary game', () => {
    // the same debate, as an ordinary game would hold it (no class): the seat due on the rules' speakers' list
    const plain: GameState = { ...m.state };
    delete plain.class;
    const due = dueOf(sc, plain).kind === 'seats' ? (dueOf(sc, plain) as { seats: string[] }).seats[0]! : '';
    const own = sc.cards.filter((c) => c.platform === due).slice(0, 1).map((c) => c.id);
    expect(check(sc, plain, { type: 'speak', seat: due, cards: own }, { seat: due })).toBeNull();
    expect(check(sc, plain, { type: 'speak', seat: due, cards: own, room: 'ovation' }, { seat: due })).toMatch(/only in a class game/);
  });

  it('ends when the teacher closes the debate', () => {
    const closed = ok(enter(sc, m, { type: 'close' }));
    expect(closed.state.phase).toBe('forecast');
    expect(closed.events.at(-1)!.type).toBe('debate.closed');
    expect(check(sc, closed.state, { type: 'close' }, 'facilitator')).toMatch(/no debate/);
    expect(check(sc, m.state, { type: 'close' }, { seat })).toMatch(/only the teacher/);
  });
});

describe('a vote in class', () => {
  const debate = atDebate(5);
  const atVote = (() => {
    let x = ok(enter(sc, debate, { type: 'close' }));
    // the chair's slate, where the first item is the committee's, is the model's at the teacher's request
    while (dueOf(sc, x.state).kind === 'seats') x = ok(modelMove(sc, x));
    return x;
  })();
  const item = nextItem(sc, atVote.state)!;
  const options = voteOptions(sc, atVote)!;
  const present = presentVoters(atVote.state);

  it('by show of hands counts what the class counted, the rest of a delegation abstaining', () => {
    const [first, second] = [sc.delegations[0]!.id, sc.delegations[1]!.id];
    const counts = { [first]: { [options[0]!]: 2 }, [second]: { [options[1]!]: present.get(second)! } };
    const voted = ok(countedVote(sc, atVote, counts, 'hands'));
    const ballot = voted.state.ballots.at(-1)!;
    expect(ballot).toMatchObject({ item, counted: 'hands' });
    expect(ballot.votes[options[0]!]).toBe(2);
    expect(ballot.votes[options[1]!]).toBe(present.get(second));
    const t = ballot.byDelegation.find((d) => d.delegation === first)!;
    expect(t.abstained).toBe(present.get(first)! - 2);
    expect(voted.record.commands.at(-1)).toMatchObject({ by: 'facilitator', command: { type: 'hands', how: 'hands' } });
  });

  it('refuses a count larger than the delegation, an unknown delegation or option, and a count out of turn', () => {
    const d = sc.delegations[0]!;
    expect(countedVote(sc, atVote, { [d.id]: { [options[0]!]: present.get(d.id)! + 1 } }, 'hands')).toMatchObject({ ok: false, reason: expect.stringMatching(/voting delegates? in the hall/) });
    expect(countedVote(sc, atVote, { atlantis: { [options[0]!]: 1 } }, 'hands')).toMatchObject({ ok: false, reason: expect.stringMatching(/no delegation/) });
    expect(countedVote(sc, atVote, { [d.id]: { maybe: 1 } }, 'hands')).toMatchObject({ ok: false, reason: expect.stringMatching(/not one of this vote's options/) });
    expect(countedVote(sc, debate, {}, 'hands').ok).toBe(false);
  });

  it('by the model with the teacher\'s override is the model\'s count but where corrected', () => {
    const model = modelCounts(sc, atVote);
    const plain = ok(enter(sc, atVote, { type: 'vote' })).state.ballots.at(-1)!;
    const same = ok(countedVote(sc, atVote, model, 'override')).state.ballots.at(-1)!;
    expect(same.votes).toEqual(plain.votes);
    expect(same.adopted).toEqual(plain.adopted);
    const d = sc.delegations.find((x) => (present.get(x.id) ?? 0) > 0)!;
    const corrected = { ...model, [d.id]: { [options[1]!]: present.get(d.id)! } };
    const changed = ok(countedVote(sc, atVote, corrected, 'override')).state.ballots.at(-1)!;
    expect(changed.counted).toBe('override');
    expect(changed.byDelegation.find((x) => x.delegation === d.id)!.votes[options[1]!]).toBe(present.get(d.id));
  });

  it('by role gives a delegation\'s votes to its head\'s choice and counts a delegation without a head by the model', () => {
    const setup = proposeSetup(sc, 12, '45');
    const head = setup.roles.find((r) => r.kind === 'head')!;
    const counts = countsByRole(sc, atVote, setup, { [head.id]: options[1]! });
    expect(counts[head.delegation!]).toEqual({ [options[1]!]: present.get(head.delegation!) });
    const headless = sc.delegations.find((d) => !setup.roles.some((r) => r.delegation === d.id))!;
    expect(counts[headless.id]).toEqual(modelCounts(sc, atVote)[headless.id]);
    expect(countsByRole(sc, atVote, setup, { [head.id]: 'abstain' })[head.delegation!]).toEqual({});
  });
});

describe('the teacher\'s other moves', () => {
  it('reads an event to the room once; during the Discussion one still to come takes its effect now and not again', () => {
    const m = fresh();
    const later = sc.events.find((e) => e.effect && e.date > sc.discussion.rounds[0]!.to)!;
    const read = ok(enter(sc, m, { type: 'inject', event: later.id }));
    expect(read.events.at(-1)).toMatchObject({ type: 'event.arrived', event: later.id, injected: true });
    const l = later.effect!.lean[0]!;
    expect(read.state.campaigns[l.delegation]?.[l.platform] ?? 0).not.toBe(m.state.campaigns[l.delegation]?.[l.platform] ?? 0);
    expect(check(sc, read.state, { type: 'inject', event: later.id }, 'facilitator')).toMatch(/already been read/);
    // played to the election, the event never arrives a second time
    const played = ok(playToDebate(sc, read));
    expect(played.events.filter((e) => e.type === 'event.arrived' && e.event === later.id)).toHaveLength(1);
    expect(check(sc, newMatch(sc, hash, 3, seatsOf(sc)).state, { type: 'inject', event: later.id }, 'facilitator')).toMatch(/only a class game/);
  });

  it('goes straight to the debrief from the debate, the model counting every vote not yet taken', () => {
    const m = atDebate();
    expect(check(sc, fresh().state, { type: 'adjourn' }, 'facilitator')).toMatch(/only once the debate has begun/);
    const done = ok(enter(sc, m, { type: 'adjourn' }));
    expect(done.state.phase).toBe('outcome');
    expect(done.state.outcome).not.toBeNull();
    expect(done.state.ballots.length).toBe(sc.agenda.filter((a) => a.ballot || a.motions.length || a.seats).length);
    expect(done.events.at(-1)!.type).toBe('congress.closed');
  });

  it('leaves a record that saves, opens and folds to the same game', () => {
    let m = atDebate(9);
    const seat = m.state.seats[1]!.id;
    m = ok(liveSpeech(sc, m, seat, [sc.cards.find((c) => c.platform === seat)!.id], 'applause'));
    m = ok(enter(sc, m, { type: 'inject', event: sc.events.at(-1)!.id }));
    m = ok(enter(sc, m, { type: 'adjourn' }));
    const folded = fold(sc, m.record);
    expect(folded.ok && folded.match.state).toEqual(m.state);
    const opened = openSave(encodeSave(m), sc, hash);
    expect(opened.ok && opened.match.state).toEqual(m.state);
    // and an ordinary game still refuses the teacher's commands from a file
    const plain = newMatch(sc, hash, 3, seatsOf(sc));
    expect(submit(sc, plain, { type: 'adjourn' }, 'facilitator').ok).toBe(false);
  });
});
