/**
 * Hands and secret objectives (issue 10): dealt from the seed, private to their seat. The property walks
 * random games of both scenarios (random legal moves for every seat, the facilitator going on at every
 * pause) and checks 1,000 of the states reached: a seat's view holds its own hand and secret objective,
 * and no card of another seat's hand nor a word of another seat's secret objective, until the results
 * make the objectives public. Unit tests cover the deal, the hand's rules and the secret objectives' grades.
 */
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../game/content/schema';
import { createActor } from 'xstate';
import { sessionMachine } from '../../game/machine/sessionMachine';
import { aiStep, fold, newMatch, submit, undo, undoableBy, type Match } from '../../game/match/match';
import { curtainFor } from '../../game/match/seats';
import { view } from '../../game/match/view';
import { apply } from '../../game/rules/apply';
import { dueOf } from '../../game/rules/flow';
import { handOf, handSize, legalCommands } from '../../game/rules/legal';
import { secretOf } from '../../game/rules/outcome';
import { deal, seatsOf } from '../../game/rules/setup';
import type { Command, GameState } from '../../game/rules/types';
import { hashOf, playWithLog } from '../support/play';
import { SCENARIO_DIR, loadScenario } from '../support/scenario';

const sc = loadScenario();
const small = loadScenario(`${SCENARIO_DIR}1920-moscow-conference.json`);
const humans = (s: Scenario) => seatsOf(s, Object.fromEntries(s.platforms.filter((p) => p.playable).map((p) => [p.id, { kind: 'human' as const }])));

