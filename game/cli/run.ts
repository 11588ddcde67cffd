/**
 * The command line's logic, separate from process handling so tests can call it. Command line for scenario authors: `npm run cli -- validate <file>` and
 * `npm run cli -- simulate <file> --seed N [--runs N] [--json]`.
 * Exit 0 on success; 2 on a bad file or bad arguments, with every problem on its own line and no stack trace.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { formatProblems } from '../content/parse';
import { parseScenarioBytes } from '../content/parseText';
import type { Scenario } from '../content/schema';
import { contentHash } from '../match/hash';
import type { Match } from '../match/match';
import { encodeSave, openSave, saveFileName } from '../match/saveFile';
import { AI_LEVELS, type AiLevel } from '../rules/types';
import { balance, formatBalance } from './balance';
import { formatReport, reportOf, simulate, summarise as summariseGame } from './simulate';

const USAGE = `usage:
  npm run cli -- validate <scenario.json>
  npm run cli -- simulate <scenario.json> --seed N [--runs N] [--ai LEVEL] [--seat PLATFORM=LEVEL ...] [--json]
  npm run cli -- simulate <scenario.json> --seed N [--runs N] --save DIR     (also writes each game's record)
  npm run cli -- balance <scenario.json> --seed N [--runs N] [--json]
  npm run cli -- replay <save.json> [--scenario <scenario.json>] [--json]
LEVEL is one of: ${AI_LEVELS.join(', ')} (default normal)`;

class UsageError extends Error {}

const SCENARIOS = join(dirname(new URL(import.meta.url).pathname), '../../scenarios');

/** One line of counts, so an author sees at a glance what the file holds. */
export function summarise(sc: Scenario): string {
  const voting = sc.delegations.reduce((n, d) => n + d.voting, 0);
  const consultative = sc.delegations.reduce((n, d) => n + d.consultative, 0);
  const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  return (
    `"${sc.title}", ${voting + consultative} delegates (${voting} voting, ${consultative} consultative) in ${n(sc.delegations.length, 'delegation')}, ` +
    `${n(sc.platforms.length, 'platform')}, ${n(sc.people.length, 'person').replace('persons', 'people')}, ${n(sc.cards.length, 'card')}, ` +
    `${n(sc.events.length, 'event')}, ${n(sc.glossary.length, 'glossary term')}, ${n(sc.agenda.length, 'agenda item')}, ${n(sc.sources.length, 'source')}`
  );
}

function load(file: string | undefined): { scenario?: Scenario; problems: string[] } {
  if (!file) throw new UsageError('name a scenario file');
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return { problems: [`${file}: (root): cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`] };
  }
  const parsed = parseScenarioBytes(bytes);
  return parsed.ok ? { scenario: parsed.scenario, problems: [] } : { problems: formatProblems(file, parsed.problems) };
}

function stringOption(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) throw new UsageError(`${name} takes a value`);
  return value;
}

/**
 * `replay`: folds a saved game through the rules and prints what it decided, as simulate prints a game.
 * The scenario is the save's own (scenarios/<id>.json beside the command line) unless --scenario names one.
 */
