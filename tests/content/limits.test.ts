/**
 * Whatever validate accepts, the game plays (issue 9): a corpus of bad files, each refused with exit 2 and
 * `file: path: message` lines that name the mistake (a misspelt field with the nearest real one, a line
 * and column for broken JSON, the bound a file breaks); the largest scenario within the limits plays an
 * all-AI game to its end; ids are data, whatever they are called.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../game/cli/run';
import { LIMITS } from '../../game/content/limits';
import { parseScenario } from '../../game/content/parse';
import { playAllAi } from '../../game/match/headless';
import { largestScenario } from '../../game/tools/largestScenario';
import { SCENARIO_DIR, rawScenario } from '../support/scenario';

const dir = mkdtempSync(join(tmpdir(), 'congress-limits-'));
const small = () => rawScenario(`${SCENARIO_DIR}1920-moscow-conference.json`) as any;

function validate(name: string, content: string | Uint8Array) {
  const file = join(dir, name);
  writeFileSync(file, content);
  const out: string[] = [];
  const err: string[] = [];
  const code = run(['validate', file], (s) => out.push(s), (s) => err.push(s));
  return { code, file, lines: err, out: out.join('\n') };
}

describe('a corpus of bad files', () => {
  const cases: [string, () => string | Uint8Array, RegExp][] = [
    ['a misspelt top-level field', () => { const s = small(); s.delagations = s.delegations; delete s.delegations; return JSON.stringify(s); }, /^delagations: unknown field "delagations": did you mean "delegations"\?$/],
    ['a misspelt optional field, dropped before without a word', () => { const s = small(); s.platforms[0].colur = s.platforms[0].colour; return JSON.stringify(s); }, /^platforms\.0\.colur: unknown field "colur": did you mean "colour"\?$/],
    ['a field the schema has nowhere near', () => { const s = small(); s.opening.weather = 'cold'; return JSON.stringify(s); }, /^opening\.weather: unknown field "weather" \(the fields here are: title, text, pressure, departures, destination, mission, figure, sources, confidence\)$/],
    ['broken JSON: a trailing comma', () => JSON.stringify(small(), null, 2).replace(/\n}$/, ',\n}'), /^\(root\): not valid JSON: property name expected at line \d+, column \d+$/],
    ['broken JSON: cut short', () => JSON.stringify(small(), null, 2).slice(0, 1000), /^\(root\): not valid JSON: .+ at line \d+, column \d+$/],
    ['bytes that are not UTF-8', () => { const b = Buffer.from(JSON.stringify(small())); return Buffer.concat([b.subarray(0, 300), Buffer.from([0xff, 0xfe]), b.subarray(300)]); }, /^\(root\): the file is not UTF-8 text \(first bad byte at line 1, column \d+\): save it as UTF-8$/],
    ['an id JavaScript reserves for every object', () => { const s = small(); s.issues[0].id = 'constructor'; return JSON.stringify(s); }, /^issues\.0\.id: this word is reserved by JavaScript for every object: choose another id$/m],
    ['positions hidden in the prototype (accepted before)', () => { const s = small(); const own = JSON.stringify(s.platforms[0].position); return JSON.stringify(s).replace(own, `{"__proto__":${own}}`); }, /^platforms\.0\.position: missing position on issue "management"$/m],
    ['too many delegations', () => { const s = small(); s.delegations = Array.from({ length: LIMITS.delegations + 1 }, (_, i) => ({ ...s.delegations[0], id: `d-${i}` })); return JSON.stringify(s); }, new RegExp(`^delegations: at most ${LIMITS.delegations} delegations: the game's limit`, 'm')],
    ['a billion delegates', () => { const s = small(); s.delegations[0].voting = 1e9; return JSON.stringify(s); }, new RegExp(`^delegations\\.0\\.voting: at most ${LIMITS.delegatesPerDelegation} delegates a delegation$`, 'm')],
    ['more delegates in all than the hall seats', () => { const s = small(); for (const d of s.delegations) d.voting = LIMITS.delegatesPerDelegation; return JSON.stringify(s); }, /^delegations: \d+ delegates in all: at most 3000, the game's limit/m],
    ['a leaning near the largest number', () => { const s = small(); s.delegations[0].lean.cc = 1.7e308; return JSON.stringify(s); }, /^delegations\.0\.lean\.cc: a weight is at most 1000000: only the proportions between weights matter$/m],
    ['a name as long as a book', () => { const s = small(); s.title = 'A'.repeat(LIMITS.nameLength + 1); return JSON.stringify(s); }, new RegExp(`^title: at most ${LIMITS.nameLength} characters: a name or title is one line$`)],
    ['five playable platforms', () => { const s = rawScenario() as any; for (const p of s.platforms) p.playable = true; return JSON.stringify(s); }, /^platforms: at most 4 platforms can be playable/m],
    ['seventeen cards for one platform', () => { const s = small(); const c = s.cards.find((x: any) => x.platform === 'wo'); for (let i = 0; i < 17; i++) s.cards.push({ ...c, id: `wo-more-${i}` }); return JSON.stringify(s); }, /^cards: playable platform "wo" has \d+ cards: at most 16 a platform/m],
    ['a file over the size limit', () => `{"id":"x","padding":"${'x'.repeat(LIMITS.fileBytes)}"}`, /^\(root\): the file is 2,000 KB: a scenario may be at most 2,000 KB$/],
  ];

  it.each(cases)('%s: exit 2, every line `file: path: message`', (name, content, expected) => {
    const r = validate(`${name.replace(/\W+/g, '-')}.json`, content());
    expect(r.code).toBe(2);
    expect(r.lines.length).toBeGreaterThan(0);
    for (const line of r.lines) expect(line.startsWith(`${r.file}: `)).toBe(true);
    expect(r.lines.map((l) => l.slice(r.file.length + 2)).join('\n')).toMatch(expected);
  });

  it('a misspelt required field is one message, not also "missing"', () => {
    const s = small();
    s.delagations = s.delegations;
    delete s.delegations;
    const r = validate('one-message.json', JSON.stringify(s));
    expect(r.lines.filter((l) => /delegations/.test(l))).toEqual([`${r.file}: delagations: unknown field "delagations": did you mean "delegations"?`]);
  });

  it('a byte-order mark is accepted, as the browser accepts it', () => {
    const r = validate('bom.json', `\uFEFF${JSON.stringify(small())}`);
    expect([r.code, r.lines]).toEqual([0, []]);
  });
});

describe('the largest scenario within the limits', () => {
  const largest = largestScenario();

  it('is at every limit it can be, and validates', () => {
    const parsed = parseScenario(largest);
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
    expect(largest.delegations).toHaveLength(LIMITS.delegations);
    expect(largest.totals.voting + largest.totals.consultative).toBe(LIMITS.delegates);
    expect(largest.platforms.filter((p: any) => p.playable)).toHaveLength(LIMITS.playable);
    expect([largest.issues.length, largest.events.length, largest.agenda.length, largest.discussion.rounds.length]).toEqual([LIMITS.issues, LIMITS.events, LIMITS.agenda, LIMITS.rounds]);
  });

  it('plays an all-AI game to its end, hard and historical seats too', () => {
    const parsed = parseScenario(largest);
    if (!parsed.ok) throw new Error('does not validate');
    const match = playAllAi(parsed.scenario, 9, { wo: { kind: 'ai', level: 'hard' }, ten: { kind: 'ai', level: 'historical' } });
    expect(match.state.phase).toBe('outcome');
    expect(match.state.ballots).toHaveLength(LIMITS.agenda);
    expect(match.state.delegates).toHaveLength(LIMITS.delegates);
  });
});

describe('the scenario guide', () => {
  it('states every limit the schema enforces', async () => {
    const { readFileSync } = await import('node:fs');
    const guide = readFileSync(`${SCENARIO_DIR}README.md`, 'utf8');
    const section = guide.slice(guide.indexOf('## Limits'), guide.indexOf('## The parts of a scenario'));
    for (const [name, value] of Object.entries(LIMITS)) expect(section, `${name} = ${value}`).toContain(value.toLocaleString('en-GB'));
  });
});
