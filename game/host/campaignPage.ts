/**
 * A page that plays a chapter of a campaign (`?campaign=<slot>`): it reads the campaign this browser
 * keeps, loads every chapter's scenario (for the timeline), and plays the chapter now on its scenario with
 * what the chapter before carried in. The chapter's game is kept inside the campaign after every command;
 * when the chapter ends, its result and what it carries over are recorded at once. The campaign screen
 * (the title of this page) and the hall read the CampaignView this builds.
 */
import { loadBundledScenario } from '../content/catalog';
import type { Scenario } from '../content/schema';
import { carriedInto, chapterResult, chapterScenario, chapterSeed, finished, finishChapter, keepGame, replayChapter, type Progress } from '../campaign/progress';
import type { Carried } from '../campaign/carry';
import { campaignEpilogue, effectText, gradesText } from '../words/campaign';
import type { CampaignView, CarriedView, SessionActor } from '../view/ViewContext';
import type { CampaignStore } from './campaigns';
import type { GameKeeper } from './saves';
import { encodeSave } from '../match/saveFile';

export type CampaignPageLoad =
  | { ok: true; scenario: Scenario; index: number; seed: number; view: () => CampaignView; keeper: GameKeeper; connect(actor: SessionActor, onFailure: (message: string | null) => void): void }
  | { ok: false; title: string; details: string[] };

function describe(p: Progress, scenarios: readonly Scenario[], from: number, c: Carried): CarriedView {
  const next = scenarios[from + 1]!;
  const sources = c.sources.map((id) => {
    const s = p.campaign.sources.find((x) => x.id === id);
    return s ? `${s.author}, ${s.title} (${s.date}), ${s.where}` : id;
  });
  const rule = p.campaign.chapters[from]?.carry.find((r) => r.id === c.rule);
  return { why: c.why, effects: c.effects.map((e) => effectText(next, e)), sources, confidence: rule?.confidence ?? null, from: p.campaign.chapters[from]!.title };
}

export async function loadCampaignPage(store: CampaignStore, slot: string, go: (query: string) => void): Promise<CampaignPageLoad> {
  const read = store.read(slot);
  if (!read.ok) return { ok: false, title: 'This campaign cannot be opened', details: read.problems };
  let progress = read.progress;
  const loaded = await Promise.all(progress.campaign.chapters.map((ch) => loadBundledScenario(ch.scenario)));
  const missing = loaded.flatMap((l, i) => (l.ok ? [] : [`Chapter ${i + 1} ("${progress.campaign.chapters[i]!.title}") is played in ${l.file}: ${l.unreachable ?? l.problems.map((x) => `${x.path}: ${x.message}`).join('; ')}`]));
  if (missing.length) return { ok: false, title: 'A chapter of this campaign cannot be loaded', details: missing };
  const scenarios = loaded.map((l) => (l as Extract<typeof l, { ok: true }>).scenario);
  const index = Math.min(progress.current, scenarios.length - 1);
  const scenario = chapterScenario(progress, index, scenarios[index]!);
  const write = (next: Progress) => {
    progress = next;
    return store.write(next);
  };
  let failed: ((message: string | null) => void) | null = null;
  const saved = (ok: boolean) => failed?.(ok ? null : 'This browser could not keep the campaign (its storage is full or blocked): save it to a file to keep it.');
  const keeper: GameKeeper = {
    read: () => progress.saves[index] ?? null,
    write: (text) => {
      if (!write(keepGame(progress, index, text))) throw new Error('the campaign could not be kept');
    },
  };
  const view = (): CampaignView => ({
    slot,
    title: progress.campaign.title,
    summary: progress.campaign.summary,
    index,
    finished: finished(progress),
    chapters: progress.campaign.chapters.map((ch, i) => {
      const r = progress.results[i];
      return {
        title: ch.title,
        summary: ch.summary,
        dates: scenarios[i]!.dates,
        scenarioTitle: scenarios[i]!.title,
        status: i === progress.current ? 'playing' : r ? 'played' : 'to come',
        grades: r ? gradesText(scenarios[i]!, r.grades, r.humans) : null,
        stale: progress.stale.includes(i),
        carried: r && i < scenarios.length - 1 ? r.carried.map((c) => describe(progress, scenarios, i, c)) : [],
      };
    }),
    carriedIn: carriedInto(progress, index).map((c) => describe(progress, scenarios, index - 1, c)),
    epilogue: finished(progress) ? campaignEpilogue(progress, scenarios) : null,
    goOn: () => go(`campaign=${encodeURIComponent(slot)}`),
    replay: (i, keepLater) => {
      saved(write(replayChapter(progress, i, keepLater)));
      go(`campaign=${encodeURIComponent(slot)}`);
    },
    download: () => store.download(progress),
    leave: () => go(''),
  });
  return {
    ok: true,
    scenario,
    index,
    seed: chapterSeed(progress, index),
    view,
    keeper,
    connect(actor, onFailure) {
      failed = onFailure;
      // the chapter's end is recorded once, when its game first reaches the result
      let recorded: unknown = null;
      const check = () => {
        const match = actor.getSnapshot().context.match;
        if (!match || match.state.phase !== 'outcome' || match === recorded || progress.current !== index) return;
        recorded = match;
        const done = keepGame(progress, index, encodeSave(match));
        saved(write(finishChapter(done, index, chapterResult(done, index, scenario, match.state))));
      };
      actor.subscribe({ next: check, error: () => undefined });
      check();
    },
  };
}
