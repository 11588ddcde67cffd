/**
 * Options and flags are checked, never aliased or ignored (issue 9): the page's ?seed, ?pace and ?scenario
 * and the command line's flags, as a table. The cases the probe found: --seed 4294967297 played seed 1,
 * ?seed=1e99 became 1, ?pace=0 waited 700 ms, ?pace=999999999 never moved, a misspelt flag was ignored,
 * --runs 1000000000 hung silently.
 */
import { describe, expect, it } from 'vitest';
import { run } from '../../game/cli/run';
import { readPageOptions } from '../../game/host/pageOptions';
import { parseSeed } from '../../game/match/seed';
import { SCENARIO_DIR } from '../support/scenario';

describe('seeds', () => {
  it.each([
    ['0', 0],
    ['1921', 1921],
    ['4294967295', 4294967295],
    ['4294967296', null],
    ['4294967297', null], // was seed 1
    ['1e99', null], // was 1
    ['-1', null],
    ['3.5', null],
    ['', null],
    [' 12 ', 12],
    ['0x10', null],
  ])('"%s" is %s', (text, seed) => {
    expect(parseSeed(text)).toBe(seed);
  });
});

describe('the page options', () => {
  it.each([
    ['', { seed: null, pace: 700, scenario: null, notes: 0 }],
    ['?seed=16&pace=30', { seed: 16, pace: 30, scenario: null, notes: 0 }],
    ['?pace=0', { seed: null, pace: 0, scenario: null, notes: 0 }], // no wait, not 700
    ['?pace=10000', { seed: null, pace: 10000, scenario: null, notes: 0 }],
    ['?pace=999999999', { seed: null, pace: 700, scenario: null, notes: 1 }], // was a computer that never moved
    ['?pace=-5', { seed: null, pace: 700, scenario: null, notes: 1 }],
    ['?seed=1e99', { seed: null, pace: 700, scenario: null, notes: 1 }],
    ['?seed=4294967297', { seed: null, pace: 700, scenario: null, notes: 1 }],
    ['?seed=3&seed=4', { seed: 3, pace: 700, scenario: null, notes: 1 }],
    ['?sede=3', { seed: null, pace: 700, scenario: null, notes: 1 }],
    ['?scenario=1920-moscow-conference', { seed: null, pace: 700, scenario: '1920-moscow-conference', notes: 0 }],
  ])('%s', (search, expected) => {
    const o = readPageOptions(search);
    expect({ seed: o.seed, pace: o.pace, scenario: o.scenario, notes: o.notes.length }).toEqual(expected);
  });

  it("names a class's page, and says so when the page is not one", () => {
    expect(readPageOptions('?class=console')).toMatchObject({ class: 'console', notes: [] });
    expect(readPageOptions('?class=projector&scenario=1921-tenth-congress')).toMatchObject({ class: 'projector', scenario: '1921-tenth-congress', notes: [] });
    const wrong = readPageOptions('?class=blackboard');
    expect(wrong.class).toBeNull();
    expect(wrong.notes).toEqual(['"blackboard" is not one of a class\'s pages (console, projector, kit, report, guide, network); the title is shown instead.']);
  });

  it('reads the class server\'s codes: a student joining, the projector watching', () => {
    expect(readPageOptions('?join=abc234')).toMatchObject({ join: 'ABC234', watch: null, notes: [] });
    expect(readPageOptions('?watch=ABC234')).toMatchObject({ watch: 'ABC234', join: null, notes: [] });
    const wrong = readPageOptions('?watch=ABC10O');
    expect(wrong.watch).toBe('');
    expect(wrong.notes).toEqual(['"ABC10O" is not a class code (6 letters and digits, as the projector shows it); open the projector\'s page from the teacher\'s console instead.']);
  });

  it('says what it did not take, in words', () => {
    expect(readPageOptions('?seed=1e99').notes).toEqual(['The seed "1e99" is not a whole number from 0 to 4,294,967,295; the game\'s own seed is used.']);
    expect(readPageOptions('?sede=3').notes[0]).toMatch(/^"sede" is not an option of this page \(its options are seed, pace, scenario, campaign, class, join, watch\); it was ignored\.$/);
    expect(readPageOptions('?pace=999999999').notes[0]).toMatch(/from 0 to 10,000; the computer waits 700 ms/);
    expect(readPageOptions('?campaign=c12')).toMatchObject({ campaign: 'c12', notes: [] });
    expect(readPageOptions('?campaign=../x')).toMatchObject({ campaign: null, notes: [expect.stringMatching(/^The campaign "\.\.\/x" is not one this browser could keep/)] });
  });

  it('a test build also reads its own options, which the shipped page does not name', () => {
    expect(readPageOptions('?testhook=1&bench=hall', ['testhook', 'bench']).notes).toEqual([]);
    expect(readPageOptions('?testhook=1').notes[0]).toMatch(/^"testhook" is not an option of this page \(its options are seed, pace, scenario, campaign, class, join, watch\)/);
  });
});

describe('the command line flags', () => {
  const SC = `${SCENARIO_DIR}1920-moscow-conference.json`;
  const cli = (...args: string[]) => {
    const err: string[] = [];
    const progress: string[] = [];
    const code = run(args, () => undefined, (s) => err.push(s), (s) => progress.push(s));
    return { code, err: err.join('\n'), progress };
  };

  it.each([
    [['simulate', SC, '--seed', '4294967297'], /--seed takes a whole number from 0 to 4,294,967,295, not "4294967297"/],
    [['simulate', SC, '--seed', '1e3'], /--seed takes a whole number/],
    [['simulate', SC, '--seed', '-1'], /--seed takes a whole number/],
    [['simulate', SC, '--seed', '3', '--sede', '4'], /unknown flag "--sede" for simulate: did you mean "--seed"\?/],
    [['simulate', SC, '--seed', '3', '--seed', '4'], /--seed is given twice/],
    [['simulate', SC, '--seed', '3', '--runs', '1000000000'], /--runs takes a whole number from 1 to 100,000, not "1000000000"/],
    [['simulate', SC, '--seed', '3', '--runs', '0'], /--runs takes a whole number from 1 to 100,000/],
    [['simulate', SC, '--seed', '3', '--seat', 'wo=hard', '--seat', 'wo=easy'], /--seat wo is given twice/],
    [['simulate', SC, '--seed'], /--seed needs a value/],
    [['simulate', SC, '--seed', '3', 'more'], /unexpected "more": simulate takes one file, then flags/],
    [['validate', SC, '--json'], /unknown flag "--json" for validate \(it takes no flags\)/],
    [['replay', '--json'], /name a saved game/],
    [['balance', SC, '--seed', '1', '--save', 'x'], /unknown flag "--save" for balance/],
  ])('%j is refused with exit 2', (args, message) => {
    const r = cli(...args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err).toMatch(/usage:/);
  });

  it('a long run says how it goes, a short one stays quiet', () => {
    expect(cli('simulate', SC, '--seed', '1', '--runs', '3').progress).toEqual([]);
    const long = cli('simulate', SC, '--seed', '1', '--runs', '100');
    expect(long.code).toBe(0);
    expect(long.progress).toHaveLength(10);
    expect(long.progress.at(-1)).toBe('simulate: 100 of 100 games');
  });
});
