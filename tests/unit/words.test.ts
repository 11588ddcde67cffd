/**
 * Every sentence the game writes from its events and commands, tried against a table of names: platforms
 * that take "the", a name with its own determiner (a possessive), a name that begins with "The", and
 * delegations with and without an article. No sentence may double an article, put "the" before a
 * possessive, write "The Urals's", lose a proper noun's capital, or start in lower case.
 */
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../game/content/schema';
import type { Command, GameEvent } from '../../game/rules/types';
import { capital, commandLabel, delegationIn, inSentence, lineOf, platformIn, reasonOf } from '../../game/words/narrate';
import { chooseAction } from '../../game/ai/policy';
import { newMatch } from '../../game/match/match';
import { contentHash } from '../../game/match/hash';
import { loadScenario } from '../support/scenario';

const NAMES = ["Workers' Opposition", 'The Ten', 'Bukharin’s “buffer”', "Lenin's platform", 'Trotsky–Bukharin bloc', 'Democratic Centralists'];
const PLACES = ['The Urals', 'Petrograd', 'Moscow city and province', 'Siberia'];

/** The 1921 scenario with its platforms and first delegations renamed from the table (ids unchanged). */
function renamed(offset: number): Scenario {
  const sc = structuredClone(loadScenario());
  sc.platforms.forEach((p, i) => (p.name = NAMES[(i + offset) % NAMES.length]!));
  sc.delegations.slice(0, PLACES.length).forEach((d, i) => (d.name = PLACES[(i + offset) % PLACES.length]!));
  return sc;
}

function problems(text: string): string[] {
  const found: string[] = [];
  if (/\b[Tt]he [Tt]he\b/.test(text)) found.push('a doubled article');
  if (/\b[Tt]he [A-Z]\w+['’]s\b/.test(text)) found.push('"the" before a possessive');
  if (/s['’]s\b/.test(text)) found.push('a possessive "s\'s"');
  if (/[a-z] The (Urals|Ten)\b/.test(text)) found.push('a capital "The" inside a sentence');
  if (/\bkronstadt\b|\burals\b|\bpetrograd\b/.test(text)) found.push('a proper noun in lower case');
  if (/^[a-z]/.test(text)) found.push('a sentence that starts in lower case');
  if (/from (\d+) to about \1 votes/.test(text)) found.push('"from N to about N"');
  return found;
}

describe('names inside sentences', () => {
  it('gives a group "the", keeps a possessive or a "The" name without a second article, and capitalises a sentence', () => {
    expect(inSentence("Workers' Opposition")).toBe("the Workers' Opposition");
    expect(inSentence('The Ten')).toBe('the Ten');
    expect(inSentence('Bukharin’s “buffer”')).toBe('Bukharin’s “buffer”');
    expect(inSentence('The Urals', false)).toBe('the Urals');
    expect(inSentence('Petrograd', false)).toBe('Petrograd');
    expect(capital(inSentence('The Ten'))).toBe('The Ten');
    expect(capital(inSentence("Lenin's platform"))).toBe("Lenin's platform");
  });
});

describe('every generated sentence, against the table of names', () => {
  for (const offset of [0, 1, 2, 3, 4, 5]) {
    it(`reads correctly with the names rotated by ${offset}`, () => {
      const sc = renamed(offset);
      const [a, b, c] = sc.platforms.filter((p) => p.playable).map((p) => p.id) as [string, string, string];
      const d = sc.delegations[0]!.id;
      const card = sc.cards.find((x) => x.platform === a)!.id;
      const item = sc.agenda.find((x) => x.seats)?.id ?? sc.agenda[0]!.id;
      const events: GameEvent[] = [
        ...(['organise', 'meeting', 'publish', 'demand-proportional', 'transfer'] as const).map((action) => ({ type: 'campaign' as const, at: 1, seat: a, move: 1, action, delegation: d, kind: 'province', platform: b })),
        { type: 'choice.sealed', at: 2, seat: a, move: 2, to: a, command: { type: 'volunteer', seat: a, level: 'share' } },
        { type: 'volunteered', at: 3, seat: b, move: 3, level: 'many' },
        { type: 'presidium.formed', at: 4, seat: c, move: 4, concede: [a, b] },
        { type: 'presidium.formed', at: 4, seat: a, move: 4, concede: [] },
        { type: 'speech.made', at: 5, seat: a, move: 5, cards: [card], reaction: 'applause' },
        { type: 'objection.made', at: 6, seat: b, move: 6, card },
        { type: 'floor.yielded', at: 7, seat: c, move: 7 },
        { type: 'slate.drawn', at: 8, seat: c, move: 8, item, coopt: [a, b] },
        { type: 'item.called', at: 9, item },
        { type: 'congress.opened', at: 10 },
        { type: 'congress.elected', at: 11, counts: { [a]: 10, [b]: 20 }, uncommitted: 5 },
      ];
      const texts = events.map((e) => lineOf(sc, e, [])?.text ?? '');
      expect(texts.filter((t) => t === '')).toEqual([]);
      const commands: Command[] = [
        { type: 'organise', seat: a, delegation: d },
        { type: 'transfer', seat: c, platform: a, delegation: d },
        { type: 'presidium', seat: c, concede: [a, b] },
        { type: 'slate', seat: c, coopt: [b] },
        { type: 'speak', seat: a, cards: [card] },
        { type: 'object', seat: b, card },
        { type: 'pass', seat: c },
      ];
      const labels = commands.map((x) => capital(commandLabel(sc, x)));
      const reasons = [
        reasonOf(sc, sc.agenda[0]!.id, { delegation: d, votes: { x: 3 }, abstained: 0, absent: 2, why: { option: sc.agenda[0]!.motions[0]!.id, votes: 3, loyal: 1, free: 1, turned: 1, card, pressured: false } }),
        ...sc.agenda.filter((x) => x.ballot).map((x) => reasonOf(sc, x.id, { delegation: d, votes: { for: 3 }, abstained: 0, absent: 0, why: { option: 'for', votes: 3, loyal: 0, free: 0, turned: 0, card: null, pressured: true } })),
      ];
      const match = newMatch(sc, contentHash(sc), 16, sc.platforms.filter((p) => p.playable).map((p) => ({ id: p.id, controller: { kind: 'ai', level: 'hard' } })));
      const ai = sc.platforms.filter((p) => p.playable).map((p) => chooseAction(sc, match.state, p.id, 'hard')?.reason ?? '');
      for (const text of [...texts, ...labels, ...reasons, ...ai, capital(platformIn(sc, a)), capital(delegationIn(sc, d))]) expect({ text, problems: problems(text) }).toEqual({ text, problems: [] });
      // the names come through whole, with their own capitals
      expect(texts.join(' ')).toContain(inSentence(sc.platforms.find((p) => p.id === a)!.name));
    });
  }
});

describe('the checks of this table can fail', () => {
  it('finds each fault it looks for', () => {
    for (const bad of ['The The Ten speaks.', 'The Lenin\'s platform speaks.', "The Urals's numbers", 'Organise in The Urals.', 'pressed by news from kronstadt', 'the Ten speaks.', 'from 370 to about 370 votes']) expect(problems(bad).length, bad).toBeGreaterThan(0);
  });
});
