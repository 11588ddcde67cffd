/**
 * The scenarios bundled with the game (every scenarios/*.json but the schemas, the campaigns and the
 * teachers' guides), the campaigns (scenarios/*.campaign.json) and the teachers' guides
 * (scenarios/<scenario>.guide.json), each fetched only when asked for, so the first download stays
 * small. A broken file becomes a list of problems for the error screen, a download that fails says so,
 * never a crash.
 */
import type { Campaign } from './campaign';
import { parseCampaign, parseScenario, type Problem } from './parse';
import type { Scenario } from './schema';

const files = import.meta.glob<unknown>(['/scenarios/*.json', '!/scenarios/*.schema.json', '!/scenarios/*.campaign.json', '!/scenarios/*.guide.json'], { import: 'default' });

const guideFiles = import.meta.glob<unknown>('/scenarios/*.guide.json', { import: 'default' });

const campaignFiles = import.meta.glob<unknown>('/scenarios/*.campaign.json', { import: 'default' });

export const DEFAULT_SCENARIO = '1921-tenth-congress';

/** A scenario, or what is wrong with its file, or (`unreachable`) that the file never arrived. */
export type Loaded = { ok: true; scenario: Scenario } | { ok: false; file: string; problems: Problem[]; unreachable?: string };

export function scenarioIds(): string[] {
  return Object.keys(files).map((path) => path.replace(/^.*\//, '').replace(/\.json$/, ''));
}

/** Id, title and dates of every bundled scenario that parses, for the scenario picker. */
export async function scenarioList(): Promise<{ id: string; title: string; dates: string }[]> {
  const loaded = await Promise.all(scenarioIds().map(async (id) => ({ id, loaded: await loadBundledScenario(id) })));
  return loaded.flatMap(({ id, loaded: l }) => (l.ok ? [{ id, title: l.scenario.title, dates: l.scenario.dates }] : []));
}

export async function loadBundledScenario(id: string): Promise<Loaded> {
  const got = await fetchBundled(files, `scenarios/${id}.json`, () => `no such scenario; the game has: ${scenarioIds().join(', ')}`);
  if (!got.ok) return got;
  const parsed = parseScenario(got.raw);
  return parsed.ok ? parsed : { ok: false, file: got.file, problems: parsed.problems };
}

/** The teacher's guide of a bundled scenario, as raw JSON (classroom/guide.ts reads it), or null when it has none or it did not arrive. */
export async function loadBundledGuide(id: string): Promise<{ ok: true; raw: unknown } | { ok: false; missing: boolean; problem: string }> {
  const got = await fetchBundled(guideFiles, `scenarios/${id}.guide.json`, () => `the scenario "${id}" has no teacher's guide`);
  if (got.ok) return { ok: true, raw: got.raw };
  return { ok: false, missing: got.unreachable === undefined, problem: got.unreachable ?? got.problems[0]!.message };
}

/** A bundled file's JSON, or that there is no such file, or (`unreachable`) that it never arrived. */
async function fetchBundled(from: Record<string, () => Promise<unknown>>, file: string, none: () => string): Promise<{ ok: true; file: string; raw: unknown } | { ok: false; file: string; problems: Problem[]; unreachable?: string }> {
  const load = from[`/${file}`];
  if (!load) return { ok: false, file, problems: [{ path: '(root)', message: none() }] };
  try {
    return { ok: true, file, raw: await load() };
  } catch (error) {
    // the network or the server, not the file: say so, and let the player try again
    return { ok: false, file, problems: [], unreachable: (error as Error).message };
  }
}

export type LoadedCampaign = { ok: true; campaign: Campaign } | { ok: false; file: string; problems: Problem[]; unreachable?: string };

export function campaignIds(): string[] {
  return Object.keys(campaignFiles).map((path) => path.replace(/^.*\//, '').replace(/\.campaign\.json$/, ''));
}

export async function loadBundledCampaign(id: string): Promise<LoadedCampaign> {
  const got = await fetchBundled(campaignFiles, `scenarios/${id}.campaign.json`, () => `no such campaign; the game has: ${campaignIds().join(', ')}`);
  if (!got.ok) return got;
  const parsed = parseCampaign(got.raw);
  return parsed.ok ? parsed : { ok: false, file: got.file, problems: parsed.problems };
}

/** Id, title and summary of every bundled campaign that parses, for the title screen. */
export async function campaignList(): Promise<{ id: string; title: string; summary: string; chapters: number }[]> {
  const loaded = await Promise.all(campaignIds().map(async (id) => ({ id, loaded: await loadBundledCampaign(id) })));
  return loaded.flatMap(({ id, loaded: l }) => (l.ok ? [{ id, title: l.campaign.title, summary: l.campaign.summary, chapters: l.campaign.chapters.length }] : []));
}
