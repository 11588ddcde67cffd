/**
 * The command line for scenario authors. Its logic runs in this process (run(), as main.ts calls it);
 * one test starts the real process, because what it checks is the process: the exit code and a stderr
 * without a stack trace. validate reports every problem as `file: path: message` with exit 2; simulate is
 * byte-identical for the same arguments and can save each game's record; replay folds a saved game and
 * prints the same result as the game that made it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sharesOf } from '../../game/cli/balanceThreads';
import { run, type RunOptions } from '../../game/cli/run';
import { rawScenario } from '../support/scenario';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SCENARIO = join(ROOT, 'scenarios/1921-tenth-congress.json');
const SMALL = join(ROOT, 'scenarios/1920-moscow-conference.json');

function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = run(args, (s) => out.push(s), (s) => err.push(s));
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** balance answers with a promise: its games are played on threads. The last argument may be run's options. */
async function balanceCli(...args: (string | RunOptions)[]) {
  const out: string[] = [];
  const err: string[] = [];
  const options = typeof args[args.length - 1] === 'object' ? (args.pop() as RunOptions) : {};
  const code = await run(args as string[], (s) => out.push(s), (s) => err.push(s), undefined, options);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const tmp = () => mkdtempSync(join(tmpdir(), 'congress-'));

describe('npm run cli', () => {
  it('as a process: a broken file exits 2, one `file: path: message` line a problem on stderr, no stack trace', () => {
    const file = join(tmp(), 'broken.json');
    const s = rawScenario() as any;
    s.delegations[3].voting = -1;
    s.cards[0].platform = 'mensheviks';
    delete s.agenda;
    writeFileSync(file, JSON.stringify(s));
    const r = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['game/cli/main.ts', 'validate', file], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toContain(`${file}: delegations.3.voting: Too small: expected number to be >=0`);
    expect(lines.some((l) => l.startsWith(`${file}: agenda: `))).toBe(true);
    expect(lines.every((l) => l.startsWith(`${file}: `))).toBe(true);
    expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+/);
  }, 120_000);

  it('validate: exit 0 and a one-line summary with counts', () => {
    const r = cli('validate', SCENARIO);
    expect(r.code).toBe(0);
    expect(r.out.trim().split('\n')).toHaveLength(1);
    expect(r.out).toMatch(/ok: "The Tenth Congress", 990 delegates \(694 voting, 296 consultative\) in \d+ delegations, \d+ platforms, \d+ (people|person), \d+ cards, \d+ events, \d+ glossary terms, \d+ agenda items?, \d+ sources$/m);
  });

  it('validate: a file that is not JSON, or missing, exits 2 with a path-level message', () => {
    const dir = tmp();
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

  it('balance prints the four measures for a small number of runs', async () => {
    const r = await balanceCli('balance', SCENARIO, '--seed', '1', '--runs', '2');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Historical personas in every seat: the historical winner wins [\d.]+%/);
    expect(r.out).toMatch(/Workers' Opposition: hard AI against normal ones beats history in [\d.]+%; hard beats easy in [\d.]+%, hard beats normal in [\d.]+%; \d+ different first moves/);
  }, 120_000);

  it('balance on two threads gives the report of one, byte for byte (games split by seed, joined in order)', async () => {
    const args = ['balance', SMALL, '--seed', '1', '--runs', '6', '--json'];
    const one = await balanceCli(...args, '--threads', '1');
    const two = await balanceCli(...args, '--threads', '2');
    expect(one.code).toBe(0);
    expect(two).toEqual(one);
    expect(JSON.parse(two.out)).toMatchObject({ scenario: '1920-moscow-conference', seed: 1, runs: 6 });
  }, 120_000);

  it('the shares of a threaded run are consecutive, as even as can be, and never empty', () => {
    expect(sharesOf(8000 / 8, 2)).toEqual([{ from: 0, to: 500 }, { from: 500, to: 1000 }]);
    expect(sharesOf(7, 3)).toEqual([{ from: 0, to: 2 }, { from: 2, to: 4 }, { from: 4, to: 7 }]);
    expect(sharesOf(2, 8)).toEqual([{ from: 0, to: 1 }, { from: 1, to: 2 }]);
  });

  it('balance on a campaign balances each chapter on its own scenario, a section (or a JSON entry) a chapter', async () => {
    const campaign = join(ROOT, 'tests/fixtures/two-chapters.campaign.json');
    const json = await balanceCli('balance', campaign, '--seed', '3', '--runs', '1', '--json', '--threads', '2');
    expect(json.code).toBe(0);
    const chapters = JSON.parse(json.out);
    expect(chapters.map((c: { chapter: string; scenario: string }) => [c.chapter, c.scenario])).toEqual([['moscow', '1920-moscow-conference'], ['congress', '1921-tenth-congress']]);
    // each chapter as written: the same report as balance on its scenario alone
    const alone = await balanceCli('balance', SMALL, '--seed', '3', '--runs', '1', '--json', '--threads', '1');
    const { chapter, title, ...first } = chapters[0];
    expect([chapter, typeof title]).toEqual(['moscow', 'string']);
    expect(first).toEqual(JSON.parse(alone.out));
    const text = await balanceCli('balance', campaign, '--seed', '3', '--runs', '1', '--threads', '1');
    expect(text.out).toMatch(/^Chapter 1 of 2, ".+" \(1920-moscow-conference\):\nBalance of /);
    expect(text.out).toMatch(/\n\nChapter 2 of 2, ".+" \(1921-tenth-congress\):\nBalance of /);
  }, 120_000);

  it('a balance thread that fails, or stops without a word, ends the run with exit 1 and a message, never a wait', async () => {
    const args = ['balance', SMALL, '--seed', '1', '--runs', '4', '--threads', '2'];
    for (const [fixture, message] of [
      ['failing-balance-worker.ts', /^error: balance thread [12] of 2 \(seeds \d+ to \d+\) failed: this thread was told to fail$/],
      ['vanishing-balance-worker.ts', /^error: balance thread [12] of 2 \(seeds \d+ to \d+\) failed: the thread stopped \(exit code 3\) before its games were done$/],
    ] as const) {
      const r = await balanceCli(...args, { balanceWorker: new URL(`../fixtures/${fixture}`, import.meta.url) });
      expect(r).toMatchObject({ code: 1, out: '' });
      expect(r.err).toMatch(message);
    }
  }, 120_000);

  it('bad arguments exit 2 with usage', () => {
    expect(cli('simulate', SCENARIO)).toMatchObject({ code: 2, err: expect.stringMatching(/--seed is required[\s\S]*usage:/) });
    expect(cli('simulate', SCENARIO, '--seed', 'x')).toMatchObject({ code: 2 });
    expect(cli('frobnicate')).toMatchObject({ code: 2, err: expect.stringMatching(/unknown command/) });
    expect(cli('replay')).toMatchObject({ code: 2, err: expect.stringMatching(/name a saved game/) });
  });

  it('simulate --json: one JSON document, byte-identical across runs', () => {
    const args = ['simulate', SCENARIO, '--seed', '1921', '--runs', '3', '--json'];
    const a = cli(...args).out;
    expect(cli(...args).out).toBe(a);
    const report = JSON.parse(a);
    expect(report.runs).toBe(3);
    expect(report.games.map((g: { seed: number }) => g.seed)).toEqual([1921, 1922, 1923]);
    expect(report.history).toEqual({ 'ten-motion': 336, 'tb-motion': 50, 'wo-motion': 18 });
    expect(Object.keys(report.totals)).toEqual(['trade-unions', 'party-unity', 'syndicalist-deviation', 'tax-in-kind', 'central-committee']);
    expect(report.games[0].grades).toHaveProperty('wo');
  }, 120_000);

  it('simulate: readable totals of the vote and the outcome', () => {
    const r = cli('simulate', SCENARIO, '--seed', '5');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/the resolution of the Ten: \d+ votes in all, [\d.]+ a game \(history: 336\)/);
    expect(r.out).toMatch(/Workers' Opposition: decisive \d+, better \d+, as history \d+, worse \d+/);
    expect(r.out).toMatch(/On Party Unity: adopted in \d+ of 1/);
  });

  it("simulate --save writes each game's record, and replay prints the same result as the game that made it", () => {
    const dir = tmp();
    const sim = cli('simulate', SCENARIO, '--seed', '40', '--runs', '2', '--save', dir, '--json');
    expect(sim.code).toBe(0);
    const games = JSON.parse(sim.out).games;
    const files = readdirSync(dir).sort();
    expect(files).toHaveLength(2);
    expect(files.every((f) => /^1921-tenth-congress-seed-4[01]-outcome-\d+\.json$/.test(f))).toBe(true);
    for (const [i, f] of files.entries()) {
      const save = readFileSync(join(dir, f), 'utf8');
      expect(save.length).toBeLessThan(20_000);
      expect(JSON.parse(save)).toMatchObject({ format: 'tenth-congress-match', scenarioId: '1921-tenth-congress', seed: 40 + i });
      const replayed = cli('replay', join(dir, f), '--json');
      expect(replayed.code).toBe(0);
      expect(JSON.parse(replayed.out)).toEqual(games[i]);
    }
    const text = cli('replay', join(dir, files[0]!));
    expect(text.out).toMatch(/1 all-AI game from seed 40; seats: wo normal, tb normal, ten normal/);
  }, 120_000);

  it('replay refuses a save whose command was edited, naming the command and the rule', () => {
    const dir = tmp();
    cli('simulate', SMALL, '--seed', '3', '--save', dir);
    const [file] = readdirSync(dir);
    const save = JSON.parse(readFileSync(join(dir, file!), 'utf8'));
    save.commands[0].command.delegation = 'atlantis';
    writeFileSync(join(dir, 'edited.json'), JSON.stringify(save));
    const r = cli('replay', join(dir, 'edited.json'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/edited\.json: Command 1 \(.*organise in atlantis\) is refused: there is no delegation "atlantis"/);
  });

  it('validates and simulates the small Moscow scenario written from the guide', () => {
    expect(cli('validate', SMALL)).toMatchObject({ code: 0, out: expect.stringMatching(/ok: "The Two-Room Conference", 378 delegates \(289 voting, 89 consultative\)/) });
    const r = cli('simulate', SMALL, '--seed', '1', '--runs', '3');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/3 all-AI games from seed 1/);
    expect(r.out).toMatch(/\(history: 154\)/);
  });
});