function replay(file: string | undefined, rest: string[], out: (s: string) => void, err: (s: string) => void): number {
  if (!file) throw new UsageError('name a saved game');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    err(`${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    return 2;
  }
  const idMatch = /"scenarioId"\s*:\s*"([a-z0-9-]+)"/.exec(text);
  const scenarioFile = stringOption(rest, '--scenario') ?? (idMatch ? join(SCENARIOS, `${idMatch[1]}.json`) : undefined);
  if (!scenarioFile || !existsSync(scenarioFile)) {
    err(`${file}: the scenario of this save was not found${scenarioFile ? ` (${scenarioFile})` : ''}; name it with --scenario`);
    return 2;
  }
  const { scenario, problems } = load(scenarioFile);
  if (!scenario) {
    problems.forEach(err);
    return 2;
  }
  const opened = openSave(text, scenario, contentHash(scenario));
  if (!opened.ok) {
    err(`${file}: ${opened.problem.title}`);
    for (const d of opened.problem.details) err(`${file}: ${d}`);
    return 2;
  }
  const match = opened.match;
  if (match.state.phase !== 'outcome') {
    out(`${file}: an unfinished game of ${scenario.title}, seed ${match.record.seed}: ${match.record.commands.length} commands, stopped at "${match.state.phase}"; no result yet.`);
    return 0;
  }
  const summary = summariseGame(scenario, match);
  if (rest.includes('--json')) out(JSON.stringify(summary, null, 2));
  else {
    const seats = Object.fromEntries(match.state.seats.map((s) => [s.id, s.controller.kind === 'ai' ? s.controller.level : ('human' as const)]));
    out(formatReport(scenario, reportOf(scenario, match.record.seed, seats, [summary])));
  }
  return 0;
}

function intOption(args: string[], name: string, fallback?: number): number {
  const i = args.indexOf(name);
  if (i < 0) {
    if (fallback === undefined) throw new UsageError(`${name} is required`);
    return fallback;
  }
  const value = args[i + 1];
  if (value === undefined || !/^-?\d+$/.test(value)) throw new UsageError(`${name} takes a whole number`);
  return Number(value);
}

/** Seat levels from `--ai LEVEL` (every seat) and `--seat PLATFORM=LEVEL` (one seat, repeatable). */
function levelsOf(sc: Scenario, args: string[]): Record<string, AiLevel> {
  const levels: Record<string, AiLevel> = {};
  const seats = sc.platforms.filter((p) => p.playable).map((p) => p.id);
  const level = (value: string | undefined, flag: string): AiLevel => {
    if (!value || !(AI_LEVELS as readonly string[]).includes(value)) throw new UsageError(`${flag} takes one of: ${AI_LEVELS.join(', ')}`);
    return value as AiLevel;
  };
  args.forEach((arg, i) => {
    if (arg === '--ai') for (const s of seats) levels[s] = level(args[i + 1], '--ai');
  });
  args.forEach((arg, i) => {
    if (arg !== '--seat') return;
    const [seat, value] = (args[i + 1] ?? '').split('=');
    if (!seat || !seats.includes(seat)) throw new UsageError(`--seat names a playable platform: ${seats.join(', ')}`);
    levels[seat] = level(value, '--seat');
  });
  return levels;
}

export function run(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  const [command, file, ...rest] = argv;
  try {
    if (command === 'validate') {
      const { scenario, problems } = load(file);
      if (!scenario) {
        problems.forEach(err);
        return 2;
      }
      out(`${file}: ok: ${summarise(scenario)}`);
      return 0;
    }
    if (command === 'simulate' || command === 'balance') {
      const { scenario, problems } = load(file);
      const seed = intOption(rest, '--seed');
      const runs = intOption(rest, '--runs', command === 'simulate' ? 1 : 100);
      if (runs < 1) throw new UsageError('--runs must be at least 1');
      if (!scenario) {
        problems.forEach(err);
        return 2;
      }
      const json = rest.includes('--json');
      if (command === 'simulate') {
        const dir = stringOption(rest, '--save');
        if (dir) mkdirSync(dir, { recursive: true });
        const save = dir ? (m: Match) => writeFileSync(join(dir, saveFileName(m)), encodeSave(m)) : undefined;
        const report = simulate(scenario, seed, runs, levelsOf(scenario, rest), save);
        out(json ? JSON.stringify(report, null, 2) : formatReport(scenario, report));
      } else {
        const report = balance(scenario, seed, runs);
        out(json ? JSON.stringify(report, null, 2) : formatBalance(scenario, report));
      }
      return 0;
    }
    if (command === 'replay') return replay(file, rest, out, err);
    throw new UsageError(command ? `unknown command "${command}"` : 'name a command');
  } catch (error) {
    if (error instanceof UsageError) {
      err(`${error.message}\n${USAGE}`);
      return 2;
    }
    err(`error: ${(error as Error).message}`);
    return 1;
  }
}
