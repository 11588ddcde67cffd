/**
 * The command line's logic, separate from process handling so tests can call it: validate, simulate,
 * balance and replay (see USAGE). Flags are read strictly (flags.ts); seeds and runs have stated ranges;
 * long runs report their progress. Balance plays on every core unless told otherwise (balanceThreads.ts),
 * and on a campaign balances each chapter's scenario in turn. Exit 0 on success; 2 on a bad file or bad
 * arguments, with every problem on its own line and no stack trace; 1 when a run fails (a balance thread
 * that stops, say), with its message.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { formatProblems } from '../content/parse';
import { checkChapters, type Campaign } from '../content/campaign';
import { isCampaign, parseCampaignBytes, parseScenarioBytes } from '../content/parseText';
import type { Scenario } from '../content/schema';
import { contentHash } from '../match/hash';
import type { Match } from '../match/match';
import { encodeSave, openSave, saveFileName } from '../match/saveFile';
import { SEED_MAX } from '../match/seed';
import { AI_LEVELS, type AiLevel } from '../rules/types';
import { UsageError, readFlags, wholeNumber, type FlagKind } from './flags';
import { balance, balanceSettings, formatBalance, type BalanceReport } from './balance';
import { balanceInThreads } from './balanceThreads';
import { formatReport, reportOf, simulate, summarise as summariseGame } from './simulate';

/** The most games one command plays: about an hour of simulate on a school server; balance plays 8 settings. */
export const MAX_RUNS = 100_000;
/** The most threads balance starts. */
export const MAX_THREADS = 256;

const USAGE = `usage:
  npm run cli -- validate <scenario.json | campaign.json>
  npm run cli -- simulate <scenario.json> --seed N [--runs N] [--ai LEVEL] [--seat PLATFORM=LEVEL ...] [--json]
  npm run cli -- simulate <scenario.json> --seed N [--runs N] --save DIR     (also writes each game's record)
  npm run cli -- balance <scenario.json | campaign.json> --seed N [--runs N] [--threads N] [--json]
  npm run cli -- replay <save.json> [--scenario <scenario.json>] [--json]
LEVEL is one of: ${AI_LEVELS.join(', ')} (default normal)
N for --seed is a whole number from 0 to ${SEED_MAX}; --runs from 1 to ${MAX_RUNS.toLocaleString('en-GB')}; --threads from 1 to ${MAX_THREADS} (default: every core)`;

/** Runs from which progress is reported as the games go. */
const PROGRESS_FROM = 100;

const FLAGS: Record<string, Record<string, FlagKind>> = {
  validate: {},
  simulate: { '--seed': 'value', '--runs': 'value', '--ai': 'value', '--seat': 'repeat', '--json': 'switch', '--save': 'value' },
  balance: { '--seed': 'value', '--runs': 'value', '--threads': 'value', '--json': 'switch' },
  replay: { '--scenario': 'value', '--json': 'switch' },
};

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

/**
 * A campaign file checked: on its own, then each chapter's scenario (found by its id beside the campaign,
 * else in scenarios/) and every id its rules name. The campaign and its scenarios, or every problem with
 * its path.
 */
function openCampaign(file: string, bytes: Uint8Array): { campaign: Campaign; scenarios: Map<string, Scenario> } | { problems: string[] } {
  const parsed = parseCampaignBytes(bytes);
  if (!parsed.ok) return { problems: formatProblems(file, parsed.problems) };
  const campaign: Campaign = parsed.campaign;
  const scenarios = new Map<string, Scenario>();
  const problems: string[] = [];
  for (const id of new Set(campaign.chapters.map((ch) => ch.scenario))) {
    const found = [join(dirname(file), `${id}.json`), join(SCENARIOS, `${id}.json`)].find((f) => existsSync(f));
    if (!found) continue;
    const { scenario, problems: bad } = load(found);
    if (scenario && scenario.id === id) scenarios.set(id, scenario);
    else if (scenario) problems.push(`${file}: ${found}: the file's id is "${scenario.id}", not "${id}"`);
    else problems.push(...bad);
  }
  problems.push(...formatProblems(file, checkChapters(campaign, scenarios)));
  return problems.length ? { problems } : { campaign, scenarios };
}

