/**
 * The history review of both scenarios (scenarios/REVIEW.md, issue 12) and what keeps its corrections in
 * place: every quotation belongs to its scenario's own time, and each corrected fact is pinned to the
 * source it was corrected from, so that a later edit cannot quietly undo it.
 */
import { describe, expect, it } from 'vitest';
import { daySpan } from '../../game/content/dates';
import { parseScenario } from '../../game/content/parse';
import { SCENARIO_1921, SCENARIO_DIR, loadScenario, rawScenario, scenarioFiles } from '../support/scenario';

describe('dates as the scenarios write them', () => {
  it.each([
    ['30 December 1920', '1920-12-30', '1920-12-30'],
    ['8–16 March 1921', '1921-03-08', '1921-03-16'],
    ['8-9 March 1921', '1921-03-08', '1921-03-09'],
    ['28 February – 2 March 1921', '1921-02-28', '1921-03-02'],
    ['30 December 1920 – 2 January 1921', '1920-12-30', '1921-01-02'],
    ['January 1921', '1921-01-01', '1921-01-31'],
    ['February 1920', '1920-02-01', '1920-02-29'],
    ['January–February 1921', '1921-01-01', '1921-02-28'],
    ['December 1920 – January 1921', '1920-12-01', '1921-01-31'],
    ['January – 8 March 1921', '1921-01-01', '1921-03-08'],
    ['1920', '1920-01-01', '1920-12-31'],
  ])('"%s" runs from %s to %s', (text, first, last) => {
    expect(daySpan(text)).toEqual({ first, last });
  });
  it.each(['early 1921', 'March', '31 February 1921', '16–8 March 1921', 'spring 1921'])('"%s" is too vague or impossible to place', (text) => {
    expect(daySpan(text)).toBeNull();
  });
});

