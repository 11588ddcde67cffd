/**
 * The teachers' guides (issue 14): every scenarios/<id>.guide.json reads against its scenario (its sources,
 * the lesson's phases), its plan is the console's plan for a 45-minute lesson, every curriculum it names is
 * marked "to be confirmed by a teacher", and a broken guide is refused at its path. The printed guide
 * escapes every word and carries the content note and the class's own debrief questions.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CURRICULUM_STATUS, guideParts, parseGuide, planMinutes } from '../../game/classroom/guide';
import { debriefPrompts } from '../../game/classroom/debrief';
import { PLANS } from '../../game/classroom/roles';
import { playWithLog } from '../support/play';
import { loadScenario, SCENARIO_DIR } from '../support/scenario';

const guides = readdirSync(SCENARIO_DIR).filter((f) => f.endsWith('.guide.json'));
const raw = (f: string) => JSON.parse(readFileSync(`${SCENARIO_DIR}${f}`, 'utf8')) as Record<string, unknown>;

describe("the teachers' guides", () => {
  it('include one for the Tenth Congress', () => {
    expect(guides).toContain('1921-tenth-congress.guide.json');
  });

  it.each(guides)('%s reads against its scenario, plans the 45-minute lesson and confirms no curriculum', (f) => {
    const sc = loadScenario(`${SCENARIO_DIR}${f.replace('.guide.json', '.json')}`);
    const parsed = parseGuide(raw(f), sc);
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    expect(planMinutes(parsed.guide)).toEqual(PLANS['45']);
    for (const c of parsed.guide.curricula) expect(c.status).toBe(CURRICULUM_STATUS);
    for (const t of parsed.guide.glossary) expect(t.meaning.split(/\s+/).length, t.term).toBeLessThanOrEqual(40);
  });

  it('refuses a guide with an unknown source, phases out of order or a curriculum claimed as confirmed, at its path', () => {
    const sc = loadScenario();
    const good = raw('1921-tenth-congress.guide.json') as { preReading: { source: string }[]; plan: { phase: string }[]; curricula: { status: string }[] };
    const unknown = structuredClone(good);
    unknown.preReading[0]!.source = 'the-daily-bugle';
    expect(parseGuide(unknown, sc)).toEqual({ ok: false, problems: ['preReading.0.source: the scenario has no source "the-daily-bugle"'] });
    const swapped = structuredClone(good);
    [swapped.plan[0], swapped.plan[1]] = [swapped.plan[1]!, swapped.plan[0]!];
    expect(parseGuide(swapped, sc)).toMatchObject({ ok: false, problems: [expect.stringMatching(/^plan\.0\.phase/), expect.stringMatching(/^plan\.1\.phase/)] });
    const confirmed = structuredClone(good);
    if (confirmed.curricula[0]) confirmed.curricula[0].status = 'confirmed';
    expect(parseGuide(confirmed, sc)).toMatchObject({ ok: false, problems: [expect.stringMatching(/^curricula\.0\.status/)] });
    expect(parseGuide({ ...good, scenario: '1920-moscow-conference' }, sc)).toMatchObject({ ok: false, problems: [expect.stringMatching(/^scenario:/)] });
  });

  it('prints escaped, with the content note and the class\'s own questions once a game is played', () => {
    const sc = loadScenario();
    const parsed = parseGuide(raw('1921-tenth-congress.guide.json'), sc);
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    const tricky = { ...parsed.guide, objectives: ['Compare <b>claims</b> & "counter-claims"', ...parsed.guide.objectives.slice(1)] };
    const before = guideParts(sc, tricky, []);
    expect(before.body).toContain('Compare &lt;b&gt;claims&lt;/b&gt; &amp; &quot;counter-claims&quot;');
    expect(before.body).not.toContain('<b>claims');
    expect(before.body).toContain('Content note.');
    expect(before.body).toContain('print this guide again after the votes');
    const { final } = playWithLog(sc, 8);
    const prompts = debriefPrompts(sc, final);
    const after = guideParts(sc, parsed.guide, prompts);
    for (const p of prompts) expect(after.body).toContain(p.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;'));
    expect(after.css).toMatch(/font-size: 13pt/);
  });
});
