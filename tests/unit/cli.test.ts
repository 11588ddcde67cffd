/**
 * The scenario authors' command line, run as a real process (npm run cli): validate reports every problem as
 * `file: path: message` with exit 2 and no stack; simulate is byte-identical for the same arguments.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rawScenario } from '../support/scenario';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const SCENARIO = 'scenarios/1921-tenth-congress.json';

function cli(...args: string[]) {
  const r = spawnSync(TSX, ['game/cli/main.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('npm run cli', () => {
  it('validate: exit 0 and a one-line summary with counts', () => {
    const r = cli('validate', SCENARIO);
    expect(r.code).toBe(0);
    expect(r.out.trim().split('\n')).toHaveLength(1);
    expect(r.out).toMatch(/ok: "The Tenth Congress", 990 delegates \(694 voting, 296 consultative\) in \d+ delegations, \d+ platforms, \d+ (people|person), \d+ cards, \d+ events, \d+ glossary terms, \d+ agenda items?, \d+ sources$/m);
  });

  it('validate: a broken copy exits 2, one `file: path: message` line a problem, no stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'congress-'));
    const file = join(dir, 'broken.json');
    const s = rawScenario() as any;
    s.delegations[3].voting = -1;
    s.cards[0].platform = 'mensheviks';
    delete s.agenda;
    writeFileSync(file, JSON.stringify(s));
    const r = cli('validate', file);
    expect(r.code).toBe(2);
    const lines = r.err.trim().split('\n');
    expect(lines).toContain(`${file}: delegations.3.voting: Too small: expected number to be >=0`);
    expect(lines.some((l) => l.startsWith(`${file}: agenda: `))).toBe(true);
    expect(lines.every((l) => l.startsWith(`${file}: `))).toBe(true);
    expect(r.err).not.toMatch(/\bat .+:\d+:\d+/);
  });

  it('validate: a file that is not JSON, or missing, exits 2 with a path-level message', () => {
    const dir = mkdtempSync(join(tmpdir(), 'congress-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, '{ "id": ');
    expect(cli('validate', file)).toMatchObject({ code: 2, err: expect.stringMatching(/bad\.json: \(root\): not valid JSON/) });
    expect(cli('validate', join(dir, 'none.json'))).toMatchObject({ code: 2, err: expect.stringMatching(/none\.json: \(root\): cannot read the file \(ENOENT\)/) });
  });

  it('seats can be given AI levels, and a bad level is refused', () => {
    const r = cli('simulate', SCENARIO, '--seed', '2', '--ai', 'historical', '--seat', 'wo=hard');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/seats: wo hard, tb historical, ten historical/);
    expect(cli('simulate', SCENARIO, '--seed', '2', '--seat', 'wo=genius')).toMatchObject({ code: 2, err: expect.stringMatching(/--seat takes one of: easy, normal, hard, historical/) });
    expect(cli('simulate', SCENARIO, '--seed', '2', '--seat', 'dc=hard')).toMatchObject({ code: 2, err: expect.stringMatching(/--seat names a playable platform: wo, tb, ten/) });
  });

  it('balance prints the four measures for a small number of runs', () => {
    const r = cli('balance', SCENARIO, '--seed', '1', '--runs', '2');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Historical personas in every seat: the historical winner wins [\d.]+%/);
    expect(r.out).toMatch(/Workers' Opposition: hard AI against normal ones beats history in [\d.]+%; hard beats easy in [\d.]+%, hard beats normal in [\d.]+%; \d+ different first moves/);
  });

  it('bad arguments exit 2 with usage', () => {
    expect(cli('simulate', SCENARIO)).toMatchObject({ code: 2, err: expect.stringMatching(/--seed is required[\s\S]*usage:/) });
    expect(cli('simulate', SCENARIO, '--seed', 'x')).toMatchObject({ code: 2 });
    expect(cli('frobnicate')).toMatchObject({ code: 2, err: expect.stringMatching(/unknown command/) });
  });

  it('simulate --json: one JSON document, byte-identical across runs', () => {
    const args = ['simulate', SCENARIO, '--seed', '1921', '--runs', '3', '--json'];
    const a = execFileSync(TSX, ['game/cli/main.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
    const b = execFileSync(TSX, ['game/cli/main.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
    expect(a).toBe(b);
    const report = JSON.parse(a);
    expect(report.runs).toBe(3);
    expect(report.games.map((g: { seed: number }) => g.seed)).toEqual([1921, 1922, 1923]);
    expect(report.history).toEqual({ 'ten-motion': 336, 'tb-motion': 50, 'wo-motion': 18 });
    expect(Object.keys(report.totals)).toEqual(['trade-unions', 'party-unity', 'syndicalist-deviation', 'tax-in-kind', 'central-committee']);
    expect(report.games[0].grades).toHaveProperty('wo');
  });

  it('simulate: readable totals of the vote and the outcome', () => {
    const r = cli('simulate', SCENARIO, '--seed', '5');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/the resolution of the Ten: \d+ votes in all, [\d.]+ a game \(history: 336\)/);
    expect(r.out).toMatch(/Workers' Opposition: decisive \d+, better \d+, as history \d+, worse \d+/);
    expect(r.out).toMatch(/On Party Unity: adopted in \d+ of 1/);
  });

  it('validates and simulates the small Moscow scenario written from the guide', () => {
    const file = 'scenarios/1920-moscow-conference.json';
    expect(cli('validate', file)).toMatchObject({ code: 0, out: expect.stringMatching(/ok: "The Two-Room Conference", 378 delegates \(289 voting, 89 consultative\)/) });
    const r = cli('simulate', file, '--seed', '1', '--runs', '3');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/3 all-AI games from seed 1/);
    expect(r.out).toMatch(/\(history: 154\)/);
  });
});
