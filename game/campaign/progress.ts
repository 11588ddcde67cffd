/**
 * A campaign being played: which campaign (its whole definition, so a campaign opened from a file needs
 * nothing else), the chapter now, each finished chapter's result with what it carried into the next, and
 * each chapter's game as a saved record. A chapter is played on its scenario with what the chapter before
 * it carried in (withCarried). Replaying a chapter either keeps what came after it or discards it. Pure:
 * the host keeps the progress in the browser and in files; this module reads no clock and no storage.
 */
import '../content/zodConfig';
import { z } from 'zod';
import type { Campaign } from '../content/campaign';
import { parseCampaign } from '../content/parse';
import { readKept } from '../content/kept';
import { Id, votedItem, type Scenario } from '../content/schema';
import { outcomeOf } from '../rules/outcome';
import { GRADES, type GameState, type Grade } from '../rules/types';
import { carriedFrom, withCarried, type Carried } from './carry';

export const PROGRESS_FORMAT = 'tenth-congress-campaign';
export const PROGRESS_VERSION = 1;

/** What a finished chapter left: each playable platform's grade, the seats humans played, the rules it set off. */
export interface ChapterResult {
  grades: Record<string, Grade>;
  humans: string[];
  adopted: string | null; // the motion the voted item adopted, if any
  carried: Carried[];
}

export interface Progress {
  format: typeof PROGRESS_FORMAT;
  version: typeof PROGRESS_VERSION;
  slot: string; // this campaign's place among the browser's campaigns
  started: string; // when it began, as the host's clock gave it (ISO date), for the list of campaigns
  seed: number; // chapter i is dealt with seed + i
  campaign: Campaign;
  current: number; // the chapter being played, or chapters.length once the last has ended
  results: (ChapterResult | null)[];
  saves: (string | null)[]; // each chapter's game, as a save file's text (game/match/saveFile.ts)
  /** Chapters played on an earlier result of the chapter before them (kept when that one was replayed). */
  stale: number[];
}

const CarriedSchema = z.strictObject({
  rule: Id,
  why: z.string().max(2000),
  sources: z.array(Id).max(50),
  effects: z.array(z.unknown()).max(50),
});

const ResultSchema = z.strictObject({
  grades: z.record(z.string(), z.enum(GRADES)),
  humans: z.array(Id).max(8),
  adopted: Id.nullable(),
  carried: z.array(CarriedSchema).max(40),
});

/** A progress file's shape; its campaign is checked by the campaign schema itself (parseCampaign). */
const ProgressShape = z.strictObject({
  format: z.literal(PROGRESS_FORMAT),
  version: z.literal(PROGRESS_VERSION),
  slot: z.string().min(1).max(40),
  started: z.string().max(40),
  seed: z.number().int().min(0).max(2 ** 31 - 1),
  campaign: z.unknown(),
  current: z.number().int().min(0),
  results: z.array(ResultSchema.nullable()),
  saves: z.array(z.string().max(2_000_000).nullable()),
  stale: z.array(z.number().int().min(0)).default([]),
});

export function newProgress(campaign: Campaign, slot: string, started: string, seed: number): Progress {
  const n = campaign.chapters.length;
  return { format: PROGRESS_FORMAT, version: PROGRESS_VERSION, slot, started, seed, campaign, current: 0, results: Array(n).fill(null), saves: Array(n).fill(null), stale: [] };
}

/** Reads a progress from its text: the progress, or every problem found, each with its path. */
export function readProgress(text: string): { ok: true; progress: Progress } | { ok: false; problems: string[] } {
  const shape = readKept(text, PROGRESS_FORMAT, 'a saved campaign', ProgressShape);
  if (!shape.ok) return shape;
  const campaign = parseCampaign(shape.data.campaign);
  if (!campaign.ok) return { ok: false, problems: campaign.problems.slice(0, 8).map((p) => `campaign.${p.path}: ${p.message}`) };
  const p = { ...shape.data, campaign: campaign.campaign } as Progress;
  const n = p.campaign.chapters.length;
  const problems: string[] = [];
  if (p.results.length !== n) problems.push(`results: ${p.results.length} entries for ${n} chapters`);
  if (p.saves.length !== n) problems.push(`saves: ${p.saves.length} entries for ${n} chapters`);
  if (p.current > n) problems.push(`current: chapter ${p.current + 1} of a campaign of ${n}`);
  // a chapter is reached only through the ones before it
  for (let i = 0; i < Math.min(p.current, n); i++) if (!p.results[i]) problems.push(`results.${i}: chapter ${i + 1} is passed but has no result`);
  return problems.length ? { ok: false, problems } : { ok: true, progress: p };
}

