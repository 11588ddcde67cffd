/**
 * Properties over many seeds and reachable states (fast-check), from issue 8's acceptance: the session
 * machine's match is exactly the fold of its record; a seat's view holds nothing private of another seat;
 * the public view holds no private data, seed or generator state; a command is accepted exactly when it
 * is listed as legal; every computer reason sits on its own move. And, as before, delegates are
 * conserved and tallies never exceed the voting delegates present.
 */
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { fold, type Match } from '../../game/match/match';
import { PUBLIC, view, type Viewer } from '../../game/match/view';
import { apply } from '../../game/rules/apply';
import { legalCommands } from '../../game/rules/legal';
import { AI_LEVELS, type AiLevel, type By, type Command, type Controller, type GameState } from '../../game/rules/types';
import { playWithLog } from '../support/play';
import { SCENARIO_DIR, loadScenario } from '../support/scenario';
import { walkGame } from '../support/walk';

const sc = loadScenario();
const small = loadScenario(`${SCENARIO_DIR}1920-moscow-conference.json`);
const controller = fc.oneof(fc.constant<Controller>({ kind: 'human' }), fc.constantFrom<AiLevel>(...AI_LEVELS).map((level): Controller => ({ kind: 'ai', level })));
const game = fc.record({
  seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  seats: fc.tuple(controller, controller, controller),
  picks: fc.array(fc.nat({ max: 10_000 }), { minLength: 1, maxLength: 60 }),
});

/** Commands near the legal ones: the legal ones, and each spoiled a little (another seat, another id, reordered). */
function candidates(state: GameState, r: () => number): { command: Command; by: By }[] {
  const seats = state.seats.map((s) => s.id);
  const bys: By[] = ['system', 'facilitator', ...seats.map((seat) => ({ seat }))];
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const out: { command: Command; by: By }[] = [];
  for (const by of bys) {
    const legal = legalCommands(sc, state, by);
    for (let i = 0; i < 3 && legal.length; i++) out.push({ command: pick(legal), by });
    // spoil a few of them: the first, the last (the largest sets, the longest speeches) and one at random
    for (const c of legal.length ? [legal[0]!, legal.at(-1)!, pick(legal)] : []) {
      out.push({ command: c, by: pick(bys) });
      if ('seat' in c) out.push({ command: { ...c, seat: pick(seats) } as Command, by });
      if (c.type === 'organise') out.push({ command: { ...c, delegation: pick([...sc.delegations.map((d) => d.id), 'atlantis']) }, by });
      if (c.type === 'speak') out.push({ command: { ...c, cards: [...c.cards].reverse() }, by }, { command: { ...c, cards: [...c.cards, pick(sc.cards).id] }, by });
      if (c.type === 'presidium') out.push({ command: { ...c, concede: [...c.concede].reverse() }, by }, { command: { ...c, concede: [...seats].reverse() }, by });
      if (c.type === 'slate') out.push({ command: { ...c, coopt: [...c.coopt].reverse() }, by }, { command: { ...c, coopt: [...c.coopt, ...c.coopt] }, by });
      if (c.type === 'object') out.push({ command: { ...c, card: pick(sc.cards).id }, by });
      if (c.type === 'volunteer') out.push({ command: { ...c, level: pick(['few', 'share', 'many'] as const) }, by });
    }
  }
  const pool: Command[] = [{ type: 'elect' }, { type: 'reveal' }, { type: 'open' }, { type: 'floor' }, { type: 'vote' }, { type: 'next' }, { type: 'conclude' }, { type: 'pass', seat: pick(seats) }, { type: 'publish', seat: pick(seats) }, { type: 'object', seat: pick(seats), card: pick(sc.cards).id }];
  for (let i = 0; i < 4; i++) out.push({ command: pick(pool), by: pick(bys) });
  return out;
}

/** Everything a view holds, as text: what the player's screen could show. */
const text = (v: unknown) => JSON.stringify(v);