describe('every quotation is of its scenario’s own time', () => {
  it.each(scenarioFiles())('%s: each card quotation was said or published by the last day of the scenario', (file) => {
    const s = loadScenario(file);
    const ends = daySpan(s.dates)!.last;
    const quotes = s.cards.filter((c) => c.quote);
    if (file === SCENARIO_1921) expect(quotes.length).toBeGreaterThan(10);
    for (const c of quotes) {
      const said = daySpan(c.quote!.date);
      expect(said, `${c.id}: "${c.quote!.date}"`).not.toBeNull();
      expect(said!.last <= ends, `${c.id} quotes words of ${c.quote!.date}; the scenario ends ${s.dates}`).toBe(true);
    }
  });

  it.each(scenarioFiles())('%s: a quotation dated the day after the scenario ends is refused at its path', (file) => {
    const copy = rawScenario(file) as any;
    let i = copy.cards.findIndex((c: any) => c.quote);
    if (i < 0) {
      i = 0;
      copy.cards[0].quote = { text: 'Words.', speaker: 'A. Speaker', date: copy.dates, source: copy.sources[0].id, confidence: 'high' };
      expect(parseScenario(copy).ok, 'the quotation, dated within the scenario, is accepted').toBe(true);
    }
    const ends = daySpan(copy.dates)!.last;
    const next = new Date(`${ends}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    copy.cards[i].quote.date = next.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    const parsed = parseScenario(copy);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.map((p) => `${p.path}: ${p.message}`)).toContainEqual(expect.stringMatching(new RegExp(`^cards\\.${i}\\.quote\\.date: .* is after the scenario ends`)));
  });

  it('a vague date ("early 1921") is refused: nobody could tell whether the words belong', () => {
    const copy = rawScenario() as any;
    const i = copy.cards.findIndex((c: any) => c.quote);
    copy.cards[i].quote.date = 'early 1921';
    const parsed = parseScenario(copy);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.map((p) => p.path)).toContain(`cards.${i}.quote.date`);
  });
});

/**
 * Each fact the review corrected, where it stands in the 1921 scenario, the words that carry it, and the
 * source it was corrected from (scenarios/REVIEW.md). A locator is a path like `cards[wo-programme].quote.text`:
 * a bracket picks the entry of that id from a list. The source must be cited by the entry that states the
 * fact (its `sources`, or a quotation's `source`).
 */
type Pin = { at: string; says: RegExp; not?: RegExp; source: string | null; cited?: string };
const PINS: Pin[] = [
  { at: 'people[lenin].role', says: /signed the Platform of the Ten/, not: /wrote the Platform/i, source: 'cw32-ch02', cited: 'people[lenin].sources' },
  { at: 'epilogue', says: /Communist group adopted Ryazanov's resolution.*1,500 votes to 30, on Ryazanov's own later account.*withdrew Tomsky as its representative.*relieved Tomsky of his union posts/, source: null },
  { at: 'epilogue', says: /Many of the people in this game were later shot/, not: /Most of the people/, source: null },
  { at: 'delegations[donbas].rationale', says: /Ten 137, Workers' Opposition 62, Trotsky 8 .*a pointer, not this delegation's vote/, source: 'brinton-1921', cited: 'delegations[donbas].sources' },
  { at: 'delegations[moscow-province].rationale', says: /about a quarter/, source: 'brinton-1921', cited: 'delegations[moscow-province].sources' },
  { at: 'delegations[samara].rationale', says: /controlled the Samara party organisation in 1921/, source: 'brinton-1921', cited: 'delegations[samara].sources' },
  { at: 'delegations[central].rationale', says: /Tula provincial committee.*Kopylov/, source: 'pyzhikov', cited: 'delegations[central].sources' },
  { at: 'delegations[volga].rationale', says: /Allen names Nizhny Novgorod/, not: /Brinton/, source: 'allen', cited: 'delegations[volga].sources' },
  { at: 'delegations[army].rationale', says: /no source read gives how they voted/, not: /strongest base/, source: null },
  { at: 'glossary[tsektran].definition', says: /appointed central committee of the transport workers' union, formed in September 1920/, source: 'pavlyuchenkov', cited: 'glossary[tsektran].sources' },
  { at: 'glossary[militarisation-of-labour].definition', says: /Lenin and Trotsky together urged it/, not: /^Trotsky's 1920 policy/, source: 'brinton-1920', cited: 'glossary[militarisation-of-labour].sources' },
  { at: 'glossary[razvyorstka].definition', says: /over 250 million poods had been collected/, not: /the plan was/, source: 'cw32-ch01', cited: 'glossary[razvyorstka].sources' },
  { at: 'glossary[petropavlovsk-resolution].definition', says: /crew of the battleship Petropavlovsk/, source: 'mett', cited: 'glossary[petropavlovsk-resolution].sources' },
  { at: 'agenda[central-committee].floor.text', says: /the majority's list/, not: /chair's slate/, source: 'brinton-1921', cited: 'agenda[central-committee].floor.sources' },
  { at: 'agenda[central-committee].record.summary', says: /were not re-elected: the majority left them off its list/, not: /\bleft the Committee/, source: 'brinton-1921', cited: 'agenda[central-committee].record.sources' },
  { at: 'agenda[trade-unions].record.summary', says: /Only 404 votes were cast; the congress had 694 voting delegates/, source: 'brinton-1921', cited: 'agenda[trade-unions].record.sources' },
  { at: 'events[kr-ultimatums].text', says: /shoot you like partridges.*hostages/, source: 'mett', cited: 'events[kr-ultimatums].sources' },
  { at: 'events[kr-prc].text', says: /artillery specialist and did not lead the rising/, source: 'mett', cited: 'events[kr-prc].sources' },
  { at: 'events[kr-delegates-leave].text', says: /The Soviet editors say Voroshilov led them; Mett names him among them/, source: 'cw32-ch01', cited: 'events[kr-delegates-leave].sources' },
  { at: 'events[moscow-two-rooms].text', says: /289 voting delegates.*worker delegates to a separate meeting/, source: 'cw32-notes', cited: 'events[moscow-two-rooms].sources' },
  { at: 'events[wo-theses].text', says: /sent in the final proofs after the Kronstadt events had begun/, source: 'cw32-ch02', cited: 'events[wo-theses].sources' },
  { at: 'events[ev-tambov].text', says: /Antonov/, source: 'wp-tambov', cited: 'events[ev-tambov].sources' },
  { at: 'events[ev-west-siberia].text', says: /Ishim.*Tobolsk/, source: 'wp-west-siberia', cited: 'events[ev-west-siberia].sources' },
  { at: 'events[ev-makhno].text', says: /Makhno/, source: 'wp-makhno', cited: 'events[ev-makhno].sources' },
  { at: 'events[cg-military-closed].text', says: /behind closed doors.*Trotsky reports/, source: 'voitikov', cited: 'events[cg-military-closed].sources' },
  { at: 'events[cg-party-building].text', says: /workers' democracy.*enlarges the Central Committee to 25/, source: 'brinton-1921', cited: 'events[cg-party-building].sources' },
  { at: 'people[voroshilov].role', says: /according to the Soviet editorial note; Mett names him among them/, source: 'cw32-ch01', cited: 'people[voroshilov].sources' },
  { at: 'people[lutovinov].role', says: /in Berlin \(a form of political exile, Mett says\), where he condemned the Kronstadt rising/, source: 'broue-ch07', cited: 'people[lutovinov].sources' },
  { at: 'opening.text', says: /sailors and garrison of Kronstadt/, not: /sailors of the Baltic Fleet have risen|first assault .* has failed/, source: 'cw32-ch01', cited: 'opening.sources' },
  { at: 'opening.mission', says: /special commissions against desertion/, source: 'mett', cited: 'opening.sources' },
  { at: 'cards[wo-programme].quote.text', says: /should eventually arrive/, source: 'cw32-ch02', cited: 'cards[wo-programme].quote.source' },
  { at: 'cards[wo-programme].claim', says: /eventually/, not: /promised/, source: null },
  { at: 'cards[wo-not-soldiers].quote.speaker', says: /Lutovinov/, source: 'brinton-1920', cited: 'cards[wo-not-soldiers].quote.source' },
  { at: 'cards[wo-not-soldiers].claim', says: /on Lenin's and Trotsky's motions/, source: 'brinton-1920', cited: 'cards[wo-not-soldiers].sources' },
  { at: 'cards[wo-producers].quote.speaker', says: /Shlyapnikov/, source: 'brinton-1920', cited: 'cards[wo-producers].quote.source' },
  { at: 'cards[wo-kronstadt-warning].quote.speaker', says: /Medvedev/, source: 'brinton-1921', cited: 'cards[wo-kronstadt-warning].quote.source' },
  { at: 'cards[wo-factory-committees].quote.speaker', says: /Workers' Opposition's theses, as Brinton summarises them/, not: /opening line|Bolshoi/, source: 'brinton-1920', cited: 'cards[wo-factory-committees].quote.source' },
  { at: 'cards[wo-union-consent].claim', says: /may recall them at any time/, not: /binding/, source: 'brinton-1920', cited: 'cards[wo-union-consent].sources' },
  { at: 'cards[ten-schools].quote.text', says: /a school of communism/, source: 'cw32-dec30', cited: 'cards[ten-schools].quote.source' },
  { at: 'cards[ten-defend-workers].quote.speaker', says: /as translated in Brinton, after Deutscher/, source: 'brinton-1920', cited: 'cards[ten-defend-workers].quote.source' },
  { at: 'cards[ignatov-common-front].claim', says: /124 delegates against 154 .*289 voting delegates/, not: /124 of 278/, source: 'brinton-1920', cited: 'cards[ignatov-common-front].sources' },
  { at: 'cards[tb-ruin].claim', says: /By a later Soviet estimate \(Kritsman, 1926\)/, source: 'kritsman', cited: 'cards[tb-ruin].sources' },
  { at: 'cards[tb-production-unions].quote.speaker', says: /Trotsky.*partly in indirect speech/, source: 'brinton-1920', cited: 'cards[tb-production-unions].quote.source' },
  { at: 'cards[buffer-two-way].quote.speaker', says: /Bukharin, theses "On the Tasks and Structure of the Trade Unions"/, source: 'brinton-1920', cited: 'cards[buffer-two-way].quote.source' },
  { at: 'cards[tb-debate-not-faction].quote.text', says: /of course we will unite, because we are men of the Party/, source: 'cw32-ch02', cited: 'cards[tb-debate-not-faction].quote.source' },
  { at: 'cards[tb-debate-not-faction].claim', says: /Trotsky protested that it forced every member into a group/, source: 'broue-ch07', cited: 'cards[tb-debate-not-faction].sources' },
  { at: 'cards[tb-governmentalise].claim', says: /at once, Trotsky said in November 1920; by the congress he had dropped the talk of tightening the screws and shaking up, Pavlyuchenkov says/, not: /in the bloc's platform of January|more gradually/, source: 'cw32-notes', cited: 'cards[tb-governmentalise].sources' },
  { at: 'platforms[tb].demands.2', says: /a third to a half .*Bukharin adds "workers' democracy in production"/, not: /^Production democracy/, source: 'brinton-1920', cited: 'platforms[tb].sources' },
  { at: 'platforms[dc].note', says: /platform of January 1921 and its speeches at the congress are not in the sources read/, source: null },
  { at: 'people[v-m-smirnov].role', says: /Soviet editors' note on the 9th Congress/, source: 'cw32-ch01', cited: 'people[v-m-smirnov].sources' },
  { at: 'people[lenin].role', says: /I would have gone mad long ago/, source: 'cw32-ch02', cited: 'people[lenin].sources' },
  { at: 'people[kutuzov].role', says: /Chairman of the textile workers' union.*at Lenin's insistence and despite their protests/, source: 'broue-ch07', cited: 'people[kutuzov].sources' },
  { at: 'cards[ten-majority].quote.speaker', says: /translated for this game from the Russian as printed in Loginov/, source: 'loginov', cited: 'cards[ten-majority].quote.source' },
  { at: 'cards[ten-syndicalism].quote.text', says: /Do we have a class struggle\? Yes, and a most furious one!/, source: 'cw32-ch02', cited: 'cards[ten-syndicalism].quote.source' },
  { at: 'cards[ten-syndicalism].claim', says: /Communist International has condemned/, not: /set each industry against the others/, source: 'cw32-ch02', cited: 'cards[ten-syndicalism].sources' },
  { at: 'glossary[apparatus].definition', says: /a game rule, and the sources point both ways.*Krestinsky, Preobrazhensky and Serebryakov, who backed the Trotsky–Bukharin bloc/, source: 'pavlyuchenkov', cited: 'glossary[apparatus].sources' },
  { at: 'glossary[delegation-leanings].definition', says: /the game's estimate, not a record.*scaled so that the whole congress leans/, source: 'pss42', cited: 'glossary[delegation-leanings].sources' },
  { at: 'cards[ten-sound-militarisation].claim', says: /end appointment as the prevailing method, not every appointment/, not: /do not give up the measures of the war years/, source: 'brinton-1921', cited: 'cards[ten-sound-militarisation].sources' },
  { at: 'cards[ignatov-districts].claim', says: /by one account, .*22 votes.*a Soviet note.*gives him 25, close behind Trotsky's 27/, source: 'pss42', cited: 'cards[ignatov-districts].sources' },
  { at: 'events[cg-party-building].until', says: /^1921-03-16$/, source: 'broue-ch07', cited: 'events[cg-party-building].sources' },
  { at: 'agenda[central-committee].record.summary', says: /Kutuzov's election being in Pyzhikov and Broué/, not: /one source only/, source: 'broue-ch07', cited: 'agenda[central-committee].record.sources' },
  { at: 'events[cc-platform-elections].text', says: /by 8 votes to 7, over Trotsky's protest/, source: 'broue-ch07', cited: 'events[cc-platform-elections].sources' },
  { at: 'people[ryazanov].role', says: /he and V\. P\. Nogin each put forward theses of their own.*neither got a vote/, not: /veteran of the union movement/, source: 'pss42', cited: 'people[ryazanov].sources' },
  { at: 'cards[ten-sound-militarisation].quote.text', says: /repudiating all 'militarization of economy'/, source: 'brinton-1921', cited: 'cards[ten-sound-militarisation].quote.source' },
  { at: 'cards[wo-producers].quote.speaker', says: /Shlyapnikov, theses .*which Brinton links to his speech of 30 December 1920/, not: /Bolshoi/, source: 'brinton-1920', cited: 'cards[wo-producers].quote.source' },
  { at: 'cards[wo-producers].quote.date', says: /^December 1920 – January 1921$/, source: null },
  { at: 'events[tik-adopted].text', says: /In his report of 8 March he had warned/, source: 'cw32-ch01', cited: 'events[tik-adopted].sources' },
  { at: 'events[ev-west-siberia].until', says: /^1922-/, source: 'smele', cited: 'events[ev-west-siberia].sources' },
  { at: 'events[ev-tambov].text', says: /small bands fought on into 1922/, not: /holds little of/, source: 'wp-tambov', cited: 'events[ev-tambov].sources' },
  { at: 'events[cg-party-building].text', says: /unanimously \(Broué\).*The day is not in the sources read/, not: /The same day the congress/, source: 'broue-ch07', cited: 'events[cg-party-building].sources' },
  { at: 'events[cg-military-closed].text', says: /first edition \(1921\) of the stenographic report/, source: 'voitikov', cited: 'events[cg-military-closed].sources' },
  { at: 'cards[buffer-one-third].claim', says: /Brinton calls Bukharin's platform an attempt to build a bridge/, not: /Bukharin called it a bridge/, source: 'brinton-1920', cited: 'cards[buffer-one-third].sources' },
  { at: 'people[bukharin].role', says: /stayed a candidate member of the Politburo/, not: /became a candidate/, source: null },
  { at: 'people[voroshilov].role', says: /Elected a full member of the Central Committee at the congress \(Broué\)/, source: 'broue-ch07', cited: 'people[voroshilov].sources' },
  { at: 'agenda[party-unity].record.summary', says: /only 25 delegates voted against it/, source: 'broue-ch07', cited: 'agenda[party-unity].record.sources' },
  { at: 'agenda[central-committee].floor.text', says: /elected before the votes on unity .*the game holds the election last/, source: 'broue-ch07', cited: 'agenda[central-committee].floor.sources' },
  { at: 'delegations[moscow-province].rationale', says: /city and the counties together.*Fitz, after Allen, says the Central Committee denied Moscow proportional representation/, not: /the estimate follows him here/, source: 'fitz', cited: 'delegations[moscow-province].sources' },
  { at: 'delegations[moscow].rationale', says: /a Soviet note on the same meeting, which says the county organisations were represented/, source: 'pss42', cited: 'delegations[moscow].sources' },
];

/** The value at a locator, or undefined: `cards[wo-programme].quote.text`. */
function valueAt(root: unknown, at: string): unknown {
  let here: unknown = root;
  for (const [, key, id] of at.matchAll(/([^.[\]]+)(?:\[([^\]]+)\])?/g)) {
    here = (here as Record<string, unknown> | undefined)?.[key!];
    if (id !== undefined) here = Array.isArray(here) ? here.find((x: { id?: string }) => x.id === id) : undefined;
  }
  return here;
}

describe('the 1921 scenario keeps the review\'s corrections', () => {
  const sc = loadScenario(SCENARIO_1921);
  const ids = new Set(sc.sources.map((s) => s.id));

  it.each(PINS.map((p) => [p.at, p] as const))('%s', (_, pin) => {
    const text = valueAt(sc, pin.at);
    expect(typeof text, `${pin.at} is missing`).toBe('string');
    expect(text).toMatch(pin.says);
    if (pin.not) expect(text).not.toMatch(pin.not);
    if (pin.source) {
      expect(ids.has(pin.source), `source ${pin.source} is not in the scenario's sources`).toBe(true);
      const cited = valueAt(sc, pin.cited!);
      expect(Array.isArray(cited) ? cited : [cited], `${pin.cited} cites ${pin.source}`).toContain(pin.source);
    }
  });

  it('was elected by party organisations: no union or central-office delegation, and every kind a party organisation', () => {
    for (const d of sc.delegations) {
      expect(['metalworkers', 'miners', 'tsektran', 'apparatus']).not.toContain(d.id);
      expect(d.name).not.toMatch(/union organisers|Tsektran|institutions/i);
      expect(['province', 'industrial', 'army', 'offices']).toContain(d.kind);
    }
    expect(sc.delegations.reduce((n, d) => n + d.voting, 0)).toBe(694);
    expect(sc.delegations.reduce((n, d) => n + d.consultative, 0)).toBe(296);
  });

  it('names every member of the Central Committee that its sources name (cw32-idx note 1; the Politburo of March 1921; Broué)', () => {
    const elected = sc.agenda.find((a) => a.id === 'central-committee')!.record.elected!;
    expect(elected.full).toEqual(expect.arrayContaining(['lenin', 'artem', 'dzerzhinsky', 'trotsky', 'kamenev', 'zinoviev', 'kalinin', 'ordzhonikidze', 'frunze', 'rudzutak', 'stalin', 'yaroslavsky', 'bukharin', 'molotov', 'shlyapnikov', 'kutuzov', 'voroshilov']));
    expect(elected.candidates).toEqual(expect.arrayContaining(['kirov', 'kuibyshev', 'chubar', 'medvedev', 'kiselev']));
    expect(elected.dropped).toEqual(['krestinsky', 'preobrazhensky', 'serebryakov']);
  });

  it("hears the Workers' Opposition in its own leaders' words, not mainly through Lenin's quotations of Kollontai", () => {
    const quotes = sc.cards.filter((c) => c.platform === 'wo' && c.quote).map((c) => c.quote!);
    const own = quotes.filter((q) => !/as quoted by Lenin|Trotsky/.test(q.speaker));
    expect(own.length).toBeGreaterThan(quotes.length / 2);
    for (const name of ['Shlyapnikov', 'Lutovinov', 'Medvedev']) expect(quotes.some((q) => q.speaker.includes(name)), name).toBe(true);
  });

  it("quotes no one on a platform's card as if the words were the platform's when the speaker was not of it (Radek on the Democratic Centralists')", () => {
    expect(sc.cards.find((c) => c.id === 'dc-turned-against')!.quote).toBeUndefined();
  });

  it('shows a content note before the news from Kronstadt and before the epilogue', () => {
    expect(sc.contentNote?.before).toEqual(expect.arrayContaining(['opening', 'epilogue']));
  });
});

