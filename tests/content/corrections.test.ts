/**
 * The history review of both scenarios (scenarios/REVIEW.md, issue 12) and what keeps its corrections in
 * place: every quotation belongs to its scenario's own time, and each corrected fact is pinned to the
 * source it was corrected from, so that a later edit cannot quietly undo it.
 */
import { describe, expect, it } from 'vitest';
import { daySpan } from '../../game/content/dates';
import { parseScenario } from '../../game/content/parse';
import { SCENARIO_1921, loadScenario, rawScenario, scenarioFiles } from '../support/scenario';

describe('dates as the scenarios write them', () => {
  it.each([
    ['30 December 1920', '1920-12-30', '1920-12-30'],
    ['8–16 March 1921', '1921-03-08', '1921-03-16'],
    ['8-9 March 1921', '1921-03-08', '1921-03-09'],
    ['28 February – 2 March 1921', '1921-02-28', '1921-03-02'],
    ['30 December 1920 – 2 January 1921', '1920-12-30', '1921-01-02'],
    ['January 1921', '1921-01-01', '1921-01-31'],
    ['February 1920', '1920-02-01', '1920-02-29'],
    ['January–February 1921', '1921-01-01', '1921-02-28'],
    ['December 1920 – January 1921', '1920-12-01', '1921-01-31'],
    ['January – 8 March 1921', '1921-01-01', '1921-03-08'],
    ['1920', '1920-01-01', '1920-12-31'],
  ])('"%s" runs from %s to %s', (text, first, last) => {
    expect(daySpan(text)).toEqual({ first, last });
  });
  it.each(['early 1921', 'March', '31 February 1921', '16–8 March 1921', 'spring 1921'])('"%s" is too vague or impossible to place', (text) => {
    expect(daySpan(text)).toBeNull();
  });
});

describe('every quotation is of its scenario’s own time', () => {
  it.each(scenarioFiles())('%s: each card quotation was said or published by the last day of the scenario', (file) => {
    const s = loadScenario(file);
    const ends = daySpan(s.dates)!.last;
    const quotes = s.cards.filter((c) => c.quote);
    if (file === SCENARIO_1921) expect(quotes.length).toBeGreaterThan(10);
    for (const c of quotes) {
      const said = daySpan(c.quote!.date);
      expect(said, `${c.id}: "${c.quote!.date}"`).not.toBeNull();
      expect(said!.last <= ends, `${c.id} quotes words of ${c.quote!.date}; the scenario ends ${s.dates}`).toBe(true);
    }
  });

  it.each(scenarioFiles())('%s: a quotation dated the day after the scenario ends is refused at its path', (file) => {
    const copy = rawScenario(file) as any;
    let i = copy.cards.findIndex((c: any) => c.quote);
    if (i < 0) {
      i = 0;
      copy.cards[0].quote = { text: 'Words.', speaker: 'A. Speaker', date: copy.dates, source: copy.sources[0].id, confidence: 'high' };
      expect(parseScenario(copy).ok, 'the quotation, dated within the scenario, is accepted').toBe(true);
    }
    const ends = daySpan(copy.dates)!.last;
    const next = new Date(`${ends}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    copy.cards[i].quote.date = next.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    const parsed = parseScenario(copy);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.map((p) => `${p.path}: ${p.message}`)).toContainEqual(expect.stringMatching(new RegExp(`^cards\\.${i}\\.quote\\.date: .* is after the scenario ends`)));
  });

  it('a vague date ("early 1921") is refused: nobody could tell whether the words belong', () => {
    const copy = rawScenario() as any;
    const i = copy.cards.findIndex((c: any) => c.quote);
    copy.cards[i].quote.date = 'early 1921';
    const parsed = parseScenario(copy);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.map((p) => p.path)).toContain(`cards.${i}.quote.date`);
  });
});