function checkViews(match: Match): void {
  const s = match.state;
  for (const viewer of [PUBLIC, ...s.seats.map((x): Viewer => ({ kind: 'seat', seat: x.id }))]) {
    const v = view(sc, match, viewer);
    const all = text(v);
    expect(v.secrets).toBeNull();
    expect(all).not.toMatch(/"(seed|rng|stance|firmness|campaigns|credit|movedMost)":/);
    expect(all).not.toContain(String(s.rng));
    if (s.seed > 99_999) expect(all).not.toContain(String(s.seed));
    for (const [seat, sealed] of Object.entries(s.sealed)) {
      if (viewer.kind === 'seat' && viewer.seat === seat) expect(v.you!.sealed).toEqual(sealed.command);
      else expect(all, `${viewer.kind} sees ${seat}'s sealed choice`).not.toContain(text(sealed.command));
      if (viewer.kind !== 'seat' || viewer.seat !== seat) expect(v.log.some((l) => l.kind === 'sealed' && l.seat === seat)).toBe(false);
    }
    if (viewer.kind === 'public') expect(v.you).toBeNull();
  }
  // non-interference: another seat's sealed choice, made differently, changes nothing a viewer sees
  for (const [seat, sealed] of Object.entries(s.sealed)) {
    if (sealed.command.type !== 'volunteer') continue;
    const other: Command = { ...sealed.command, level: sealed.command.level === 'few' ? 'many' : 'few' };
    const commands = match.record.commands.map((c, i) => (i === sealed.at ? { ...c, command: other, reason: 'another reason' } : c));
    const alt = fold(sc, { ...match.record, commands });
    expect(alt.ok).toBe(true);
    if (!alt.ok) return;
    for (const viewer of [PUBLIC, ...s.seats.filter((x) => x.id !== seat).map((x): Viewer => ({ kind: 'seat', seat: x.id }))]) {
      expect(view(sc, alt.match, viewer)).toEqual(view(sc, match, viewer));
    }
  }
}

function checkReasons(match: Match): void {
  const lines = view(sc, match, { kind: 'authority' }).log;
  for (const l of lines) {
    if (!l.reason) continue;
    const command = match.record.commands[l.move!]!;
    expect(l.seat, `a reason on a line of nobody's: ${l.text}`).toBeDefined();
    expect(command.by).toEqual({ seat: l.seat });
    expect(command.reason).toBe(l.reason);
    expect(match.state.seats.find((s) => s.id === l.seat)!.controller.kind).toBe('ai');
  }
  match.record.commands.forEach((c, i) => {
    if (c.reason && !Object.values(match.state.sealed).some((s) => s.at === i)) expect(lines.some((l) => l.move === i && l.reason === c.reason), `the reason of command ${i} is shown with it`).toBe(true);
  });
}

describe('properties of whole games and every state on the way', () => {
  it("the machine's match is the fold of its record; views keep secrets; reasons sit on their own moves (200 games)", () => {
    fc.assert(
      fc.property(game, ({ seed, seats, picks }) => {
        const controllers = Object.fromEntries(['wo', 'tb', 'ten'].map((id, i) => [id, seats[i]!]));
        let visited = 0;
        const { match } = walkGame(sc, seed, controllers, picks, (m) => {
          visited++;
          if (m.state.phase === 'volunteers' || visited % 9 === 0) checkViews(m);
        });
        const folded = fold(sc, match.record);
        expect(folded.ok).toBe(true);
        if (folded.ok) {
          expect(folded.match.state).toEqual(match.state);
          expect(folded.match.events).toEqual(match.events);
        }
        expect(match.state.phase).toBe('outcome');
        checkReasons(match);
      }),
      { numRuns: 200, seed: 1921 },
    );
  }, 900_000);

  it('a command is accepted exactly when it is listed as legal for its issuer (states along 200 games)', () => {
    fc.assert(
      fc.property(game, fc.integer(), ({ seed, seats, picks }, salt) => {
        const controllers = Object.fromEntries(['wo', 'tb', 'ten'].map((id, i) => [id, seats[i]!]));
        let x = salt >>> 0;
        const r = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32);
        walkGame(sc, seed, controllers, picks, (m) => {
          if (r() > 0.5) return;
          for (const { command, by } of candidates(m.state, r)) {
            const listed = legalCommands(sc, m.state, by).some((c) => isDeepStrictEqual(c, command));
            const result = apply(sc, m.state, command, by);
            expect(result.ok, `${JSON.stringify(command)} by ${JSON.stringify(by)} in ${m.state.phase}: ${result.ok ? 'accepted' : result.reason}`).toBe(listed);
          }
        });
      }),
      { numRuns: 200, seed: 8 },
    );
  }, 900_000);

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
  }, 900_000);
});