/** `validate` on a campaign: see openCampaign. */
function validateCampaign(file: string, bytes: Uint8Array, out: (s: string) => void, err: (s: string) => void): number {
  const opened = openCampaign(file, bytes);
  if ('problems' in opened) {
    opened.problems.forEach(err);
    return 2;
  }
  const { campaign } = opened;
  const rules = campaign.chapters.reduce((n, ch) => n + ch.carry.length, 0);
  out(`${file}: ok: campaign "${campaign.title}", ${campaign.chapters.length} chapter${campaign.chapters.length === 1 ? '' : 's'} (${campaign.chapters.map((ch) => ch.scenario).join(', ')}), ${rules} carry-over rule${rules === 1 ? '' : 's'}`);
  return 0;
}

/**
 * `replay`: folds a saved game through the rules and prints what it decided, as simulate prints a game.
 * The scenario is the save's own (scenarios/<id>.json beside the command line) unless --scenario names one.
 */
function replay(file: string | undefined, flags: Map<string, string[]>, out: (s: string) => void, err: (s: string) => void): number {
  if (!file) throw new UsageError('name a saved game');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    err(`${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    return 2;
  }
  const idMatch = /"scenarioId"\s*:\s*"([a-z0-9-]+)"/.exec(text);
  const scenarioFile = flags.get('--scenario')?.[0] ?? (idMatch ? join(SCENARIOS, `${idMatch[1]}.json`) : undefined);
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
  if (flags.has('--json')) out(JSON.stringify(summary, null, 2));
  else {
    const seats = Object.fromEntries(match.state.seats.map((s) => [s.id, s.controller.kind === 'ai' ? s.controller.level : ('human' as const)]));
    out(formatReport(scenario, reportOf(scenario, match.record.seed, seats, [summary])));
  }
  return 0;
}

/** Seat levels from `--ai LEVEL` (every seat) and `--seat PLATFORM=LEVEL` (one seat, repeatable, once a seat). */
function levelsOf(sc: Scenario, flags: Map<string, string[]>): Record<string, AiLevel> {
  const levels: Record<string, AiLevel> = {};
  const seats = sc.platforms.filter((p) => p.playable).map((p) => p.id);
  const level = (value: string | undefined, flag: string): AiLevel => {
    if (!value || !(AI_LEVELS as readonly string[]).includes(value)) throw new UsageError(`${flag} takes one of: ${AI_LEVELS.join(', ')}`);
    return value as AiLevel;
  };
  const all = flags.get('--ai')?.[0];
  if (all !== undefined) for (const s of seats) levels[s] = level(all, '--ai');
  const named = new Set<string>();
  for (const value of flags.get('--seat') ?? []) {
    const [seat, lv] = value.split('=');
    if (!seat || !seats.includes(seat)) throw new UsageError(`--seat names a playable platform: ${seats.join(', ')}`);
    if (named.has(seat)) throw new UsageError(`--seat ${seat} is given twice: give each seat once`);
    named.add(seat);
    levels[seat] = level(lv, '--seat');
  }
  return levels;
}

/** Reports every tenth of a long run, so nobody waits on a silent command. */
function progressOf(report: (s: string) => void, what: string, total: number): () => void {
  let done = 0;
  return () => {
    done++;
    if (total >= PROGRESS_FROM && (done % Math.ceil(total / 10) === 0 || done === total)) report(`${what}: ${done.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} games`);
  };
}

/** What balance is run on: a scenario, or each chapter of a campaign with its scenario. */
type BalanceTarget = { scenario: Scenario; chapter?: { id: string; title: string; number: number; of: number } };

/** The scenario, or each chapter of the campaign, that `file` holds; or every problem with it. */
function balanceTargets(file: string): { targets: BalanceTarget[] } | { problems: string[] } {
  let bytes: Uint8Array | null = null;
  try {
    bytes = readFileSync(file);
  } catch {
    // load() below says why the file cannot be read
  }
  if (bytes && isCampaign(bytes)) {
    const opened = openCampaign(file, bytes);
    if ('problems' in opened) return opened;
    const { chapters } = opened.campaign;
    return { targets: chapters.map((ch, i) => ({ scenario: opened.scenarios.get(ch.scenario)!, chapter: { id: ch.id, title: ch.title, number: i + 1, of: chapters.length } })) };
  }
  const { scenario, problems } = load(file);
  return scenario ? { targets: [{ scenario }] } : { problems };
}

/**
 * `balance`: on a scenario, its report; on a campaign, one for each chapter's scenario as written (no
 * carry-over from the chapter before), in order: a section a chapter, or in --json an array.
 */
async function balanceCommand(file: string, flags: Map<string, string[]>, out: (s: string) => void, err: (s: string) => void, progress: (s: string) => void, options: RunOptions): Promise<number> {
  const seed = wholeNumber(flags, '--seed', 0, SEED_MAX);
  const runs = wholeNumber(flags, '--runs', 1, MAX_RUNS, 100);
  const threads = wholeNumber(flags, '--threads', 1, MAX_THREADS, availableParallelism());
  const found = balanceTargets(file);
  if ('problems' in found) {
    found.problems.forEach(err);
    return 2;
  }
  const reports: { target: BalanceTarget; report: BalanceReport }[] = [];
  for (const target of found.targets) {
    const { scenario, chapter } = target;
    const tick = progressOf(progress, chapter ? `balance of chapter ${chapter.number} of ${chapter.of}` : 'balance', runs * balanceSettings(scenario));
    const report = threads === 1 ? balance(scenario, seed, runs, tick) : await balanceInThreads(scenario, seed, runs, threads, tick, options.balanceWorker);
    reports.push({ target, report });
  }
  const campaign = found.targets.some((t) => t.chapter);
  if (flags.has('--json')) {
    const json = campaign ? reports.map(({ target, report }) => ({ chapter: target.chapter!.id, title: target.chapter!.title, ...report })) : reports[0]!.report;
    out(JSON.stringify(json, null, 2));
  } else {
    const section = ({ target, report }: (typeof reports)[number]) => {
      const text = formatBalance(target.scenario, report);
      return target.chapter ? `Chapter ${target.chapter.number} of ${target.chapter.of}, "${target.chapter.title}" (${target.scenario.id}):\n${text}` : text;
    };
    out(reports.map(section).join('\n\n'));
  }
  return 0;
}

/** For the tests: the module each balance thread runs (one that fails, to see the failure reported). */
export interface RunOptions {
  balanceWorker?: URL;
}

/**
 * Runs a command and gives its exit code; `progress` hears how a long run goes (the process gives it
 * stderr). Balance answers with a promise (its games are played on threads); every other command at once.
 */
export function run(argv: string[], out: (s: string) => void, err: (s: string) => void, progress: (s: string) => void = () => undefined, options: RunOptions = {}): number | Promise<number> {
  const [command, file, ...rest] = argv;
  const failed = (error: unknown): number => {
    if (error instanceof UsageError) {
      err(`${error.message}\n${USAGE}`);
      return 2;
    }
    err(`error: ${(error as Error).message}`);
    return 1;
  };
  try {
    if (!command) throw new UsageError('name a command');
    if (!Object.hasOwn(FLAGS, command)) throw new UsageError(`unknown command "${command}"`);
    if (file === undefined || file.startsWith('--')) throw new UsageError(command === 'replay' ? 'name a saved game' : 'name a scenario file');
    const flags = readFlags(command, rest, FLAGS[command]!);
    if (command === 'validate') {
      let bytes: Uint8Array | null = null;
      try {
        bytes = readFileSync(file);
      } catch {
        // load() below says why the file cannot be read
      }
      if (bytes && isCampaign(bytes)) return validateCampaign(file, bytes, out, err);
      const { scenario, problems } = load(file);
      if (!scenario) {
        problems.forEach(err);
        return 2;
      }
      out(`${file}: ok: ${summarise(scenario)}`);
      return 0;
    }
    if (command === 'balance') return balanceCommand(file, flags, out, err, progress, options).catch(failed);
    if (command === 'simulate') {
      const seed = wholeNumber(flags, '--seed', 0, SEED_MAX);
      const runs = wholeNumber(flags, '--runs', 1, MAX_RUNS, 1);
      const { scenario, problems } = load(file);
      if (!scenario) {
        problems.forEach(err);
        return 2;
      }
      const levels = levelsOf(scenario, flags);
      const dir = flags.get('--save')?.[0];
      if (dir) mkdirSync(dir, { recursive: true });
      const tick = progressOf(progress, 'simulate', runs);
      const onGame = (m: Match) => {
        if (dir) writeFileSync(join(dir, saveFileName(m)), encodeSave(m));
        tick();
      };
      const report = simulate(scenario, seed, runs, levels, onGame);
      out(flags.has('--json') ? JSON.stringify(report, null, 2) : formatReport(scenario, report));
      return 0;
    }
    return replay(file, flags, out, err);
  } catch (error) {
    return failed(error);
  }
}
