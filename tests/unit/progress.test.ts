/**
 * A campaign being played (issue 13): a finished chapter's result carries into the next chapter's
 * scenario, replaying a chapter keeps or discards what came after, and a saved campaign is read back
 * exactly or refused with what is wrong.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCampaign } from '../../game/content/parse';
import { carriedInto, carriedSoFar, chapterResult, chapterScenario, encodeProgress, finishChapter, finished, keepGame, newProgress, readProgress, replayChapter, type ChapterResult } from '../../game/campaign/progress';
import { playWithLog } from '../support/play';
import { SCENARIO_DIR, loadScenario } from '../support/scenario';

const parsed = parseCampaign(JSON.parse(readFileSync(fileURLToPath(new URL('../fixtures/two-chapters.campaign.json', import.meta.url)), 'utf8')));
if (!parsed.ok) throw new Error('the fixture campaign does not parse');
const campaign = parsed.campaign;
const moscow = loadScenario(`${SCENARIO_DIR}1920-moscow-conference.json`);
const congress = loadScenario();

const result = (rules: string[]): ChapterResult => ({
  grades: { wo: 'as history' },
  humans: ['wo'],
  adopted: 'cc-line',
  carried: rules.map((rule) => ({ rule, why: rule, sources: [], effects: [{ kind: 'lean', delegation: 'moscow', platform: 'wo', weight: 20 }] })),
});

describe('a campaign in play', () => {
  it('records a finished chapter from its game, and plays the next on what it carried', () => {
    const { final } = playWithLog(moscow, 7);
    let p = newProgress(campaign, 'c1', '2026-12-03', 5);
    const r = chapterResult(p, 0, moscow, final);
    expect(Object.keys(r.grades).sort()).toEqual(moscow.platforms.filter((x) => x.playable).map((x) => x.id).sort());
    expect(r.humans).toEqual([]);
    p = finishChapter(p, 0, r);
    expect(p.current).toBe(1);
    expect(carriedInto(p, 1)).toEqual(r.carried);
    // the fixture's rules: at least one of them fires on any result of the Moscow vote
    expect(r.carried.length).toBeGreaterThan(0);
    const next = chapterScenario(p, 1, congress);
    const leans = r.carried.flatMap((c) => c.effects).filter((e) => e.kind === 'lean');
    if (leans.length) expect(next.delegations.find((d) => d.id === 'moscow')!.lean.wo).not.toBe(congress.delegations.find((d) => d.id === 'moscow')!.lean.wo);
    expect(() => chapterScenario(p, 1, moscow)).toThrow(/played in 1921-tenth-congress/);
    expect(chapterScenario(p, 0, moscow)).toEqual(moscow); // nothing carries into the first chapter
    p = finishChapter(p, 1, result([]));
    expect(finished(p)).toBe(true);
    expect(carriedSoFar(p).map((c) => c.chapter)).toEqual([0]); // the last chapter carries into nothing
  });

  it('keeps only the game of the chapter being played', () => {
    let p = newProgress(campaign, 'c1', '2026-12-03', 5);
    p = keepGame(p, 0, 'game of chapter 1');
    expect(p.saves).toEqual(['game of chapter 1', null]);
    expect(keepGame(p, 1, 'a page left open on chapter 2').saves).toEqual(['game of chapter 1', null]);
  });

  it('replays a chapter keeping what came after (stale if it now carries something else) or discarding it', () => {
    let p = newProgress(campaign, 'c1', '2026-12-03', 5);
    p = finishChapter(p, 0, result(['a']));
    p = keepGame(p, 1, 'game of chapter 2');
    p = finishChapter(p, 1, result([]));
    const kept = replayChapter(p, 0, true);
    expect(kept.current).toBe(0);
    expect(kept.saves).toEqual([null, 'game of chapter 2']);
    expect(kept.results[1]).not.toBeNull();
    const same = finishChapter(kept, 0, result(['a']));
    expect(same.stale).toEqual([]);
    expect(finished(same)).toBe(true);
    const other = finishChapter(kept, 0, result(['b']));
    expect(other.stale).toEqual([1]);
    expect(carriedInto(other, 1).map((c) => c.rule)).toEqual(['b']);
    const discarded = replayChapter(p, 0, false);
    expect(discarded.results[1]).toBeNull();
    expect(discarded.saves).toEqual([null, null]);
    expect(finishChapter(discarded, 0, result(['b'])).current).toBe(1);
    expect(() => replayChapter(newProgress(campaign, 'c2', '2026-12-03', 5), 1, false)).toThrow(/before chapter 1/);
  });

  it('reads back a saved campaign exactly, and refuses a broken one with what is wrong', () => {
    let p = newProgress(campaign, 'c1', '2026-12-03', 5);
    p = finishChapter(keepGame(p, 0, 'x'), 0, result(['a']));
    const back = readProgress(encodeProgress(p));
    expect(back).toEqual({ ok: true, progress: p });
    expect(readProgress('{"format":')).toMatchObject({ ok: false, problems: [expect.stringMatching(/not readable JSON/)] });
    expect(readProgress('{"format":"tenth-congress-match"}')).toMatchObject({ ok: false, problems: [expect.stringMatching(/not a saved campaign/)] });
    const passedWithout = { ...p, results: [null, null] };
    expect(readProgress(JSON.stringify(passedWithout))).toMatchObject({ ok: false, problems: [expect.stringMatching(/results\.0: chapter 1 is passed/)] });
    const badCampaign = { ...p, campaign: { ...p.campaign, chapters: [] } };
    expect(readProgress(JSON.stringify(badCampaign))).toMatchObject({ ok: false, problems: [expect.stringMatching(/^campaign\.chapters/)] });
    const badGrade = { ...p, results: [{ ...p.results[0], grades: { wo: 'splendid' } }, null] };
    expect(readProgress(JSON.stringify(badGrade))).toMatchObject({ ok: false, problems: [expect.stringMatching(/^results\.0\.grades\.wo/)] });
  });
});

describe('the campaigns a browser keeps', () => {
  it('keeps several side by side, the latest played first, and opens none that is damaged', async () => {
    const { createCampaignStore } = await import('../../game/host/campaigns');
    const { memoryStorage } = await import('../support/storage');
    const storage = memoryStorage();
    let clock = Date.parse('2026-12-03T10:00:00Z');
    const store = createCampaignStore(storage, () => new Date((clock += 60_000)));
    const a = store.begin(campaign, 1)!;
    const b = store.begin(campaign, 2)!;
    expect([a.slot, b.slot]).toEqual(['c1', 'c2']);
    expect(store.list().map((e) => e.slot)).toEqual(['c2', 'c1']);
    store.write(finishChapter(a, 0, result(['a'])));
    expect(store.list().map((e) => [e.slot, e.chapter])).toEqual([['c1', 1], ['c2', 0]]);
    expect(store.read('c1')).toMatchObject({ ok: true, progress: { current: 1 } });
    storage.setItem('tenth-congress.campaign.c2', '{"format":"tenth-congress-campaign","version":1}');
    expect(store.read('c2').ok).toBe(false);
    expect(store.read('c9')).toEqual({ ok: false, problems: ['this browser keeps no campaign "c9"'] });
    store.remove('c1');
    expect(store.list().map((e) => e.slot)).toEqual(['c2']);
    expect(store.begin(campaign, 3)!.slot).toBe('c1'); // a freed slot is used again
    // a browser that keeps nothing begins no campaign rather than losing it on the next page
    expect(createCampaignStore(null).begin(campaign, 1)).toBeNull();
  });
});

describe('the words of a campaign', () => {
  it('says each effect in the terms of the chapter it acts on, and ends with what the player achieved', async () => {
    const { effectText, campaignEpilogue } = await import('../../game/words/campaign');
    const moscowLean = congress.delegations.find((d) => d.id === 'moscow')!.lean;
    const total = Object.values(moscowLean).reduce((x, y) => x + y, 0);
    const text = effectText(congress, { kind: 'lean', delegation: 'moscow', platform: 'wo', weight: 20 });
    expect(text).toContain(`from ${Math.round((100 * moscowLean.wo!) / total)}% of its leaning to ${Math.round((100 * (moscowLean.wo! + 20)) / (total + 20))}%`);
    expect(effectText(congress, { kind: 'card', platform: 'wo', card: 'wo-producers', gain: true })).toMatch(/"A Congress of Producers" in its opening hand/);
    expect(effectText(congress, { kind: 'standing', platform: 'ten', change: -2 })).toMatch(/holds 2 arguments fewer/);
    let p = newProgress(campaign, 'c1', '2026-12-03', 5);
    p = finishChapter(p, 0, { ...result([]), grades: { wo: 'better than history', cc: 'worse than history' } });
    p = finishChapter(p, 1, { ...result([]), grades: { wo: 'worse than history', tb: 'as history', ten: 'as history' } });
    const end = campaignEpilogue(p, [moscow, congress]);
    expect(end).toMatch(/You played the Workers' Opposition: better than history in 1 chapter and worse than history in 1 chapter, of 2\./);
    expect(end).toContain(congress.epilogue!);
    // chapter by chapter: what each meeting adopted, the grades, and the first sentence of what it carried on
    const carried = { rule: 'r', why: 'The opposition came out stronger (a rule of the game. How much is an estimate). The rest is detail.', sources: [], effects: [] };
    let q = newProgress(campaign, 'c2', '2026-12-04', 5);
    q = finishChapter(q, 0, { ...result(['wo']), grades: { wo: 'better than history', cc: 'worse than history' }, adopted: 'opposition', carried: [carried] });
    q = finishChapter(q, 1, { ...result([]), grades: { wo: 'as history', tb: 'as history', ten: 'as history' }, adopted: null });
    const road = campaignEpilogue(q, [moscow, congress]);
    const opposition = moscow.agenda.flatMap((a) => a.motions).find((m) => m.id === 'opposition')!.title;
    expect(road).toContain(`${campaign.chapters[0]!.title}: the meeting adopted "${opposition}"; `);
    expect(road).toContain('It carried on: The opposition came out stronger (a rule of the game. How much is an estimate).');
    expect(road).not.toContain('The rest is detail');
    expect(road).toContain(`${campaign.chapters[1]!.title}: the meeting adopted none of the motions; `);
    expect(road.split('\n\n').map((t) => t.slice(0, campaign.chapters[0]!.title.length))).toContain(campaign.chapters[0]!.title); // a paragraph of its own
    expect(road.indexOf(campaign.chapters[1]!.title + ':')).toBeLessThan(road.indexOf('What happened in history'));
    // a seat that a later chapter names otherwise is still one platform of the player's
    const renamed = { ...congress, platforms: congress.platforms.map((x) => (x.id === 'wo' ? { ...x, name: 'the union majority (Workers\' Opposition and union autonomy)' } : x)) };
    const same = campaignEpilogue(q, [moscow, renamed]);
    expect(same.match(/You played /g)?.length, same).toBe(1);
    expect(same).toMatch(/You played the Workers' Opposition, also called the union majority in this campaign: better than history in 1 chapter and as in history in 1 chapter, of 2\./);
    expect(same).toContain("the union majority (Workers' Opposition and union autonomy), played by you, did as in history");
  });
});