/** A small seeded generator for the walk (xorshift32), so the property is the same on every run. */
function generator(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

/** One random game: every due seat, the system and the facilitator take a random legal step. */
function* walk(s: Scenario, seed: number): Generator<Match> {
  const r = generator(seed * 7919 + 1);
  let match = newMatch(s, hashOf(s), seed, humans(s));
  for (let i = 0; i < 2000; i++) {
    yield match;
    const due = dueOf(s, match.state);
    if (due.kind === 'over') return;
    const by = due.kind === 'seats' ? { seat: due.seats[Math.floor(r() * due.seats.length)]! } : 'facilitator';
    const legal = legalCommands(s, match.state, by);
    const sent = submit(s, match, legal[Math.floor(r() * legal.length)]!, by);
    if (!sent.ok) throw new Error(sent.reason);
    match = sent.match;
  }
}

const titleOf = (s: Scenario, id: string) => s.cards.find((c) => c.id === id)!.title;
/** A card's title as the words write it, in a view's JSON (one title may begin another, so it is matched whole). */
const quoted = (title: string) => [`\\"${title}\\"`, `“${title}”`, `"${title}"`];

function checkPrivacy(s: Scenario, match: Match): void {
  const state = match.state;
  for (const seat of state.seats) {
    const v = view(s, match, { kind: 'seat', seat: seat.id });
    const all = JSON.stringify(v);
    expect(v.you!.hand).toEqual(handOf(s, state, seat.id));
    expect(v.you!.secret).toBe(secretOf(s, state, seat.id)?.text ?? null);
    for (const other of state.seats.filter((x) => x.id !== seat.id)) {
      for (const card of handOf(s, state, other.id)) {
        expect(all.includes(`"${card}"`), `${seat.id} sees ${other.id}'s card ${card}`).toBe(false);
        expect(quoted(titleOf(s, card)).some((t) => all.includes(t)), `${seat.id} sees the title of ${other.id}'s card ${card}`).toBe(false);
      }
      const secret = secretOf(s, state, other.id);
      if (secret && state.phase !== 'outcome') expect(all.includes(secret.text), `${seat.id} sees ${other.id}'s secret objective`).toBe(false);
    }
  }
  const pub = JSON.stringify(view(s, match, { kind: 'public' }));
  for (const seat of state.seats) {
    for (const card of handOf(s, state, seat.id)) expect(pub.includes(`"${card}"`), `the public sees ${seat.id}'s card ${card}`).toBe(false);
    const secret = secretOf(s, state, seat.id);
    if (secret && state.phase !== 'outcome') expect(pub.includes(secret.text), `the public sees ${seat.id}'s secret objective`).toBe(false);
  }
}

describe('hands and secret objectives are private to their seat', () => {
  it('in 1,000 random reachable states of both scenarios, no view holds another seat\'s hand or secret objective', () => {
    let checked = 0;
    const phases = new Set<string>();
    for (let game = 0; checked < 1000; game++) {
      const s = game % 3 === 2 ? small : sc;
      let n = 0;
      let last = '';
      for (const match of walk(s, 1000 + game)) {
        const first = match.state.phase !== last; // the first state of every phase, and every fourth
        last = match.state.phase;
        if (n++ % 4 !== 0 && !first) continue;
        checkPrivacy(s, match);
        phases.add(match.state.phase);
        if (++checked >= 1000) break;
      }
    }
    expect(checked).toBe(1000);
    expect([...phases].sort(), [...phases].join()).toEqual(['ballot', 'debate', 'discussion', 'elected', 'forecast', 'opening', 'outcome', 'presidium', 'volunteers'].sort());
  }, 600_000);
});

describe('the deal', () => {
  it('gives every seat a hand from its own deck and a secret objective from its platform\'s list, the same for the same seed', () => {
    const seats = humans(sc);
    const a = deal(sc, 7, seats);
    expect(deal(sc, 7, seats)).toEqual(a);
    expect(deal(sc, 8, seats)).not.toEqual(a);
    for (const seat of seats) {
      expect([...a.decks[seat.id]!].sort()).toEqual(sc.cards.filter((c) => c.platform === seat.id).map((c) => c.id).sort());
      expect(a.secret[seat.id]).toBeGreaterThanOrEqual(0);
      expect(a.secret[seat.id]).toBeLessThan(sc.platforms.find((p) => p.id === seat.id)!.secret.length);
    }
    const state = newMatch(sc, hashOf(sc), 7, seats).state;
    for (const seat of seats) expect(handOf(sc, state, seat.id)).toHaveLength(handSize(sc, seat.id));
    expect(handSize(sc, 'wo')).toBe(5);
  });

  it('over many seeds every card and every secret objective comes up', () => {
    const seats = humans(sc);
    const cards = new Set<string>();
    const secrets = new Set<string>();
    for (let seed = 0; seed < 200; seed++) {
      const state = newMatch(sc, hashOf(sc), seed, seats).state;
      for (const seat of seats) {
        handOf(sc, state, seat.id).forEach((c) => cards.add(c));
        secrets.add(`${seat.id}:${state.secret![seat.id]}`);
      }
    }
    expect(cards.size).toBe(sc.cards.filter((c) => seats.some((s) => s.id === c.platform)).length);
    expect(secrets.size).toBe(seats.reduce((n, s) => n + sc.platforms.find((p) => p.id === s.id)!.secret.length, 0));
  });

  it('a game with open decks (a record before version 3) holds every card and no secret objective', () => {
    const { match } = playWithLog(sc, 16);
    const open = fold(sc, { ...match.record, deal: undefined, commands: [] });
    expect(open.ok).toBe(true);
    if (!open.ok) return;
    expect(open.match.state.decks).toBeUndefined();
    expect(handOf(sc, open.match.state, 'wo')).toHaveLength(12);
    expect(secretOf(sc, open.match.state, 'wo')).toBeNull();
  });
});

/** The state at the first debate turn of `seat`, through random legal steps of seed `seed`. */
function debateTurn(seed: number, seat: string): GameState {
  for (const match of walk(sc, seed)) {
    const due = dueOf(sc, match.state);
    if (match.state.phase === 'debate' && due.kind === 'seats' && due.seats[0] === seat) return match.state;
  }
  throw new Error('no debate turn');
}

describe('the hand in the debate', () => {
  it('refuses a card the seat does not hold, and tops the hand up after a speech, telling only that seat what it drew', () => {
    const state = debateTurn(3, 'wo');
    const hand = handOf(sc, state, 'wo');
    const outside = sc.cards.find((c) => c.platform === 'wo' && !hand.includes(c.id))!;
    const refused = apply(sc, state, { type: 'speak', seat: 'wo', cards: [outside.id] }, { seat: 'wo' });
    expect(refused).toEqual({ ok: false, reason: `"${outside.title}" is not in your hand` });
    const speech: Command = { type: 'speak', seat: 'wo', cards: [hand[0]!] };
    const spoken = apply(sc, state, speech, { seat: 'wo' });
    expect(spoken.ok).toBe(true);
    if (!spoken.ok) return;
    const after = handOf(sc, spoken.state, 'wo');
    expect(after).toHaveLength(5);
    expect(after).not.toContain(hand[0]);
    const drawn = after.filter((c) => !hand.includes(c));
    expect(drawn).toHaveLength(1);
    expect(spoken.events).toContainEqual({ type: 'cards.drawn', seat: 'wo', to: 'wo', cards: drawn, at: state.step });
  });

  it('the legal speeches use only the cards in hand', () => {
    const state = debateTurn(5, 'ten');
    const hand = handOf(sc, state, 'ten');
    const speeches = legalCommands(sc, state, { seat: 'ten' }).filter((c) => c.type === 'speak');
    expect(speeches.length).toBeGreaterThan(0);
    for (const c of speeches) if (c.type === 'speak') for (const card of c.cards) expect(hand).toContain(card);
  });
});

describe('secret objectives are graded at the end like the public ones', () => {
  it('every seat of a dealt game has its secret objective graded in the outcome, with its figures', () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const { final } = playWithLog(sc, seed);
      for (const r of final.outcome!.seats) {
        const secret = secretOf(sc, final, r.seat)!;
        expect(r.secret?.objective.text).toBe(secret.text);
        expect(['worse than history', 'as history', 'better than history', 'decisive']).toContain(r.secret!.grade);
        expect(r.secret!.grade).not.toBe('decisive');
      }
    }
  });

  it('measures "ahead", "fewer" and a delegation\'s majority from the ballots', () => {
    const { final } = playWithLog(sc, 11);
    const ballot = final.ballots.find((b) => b.item === 'trade-unions')!;
    const outcomeWith = (secret: Record<string, number>) => apply(sc, { ...final, phase: 'ballot', ballots: final.ballots, outcome: null, secret }, { type: 'conclude' }, 'facilitator');
    const wo = sc.platforms.find((p) => p.id === 'wo')!.secret;
    const ten = sc.platforms.find((p) => p.id === 'ten')!.secret;
    const concluded = outcomeWith({ wo: wo.findIndex((o) => o.measure.kind === 'ahead'), ten: ten.findIndex((o) => o.measure.kind === 'share'), tb: 0 });
    expect(concluded.ok).toBe(true);
    if (!concluded.ok) return;
    const seats = concluded.state.outcome!.seats;
    const ahead = seats.find((x) => x.seat === 'wo')!.secret!.objective;
    expect(ahead).toMatchObject({ kind: 'ahead', game: [ballot.votes['wo-motion'], ballot.votes['tb-motion']], history: [18, 50] });
    expect(ahead.result).toBe(ballot.votes['wo-motion']! > ballot.votes['tb-motion']! ? 1 : 0); // behind, as in 1921: as history
    const fewer = seats.find((x) => x.seat === 'ten')!.secret!.objective;
    expect(fewer).toMatchObject({ kind: 'share', want: 'fewer', history: 18 });
    if (fewer.kind === 'share' && fewer.result !== 0) expect(fewer.result).toBe(fewer.gameShare < fewer.historyShare ? 1 : -1);
    const byDelegation = outcomeWith({ wo: wo.findIndex((o) => o.measure.kind === 'delegation'), ten: 0, tb: 0 });
    if (!byDelegation.ok) throw new Error(byDelegation.reason);
    const met = byDelegation.state.outcome!.seats.find((x) => x.seat === 'wo')!.secret!.objective;
    const tally = ballot.byDelegation.find((t) => t.delegation === 'samara')!;
    const cast = Object.values(tally.votes).reduce((a, b) => a + b, 0);
    expect(met).toMatchObject({ kind: 'delegation', delegation: 'samara', game: tally.votes['wo-motion'], of: cast, result: tally.votes['wo-motion']! * 2 > cast ? 1 : -1 });
  });
});