export function encodeProgress(p: Progress): string {
  return JSON.stringify(p);
}

/** What chapter `index` begins with: the rules the chapter before it set off (none for the first). */
export function carriedInto(p: Progress, index: number): Carried[] {
  return index > 0 ? (p.results[index - 1]?.carried ?? []) : [];
}

/** The scenario chapter `index` is played on: its own, with what was carried into it. */
export function chapterScenario(p: Progress, index: number, base: Scenario): Scenario {
  const chapter = p.campaign.chapters[index];
  if (!chapter) throw new Error(`the campaign has no chapter ${index + 1}`);
  if (chapter.scenario !== base.id) throw new Error(`chapter "${chapter.id}" is played in ${chapter.scenario}, not ${base.id}`);
  return withCarried(base, carriedInto(p, index));
}

export function chapterSeed(p: Progress, index: number): number {
  return (p.seed + index) % 2 ** 31;
}

/** How chapter `index` ended, from its game's final state on the scenario it was played on. */
export function chapterResult(p: Progress, index: number, sc: Scenario, state: GameState): ChapterResult {
  if (state.phase !== 'outcome') throw new Error('the chapter has not ended');
  const grades = Object.fromEntries(outcomeOf(sc, state).seats.map((s) => [s.seat, s.grade]));
  const ballot = state.ballots.find((b) => b.item === votedItem(sc).id);
  return { grades, humans: state.seats.filter((s) => s.controller.kind === 'human').map((s) => s.id), adopted: ballot?.adopted ?? null, carried: carriedFrom(p.campaign, index, sc, state) };
}

/** Keeps the game of the chapter being played. */
export function keepGame(p: Progress, index: number, save: string): Progress {
  if (index !== p.current) return p; // a chapter that is not being played is not changed by a page left open
  const saves = [...p.saves];
  saves[index] = save;
  return { ...p, saves };
}

/**
 * Records how chapter `index` ended, and moves on to the next. A chapter finished again with the same
 * result changes nothing; with another result, the chapters after it that were kept become stale.
 */
export function finishChapter(p: Progress, index: number, result: ChapterResult): Progress {
  if (index !== p.current) return p;
  const before = p.results[index];
  const results = [...p.results];
  results[index] = result;
  const stale = p.stale.filter((i) => i !== index);
  if (before && results[index + 1] && JSON.stringify(before.carried) !== JSON.stringify(result.carried)) stale.push(index + 1);
  // after a replay that kept what came after, play resumes at the first chapter still to be played
  return { ...p, results, current: firstUnfinished(results), stale: [...new Set(stale)].sort((x, y) => x - y) };
}

function firstUnfinished(results: readonly (ChapterResult | null)[]): number {
  const i = results.findIndex((r) => r === null);
  return i === -1 ? results.length : i;
}

/**
 * Plays chapter `index` again from its start. `keepLater`: the chapters after it keep their results and
 * games (each is marked stale if the new result carries something else into it); otherwise they are
 * discarded and must be played again.
 */
export function replayChapter(p: Progress, index: number, keepLater: boolean): Progress {
  if (index < 0 || index >= p.campaign.chapters.length) throw new Error(`the campaign has no chapter ${index + 1}`);
  if (index > 0 && !p.results[index - 1]) throw new Error(`chapter ${index + 1} cannot be played before chapter ${index}`);
  // the chapter's own last result stays until it is finished again (the screen shows it as being replayed)
  const results = p.results.map((r, i) => (i <= index || keepLater ? r : null));
  const saves = p.saves.map((s, i) => (i < index || (keepLater && i > index) ? s : null));
  return { ...p, current: index, results, saves, stale: keepLater ? p.stale : p.stale.filter((i) => i < index) };
}

/** Everything carried so far, chapter by chapter: the campaign screen's "standing now". */
export function carriedSoFar(p: Progress): { chapter: number; carried: Carried[] }[] {
  return p.results.flatMap((r, i) => (r && i < p.campaign.chapters.length - 1 ? [{ chapter: i, carried: r.carried }] : []));
}

export function finished(p: Progress): boolean {
  return p.current >= p.campaign.chapters.length;
}
