/**
 * The campaign format (issue 13, first step): a campaign file is checked on its own and against its
 * chapters' scenarios, and `npm run cli -- validate` reports every problem as `file: path: message` with
 * exit 2, as it does for a scenario; campaign.schema.json is what `npm run schema` writes.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../../game/cli/run';
import { carriedInto, chapterResult, chapterScenario, chapterSeed, finishChapter, finished, newProgress } from '../../game/campaign/progress';
import { parseCampaign, parseScenario } from '../../game/content/parse';
import { playWithLog } from '../support/play';
import { loadScenario } from '../support/scenario';
import { CAMPAIGN_SCHEMA_PATH, campaignJsonSchema } from '../../game/tools/writeSchema';

const FIXTURE = fileURLToPath(new URL('../fixtures/two-chapters.campaign.json', import.meta.url));
const raw = () => JSON.parse(readFileSync(FIXTURE, 'utf8'));

function validate(campaign: unknown) {
  const file = join(mkdtempSync(join(tmpdir(), 'campaign-')), 'campaign.json');
  writeFileSync(file, JSON.stringify(campaign));
  const out: string[] = [];
  const err: string[] = [];
  const code = run(['validate', file], (s) => out.push(s), (s) => err.push(s));
  return { code, out, err: err.map((line) => line.slice(file.length + 2)) };
}

describe('the bundled campaigns', () => {
  const dir = fileURLToPath(new URL('../../scenarios/', import.meta.url));
  const bundled = readdirSync(dir).filter((f) => f.endsWith('.campaign.json'));

  it('are there', () => {
    expect(bundled.length).toBeGreaterThan(0);
  });

  it.each(bundled)('%s validates against the scenarios it names, each of them bundled', (name) => {
    const out: string[] = [];
    const err: string[] = [];
    expect(run(['validate', join(dir, name)], (x) => out.push(x), (x) => err.push(x)), err.join('\n')).toBe(0);
    expect(out[0]).toMatch(/: ok: campaign /);
    const parsed = parseCampaign(JSON.parse(readFileSync(join(dir, name), 'utf8')));
    if (!parsed.ok) throw new Error('does not parse');
    expect(`${parsed.campaign.id}.campaign.json`, 'the file is named by its id, as the game finds it').toBe(name);
    for (const ch of parsed.campaign.chapters) expect(readdirSync(dir)).toContain(`${ch.scenario}.json`);
  });
});

describe('each bundled campaign, played by the computer from its first chapter to its last', () => {
  const dir = fileURLToPath(new URL('../../scenarios/', import.meta.url));
  const names = readdirSync(dir).filter((f) => f.endsWith('.campaign.json'));
  it.each(names)('%s: every chapter is played on what the chapter before carried into it', (name) => {
    const parsed = parseCampaign(JSON.parse(readFileSync(join(dir, name), 'utf8')));
    if (!parsed.ok) throw new Error('does not parse');
    // several campaigns, each from its own seed, so that between them the computer's play sets rules off
    const fired: string[] = [];
    for (const seed of [11, 12, 13, 14, 15]) {
      let p = newProgress(parsed.campaign, 'c1', '2026-12-03', seed);
      parsed.campaign.chapters.forEach((ch, i) => {
        const base = loadScenario(join(dir, `${ch.scenario}.json`));
        const sc = chapterScenario(p, i, base);
        expect(parseScenario(JSON.parse(JSON.stringify(sc))).ok, `chapter ${i + 1}'s scenario with what was carried into it is still valid`).toBe(true);
        const carried = carriedInto(p, i).flatMap((c) => c.effects).filter((e) => e.kind === 'lean');
        for (const e of carried) expect(sc.delegations.find((d) => d.id === e.delegation)!.lean[e.platform], `${e.delegation} leans as carried`).not.toBe(base.delegations.find((d) => d.id === e.delegation)!.lean[e.platform]);
        const { final } = playWithLog(sc, chapterSeed(p, i));
        expect(final.phase).toBe('outcome');
        const r = chapterResult(p, i, sc, final);
        fired.push(...r.carried.map((c) => c.rule));
        p = finishChapter(p, i, r);
      });
      expect(finished(p)).toBe(true);
    }
    expect(fired.length, 'the computer alone sets off at least one rule somewhere in five campaigns').toBeGreaterThan(0);
  });
});

describe('a campaign file', () => {
  it('validates, with a line that says what it holds', () => {
    const r = validate(raw());
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.out[0]).toMatch(/: ok: campaign "A two-chapter campaign for the tests", 2 chapters \(1920-moscow-conference, 1921-tenth-congress\), 3 carry-over rules$/);
  });

  it('parses to chapters with their rules, defaults filled in', () => {
    const parsed = parseCampaign(raw());
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.campaign.chapters.map((ch) => ch.id)).toEqual(['moscow', 'congress']);
    expect(parsed.campaign.chapters[1]!.carry).toEqual([]);
    expect(parsed.campaign.chapters[0]!.carry.map((r) => r.when.kind)).toEqual(['grade', 'share', 'adopted']);
  });

  const cases: [string, (c: any) => void, RegExp][] = [
    ['a misspelt field', (c) => ((c.chapters[0].titel = c.chapters[0].title), delete c.chapters[0].title), /^chapters\.0\.titel: unknown field "titel": did you mean "title"\?$/],
    ['no chapters', (c) => (c.chapters = []), /^chapters: a campaign needs at least one chapter$/],
    ['two chapters with one id', (c) => (c.chapters[1].id = 'moscow'), /^chapters\.1\.id: the chapter id "moscow" is used twice$/],
    ['a rule in the last chapter', (c) => (c.chapters[1].carry = [c.chapters[0].carry[0]]), /^chapters\.1\.carry: the last chapter has no next chapter to carry anything into$/],
    ['a rule citing an unknown source', (c) => (c.chapters[0].carry[1].sources = ['nowhere']), /^chapters\.0\.carry\.1\.sources\.0: no source with id "nowhere"/],
    ['a sourced rule without its confidence', (c) => delete c.chapters[0].carry[1].confidence, /^chapters\.0\.carry\.1\.confidence: a rule that cites sources says how sure they are$/],
    ['an unknown kind of effect', (c) => (c.chapters[0].carry[0].then[0].kind = 'bribe'), /^chapters\.0\.carry\.0\.then\.0\.kind: /],
    ['a share above one', (c) => (c.chapters[0].carry[1].when.atLeast = 45), /^chapters\.0\.carry\.1\.when\.atLeast: /],
    ['an unknown scenario', (c) => (c.chapters[1].scenario = '1922-eleventh-congress'), /^chapters\.1\.scenario: no scenario with id "1922-eleventh-congress"/],
    ['a condition on a platform no one plays there', (c) => (c.chapters[0].carry[0].when.platform = 'dc'), /^chapters\.0\.carry\.0\.when\.platform: "dc" is not a playable platform of 1920-moscow-conference$/],
    ['a condition on a motion the item does not have', (c) => (c.chapters[0].carry[2].when.motion = 'ten'), /^chapters\.0\.carry\.2\.when\.motion: no motion "ten" on 1920-moscow-conference's item "balance"$/],
    ['an effect on a delegation of the wrong scenario', (c) => (c.chapters[0].carry[0].then[0].delegation = 'krasnaya-presnya'), /^chapters\.0\.carry\.0\.then\.0\.delegation: no delegation "krasnaya-presnya" in 1921-tenth-congress$/],
    ['a card of another platform', (c) => (c.chapters[0].carry[1].then[0].card = 'ten-schools'), /^chapters\.0\.carry\.1\.then\.0\.card: no card "ten-schools" of platform "wo" in 1921-tenth-congress$/],
    ['an unknown person', (c) => (c.chapters[0].carry[2].then[0].person = 'nobody'), /^chapters\.0\.carry\.2\.then\.0\.person: no person "nobody" in 1921-tenth-congress$/],
  ];
  it.each(cases)('%s is refused at its path, with exit 2', (_, breakIt, message) => {
    const c = raw();
    breakIt(c);
    const r = validate(c);
    expect(r.code).toBe(2);
    expect(r.out).toEqual([]);
    expect(r.err).toContainEqual(expect.stringMatching(message));
  });

  it('a scenario named by the campaign that is itself broken is reported with its own problems', () => {
    const dir = mkdtempSync(join(tmpdir(), 'campaign-'));
    const scenario = JSON.parse(readFileSync(fileURLToPath(new URL('../../scenarios/1920-moscow-conference.json', import.meta.url)), 'utf8'));
    scenario.id = 'broken-conference';
    delete scenario.agenda;
    writeFileSync(join(dir, 'broken-conference.json'), JSON.stringify(scenario));
    const c = raw();
    c.chapters[0].scenario = 'broken-conference';
    const file = join(dir, 'campaign.json');
    writeFileSync(file, JSON.stringify(c));
    const err: string[] = [];
    expect(run(['validate', file], () => undefined, (s) => err.push(s))).toBe(2);
    expect(err).toContainEqual(expect.stringMatching(/broken-conference\.json: agenda: missing: this field is required/));
  });

  it('campaign.schema.json is what `npm run schema` writes now', () => {
    expect(readFileSync(CAMPAIGN_SCHEMA_PATH, 'utf8')).toBe(campaignJsonSchema());
  });
});