describe('undo, within the current step until something is revealed', () => {
  const seats = seatsOf(sc, { wo: { kind: 'human' }, ten: { kind: 'human' } });
  const start = () => newMatch(sc, hashOf(sc), 21, seats);
  const send = (m: Match, command: Command, seat: string) => {
    const r = submit(sc, m, command, { seat });
    if (!r.ok) throw new Error(r.reason);
    return r.match;
  };

  it('takes back a human seat\'s own move that drew nothing, and only that', () => {
    const m0 = start();
    expect(undoableBy(m0)).toBeNull();
    const m1 = send(m0, { type: 'organise', seat: 'wo', delegation: 'samara' }, 'wo');
    expect(undoableBy(m1)).toBe('wo');
    const back = undo(sc, m1);
    expect(back.ok && back.match.record.commands).toEqual([]);
    expect(back.ok && back.match.state).toEqual(m0.state);
    // once the computer has answered, the move is no longer the last: nothing to undo
    const answered = aiStep(sc, m1)!;
    expect(answered.ok && undoableBy(answered.match)).toBeNull();
    expect(answered.ok && undo(sc, answered.match).ok).toBe(false);
  });

  it('a speech rolls the dice and draws a card: it cannot be taken back', () => {
    let m = start();
    const humanSpeaks = () => { const d = dueOf(sc, m.state); return m.state.phase === 'debate' && d.kind === 'seats' && m.state.seats.find((s) => s.id === d.seats[0])!.controller.kind === 'human'; };
    for (let i = 0; i < 400 && !humanSpeaks(); i++) {
      const due = dueOf(sc, m.state);
      const by = due.kind === 'seats' ? { seat: due.seats[0]! } : 'facilitator';
      const next = m.state.seats.find((s) => due.kind === 'seats' && s.id === due.seats[0])?.controller.kind === 'ai' ? aiStep(sc, m)! : submit(sc, m, legalCommands(sc, m.state, by)[0]!, by);
      if (!next.ok) throw new Error(next.reason);
      m = next.match;
    }
    const due = dueOf(sc, m.state);
    const seat = due.kind === 'seats' ? due.seats[0]! : '';
    expect(humanSpeaks()).toBe(true);
    const spoken = send(m, { type: 'speak', seat, cards: [handOf(sc, m.state, seat)[0]!] }, seat);
    expect(undoableBy(spoken)).toBeNull();
    const passed = send(m, { type: 'pass', seat }, seat);
    expect(undoableBy(passed)).toBe(seat);
  });

  it('the machine: with two players, a seat acts only once its player has passed the curtain, and undo brings the curtain back', () => {
    const actor = createActor(sessionMachine, { input: { scenario: sc, scenarioHash: hashOf(sc), seed: 21 } }).start();
    actor.send({ type: 'session.hotSeat' });
    actor.send({ type: 'setup.start' });
    const ctx = () => actor.getSnapshot().context;
    expect(curtainFor(sc, ctx().match!, ctx().eyes)).toBe('wo');
    actor.send({ type: 'match.command', command: { type: 'organise', seat: 'wo', delegation: 'samara' }, by: { seat: 'wo' } });
    expect(ctx().match!.record.commands).toHaveLength(0);
    expect(ctx().notice).toMatch(/pass the device/);
    actor.send({ type: 'curtain.pass', seat: 'ten' }); // not the seat the curtain asks for
    expect(ctx().eyes).toBeNull();
    actor.send({ type: 'curtain.pass', seat: 'wo' });
    expect(ctx().eyes).toBe('wo');
    actor.send({ type: 'match.command', command: { type: 'organise', seat: 'wo', delegation: 'samara' }, by: { seat: 'wo' } });
    expect(ctx().match!.record.commands).toHaveLength(1);
    expect(ctx().eyes).toBeNull(); // its move made, the screen is public again
    actor.send({ type: 'match.undo' });
    expect(ctx().match!.record.commands).toHaveLength(0);
    expect(curtainFor(sc, ctx().match!, ctx().eyes)).toBe('wo');
  });
});
