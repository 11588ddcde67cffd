/**
 * Every scenario file validates, plays to the end with every seat AI, and the generated JSON Schema
 * is up to date with the zod schema. A broken copy is reported with paths, never a crash.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../game/content/parse';
import { playAllAi } from '../../game/match/headless';
import { SCHEMA_PATH, scenarioJsonSchema } from '../../game/tools/writeSchema';
import { loadScenario, rawScenario, scenarioFiles } from '../support/scenario';

const files = scenarioFiles();

describe('scenarios/*.json', () => {
  it('finds scenario files (an empty folder must not pass)', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files.map((f) => [basename(f), f]))('%s validates, points at the schema, and an all-AI game finishes', (_name, file) => {
    const sc = loadScenario(file);
    expect(rawScenario(file).$schema).toBe('./scenario.schema.json');
    const game = playAllAi(sc, 1921).state;
    expect(game.phase).toBe('outcome');
    expect(game.ballots.length).toBeGreaterThan(0);
    for (const b of game.ballots) {
      const cast = Object.values(b.votes).reduce((x, y) => x + y, 0);
      expect(cast).toBeGreaterThan(0);
      expect(cast + b.abstained + b.absent).toBe(sc.totals.voting);
    }
  });

  it('scenario.schema.json is what `npm run schema` writes now', () => {
    expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(scenarioJsonSchema());
  });
});

describe('cross-reference checks on broken copies of the 1921 scenario', () => {
  const cases: [string, (s: any) => void, RegExp][] = [
    ['a card cites an unknown source', (s) => (s.cards[0].sources = ['nowhere']), /^cards\.0\.sources\.0: unknown source "nowhere"/],
    ['a card has no citation', (s) => (s.cards[2].sources = []), /^cards\.2\.sources: /],
    ['delegations do not add up to the total', (s) => (s.delegations[0].voting += 1), /^totals\.voting: delegations add up to 695/],
    ['two delegations share an id', (s) => (s.delegations[1].id = s.delegations[0].id), /^delegations\.1\.id: duplicate id/],
    ['a lean names an unknown platform', (s) => (s.delegations[0].lean.anarchists = 3), /^delegations\.0\.lean\.anarchists: unknown platform/],
    ['a quotation is over 40 words', (s) => (s.cards[0].quote.text = Array(41).fill('word').join(' ')), /^cards\.0\.quote\.text: quotation has 41 words/],
    ['a rebuttal names an unknown card', (s) => (s.cards[0].rebuts = ['ghost']), /^cards\.0\.rebuts\.0: unknown card "ghost"/],
    ['the record names an unknown motion', (s) => (s.agenda[0].record.votes.other = 3), /^agenda\.0\.record\.votes\.other: unknown motion/],
    ['the contested vote names a missing agenda item', (s) => (s.vote.item = 'budget'), /^vote\.item: unknown agenda item "budget"/],
    ['the contested vote has no historical counts', (s) => (s.agenda[0].record.votes = null), /^agenda\.0\.record\.votes: the contested vote needs the historical counts/],
    ['a card rebuts its own platform', (s) => (s.cards[0].rebuts = [s.cards[1].id]), /^cards\.0\.rebuts\.0: ".+" is a card of the same platform/],
    ['two playable platforms share a shape', (s) => (s.platforms[1].shape = s.platforms[0].shape), /^platforms\.1\.shape: ".+" already uses the/],
    ['an unknown date written as a word', (s) => (s.people[0].born = 'unknown'), /^people\.0\.born: write null, not a word/],
    ['a card that moves nothing', (s) => (s.cards[0].moves = {}), /^cards\.0\.moves: a card must move at least one issue/],
    ['nobody could ever abstain', (s) => (s.vote.abstainBeyond = 4), /^vote\.abstainBeyond: no delegate can be further than 3\.46/],
    ['the totals are not a version of their disputed figure', (s) => (s.figures[0].values[0].value = 695), /^totals\.figure: the figure "delegates-voting" has no version equal to 694/],
    ['a motion of the contested vote has no historical count', (s) => delete s.agenda[0].record.votes['wo-motion'], /^agenda\.0\.record\.votes: give the historical count for motion "wo-motion"/],
    ['a field of the wrong kind is named in plain words', (s) => (s.delegations[0].lean = [1, 2]), /^delegations\.0\.lean: expected an object \{ "name": value, … \}, found a list/],
  ];
  it('a malformed date is reported once, not also as an end before its start', () => {
    const copy = rawScenario() as any;
    copy.events[0].date = '8 March 1921';
    copy.events[0].until = '1921-03-16';
    const parsed = parseScenario(copy);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.map((p) => p.path)).toEqual(['events.0.date']);
  });
  it.each(cases)('%s', (_name, breakIt, expected) => {
    const copy = rawScenario();
    breakIt(copy);
    const parsed = parseScenario(copy);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.map((p) => `${p.path}: ${p.message}`).join('\n')).toMatch(new RegExp(expected.source, 'm'));
  });
});