describe("the 1920 scenario keeps the review's corrections", () => {
  const sc = loadScenario(`${SCENARIO_DIR}1920-moscow-conference.json`);

  it('was elected by the district and county organisations: no trade-union delegation, and the totals kept', () => {
    expect(sc.delegations.map((d) => d.id)).not.toContain('unions');
    expect(sc.delegations.map((d) => d.name).join(' ')).not.toMatch(/trade-union boards/i);
    expect(sc.delegations.reduce((n, d) => n + d.voting, 0)).toBe(289);
    expect(sc.delegations.reduce((n, d) => n + d.consultative, 0)).toBe(89);
    for (const d of sc.delegations) expect(d.basis, d.id).toBe('estimate');
    expect(sc.delegations.find((d) => d.id === 'garrison')!.rationale).toMatch(/not in the sources read/);
    const secrets = sc.platforms.flatMap((p) => p.secret ?? []);
    const ids = new Set(sc.delegations.map((d) => d.id));
    for (const o of secrets) if (o.measure.kind === 'delegation') expect(ids.has(o.measure.delegation), o.text).toBe(true);
  });

  it('is a conference whose record counts delegates in two camps, with the Soviet note’s 21% beside them', () => {
    expect(sc.meeting).toBe('conference');
    const record = sc.agenda.find((a) => a.id === 'balance')!.record;
    expect(record.counts).toBe('delegates');
    expect(record.summary).toMatch(/21% of all votes at the conference, without saying on which ballot/);
    expect(record.sources).toContain('pss42');
  });

  it('hears both sides in words of their own time, with the translation each comes from', () => {
    const quoted = sc.cards.filter((c) => c.quote);
    for (const seat of ['cc', 'wo']) expect(quoted.some((c) => c.platform === seat), seat).toBe(true);
    for (const c of quoted) expect(c.quote!.speaker, c.id).toMatch(/translation|English/);
    expect(sc.cards.find((c) => c.id === 'cc-one-conference')!.quote!.source).toBe('cw31-mc-election');
    expect(sc.cards.find((c) => c.id === 'wo-producers')!.quote!.speaker).toMatch(/Lutovinov, 9th Party Congress/);
  });

  it('gives the opposition and the Ignatov group the demands of 1920, not their theses of 1921', () => {
    const wo = sc.platforms.find((p) => p.id === 'wo')!;
    expect(wo.demands.join(' ')).not.toMatch(/Congress of Producers/);
    expect(wo.demands[0]).toMatch(/Lutovinov, Ninth Congress/);
    expect(wo.demands[2]).toMatch(/^The fastest possible change-over to peace-time work.*Lenin's summary of the opposition's slogan at this conference/);
    const ignatov = sc.platforms.find((p) => p.id === 'ignatov')!;
    expect(ignatov.demands.join(' ')).not.toMatch(/two-thirds/);
    expect(ignatov.note).toMatch(/put to the Tenth Congress in 1921/);
    expect(sc.sources.map((x) => x.id)).not.toContain('kollontai-sw');
    expect(sc.cards.find((c) => c.id === 'cc-persuasion')!.claim).toMatch(/called for Tsektran to be reformed and its outsized growth over the other unions stopped/);
    expect(sc.platforms.find((p) => p.id === 'ignatov')!.note).toMatch(/No text of the group from November 1920 is in the sources read/);
    expect(sc.epilogue).toMatch(/62 to 18 in the final vote by one account; 84 to 27 on a second vote in a Soviet note/);
    expect(sc.cards.find((c) => c.id === 'cc-school')!.claim).not.toMatch(/defend them where our state goes wrong/);
  });

  it("does not put a named leader at the rostrum whom no source places at the conference", () => {
    const wo = sc.platforms.find((p) => p.id === 'wo')!;
    expect(wo.speaker).toBe('An opposition delegate');
    expect(wo.note).toMatch(/speeches at the conference are not recorded/);
  });
});
