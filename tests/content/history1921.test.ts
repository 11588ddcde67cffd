/**
 * The 1921 scenario holds what the history dossier says, and nothing it does not: counts the issue asks for,
 * every citation resolving, short quotations, disputed figures given every way, the record of the votes
 * and elections, and unknown counts left unknown. Expectations cite the dossier's sections.
 */
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../game/content/parse';
import { loadScenario, rawScenario, scenarioFiles } from '../support/scenario';

const sc = loadScenario();

/** Every place in a scenario that cites sources: [path, ids]. Walks the raw JSON, not the schema. */
function citations(node: unknown, path: string[] = []): [string, string[]][] {
  if (Array.isArray(node)) return node.flatMap((v, i) => citations(v, [...path, String(i)]));
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([k, v]): [string, string[]][] => {
    if (k === 'sources' && path.length > 0 && Array.isArray(v) && v.every((x) => typeof x === 'string')) return [[[...path, k].join('.'), v as string[]]];
    if (k === 'source' && typeof v === 'string') return [[[...path, k].join('.'), [v]]];
    return citations(v, [...path, k]);
  });
}

describe('every scenario file', () => {
  it.each(scenarioFiles())('%s: every citation resolves to a listed source', (file) => {
    const raw = rawScenario(file) as { sources: { id: string }[] };
    const known = new Set(raw.sources.map((s) => s.id));
    const cites = citations(raw);
    expect(cites.length).toBeGreaterThan(10);
    for (const [path, ids] of cites) for (const id of ids) expect(known.has(id), `${path} cites ${id}`).toBe(true);
  });

  it.each(scenarioFiles())('%s: no quotation is longer than 40 words (brief: quotes at most 40 words)', (file) => {
    const s = loadScenario(file);
    const quotes = s.cards.flatMap((c) => (c.quote ? [c.quote] : []));
    for (const q of quotes) expect(q.text.trim().split(/\s+/).length, q.text).toBeLessThanOrEqual(40);
  });

  it.each(scenarioFiles())('%s: every disputed figure gives at least two versions, each with its sources', (file) => {
    for (const f of loadScenario(file).figures) {
      expect(f.values.length, f.id).toBeGreaterThanOrEqual(2);
      expect(new Set(f.values.map((v) => String(v.value))).size, f.id).toBe(f.values.length);
      for (const v of f.values) expect(v.sources.length).toBeGreaterThan(0);
    }
  });

  it.each(scenarioFiles())('%s: delegations add up to the stated totals', (file) => {
    const s = loadScenario(file);
    expect(s.delegations.reduce((n, d) => n + d.voting, 0)).toBe(s.totals.voting);
    expect(s.delegations.reduce((n, d) => n + d.consultative, 0)).toBe(s.totals.consultative);
    for (const d of s.delegations) if (d.basis === 'estimate') expect(d.rationale.length).toBeGreaterThan(10);
  });
});

describe('removing a citation from a copy of the 1921 scenario is caught', () => {
  const raw = rawScenario();
  const cites = citations(raw).filter(([path]) => !path.startsWith('delegations.') && !path.startsWith('glossary.'));
  it('finds citations on platforms, people, cards, quotes, events, figures, the opening and the records', () => {
    const kinds = new Set(cites.map(([path]) => path.split('.')[0]));
    for (const k of ['platforms', 'people', 'cards', 'events', 'figures', 'opening', 'agenda']) expect(kinds).toContain(k);
  });
  it.each(cites.filter((_, i) => i % 7 === 0).map(([path]) => [path]))('emptying %s fails validation at that path', (path) => {
    const copy = structuredClone(raw) as Record<string, unknown>;
    const keys = path.split('.');
    let node: any = copy;
    for (const k of keys.slice(0, -1)) node = node[k];
    const last = keys.at(-1)!;
    if (last === 'source') delete node[last];
    else node[last] = [];
    const parsed = parseScenario(copy);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.map((p) => p.path)).toContain(path);
  });
});

describe('the 1921 scenario against the dossier', () => {
  it('has 694 voting and 296 consultative delegates (official count, dossier 1.1) and gives 717 + 418 as the other version', () => {
    expect(sc.totals).toMatchObject({ voting: 694, consultative: 296, figure: 'delegates-voting' });
    const voting = sc.figures.find((f) => f.id === 'delegates-voting')!.values.map((v) => v.value);
    const consultative = sc.figures.find((f) => f.id === 'delegates-consultative')!.values.map((v) => v.value);
    expect(voting).toEqual(expect.arrayContaining([694, 717]));
    expect(consultative).toEqual(expect.arrayContaining([296, 418]));
  });

  it('gives the departures for Kronstadt both as about 300 and as "over 200" (dossier 5, 9)', () => {
    const values = sc.figures.find((f) => f.id === sc.opening.figure)!.values.map((v) => String(v.value));
    expect(values).toEqual(expect.arrayContaining(['300', 'over 200']));
    expect(sc.opening.departures).toBe(300);
  });

  it('dates the Platform of the Ten 14 or 18 January (dossier 2.1)', () => {
    const values = sc.figures.find((f) => f.id === 'platform-of-ten-published')!.values.map((v) => String(v.value));
    expect(values.join(' ')).toMatch(/14 January.*18 January|18 January.*14 January/);
  });

  it('has the platforms, with the minor groups, each with demands', () => {
    expect(sc.platforms.map((p) => p.id).sort()).toEqual(['buffer', 'dc', 'ignatov', 'tb', 'ten', 'wo']);
    for (const p of sc.platforms) expect(p.demands.length).toBeGreaterThanOrEqual(2);
  });

  it('names at least 22 people with life dates (or null where unknown), a 1920-21 role and a platform field (dossier 6)', () => {
    expect(sc.people.length).toBeGreaterThanOrEqual(22);
    const shl = sc.people.find((p) => p.id === 'shlyapnikov')!;
    expect(shl).toMatchObject({ born: '30 Aug 1885', died: '2 Sep 1937', platform: 'wo' });
    expect(sc.people.find((p) => p.id === 'kutuzov')).toMatchObject({ born: null, died: null });
  });

  it('has at least 15 delegations, each a party organisation with estimated leanings', () => {
    expect(sc.delegations.length).toBeGreaterThanOrEqual(15);
    for (const d of sc.delegations) expect(d.basis).toBe('estimate');
    // the miners' fraction vote of 24 January 1921 (dossier 3) is a pointer for the Donbas, not a delegation's vote
    expect(sc.delegations.find((d) => d.id === 'donbas')!.rationale).toMatch(/Ten 137, Workers' Opposition 62, Trotsky 8 .*a pointer, not this delegation's vote/);
  });

  it('has 12 cards for each major platform and 4 for each minor group, each cited', () => {
    const count = (p: string) => sc.cards.filter((c) => c.platform === p).length;
    for (const p of ['wo', 'tb', 'ten']) expect(count(p)).toBeGreaterThanOrEqual(12);
    for (const p of ['dc', 'ignatov', 'buffer']) expect(count(p)).toBeGreaterThanOrEqual(4);
    for (const c of sc.cards) expect(c.sources.length).toBeGreaterThan(0);
  });

  it('dates the events of the Discussion, Kronstadt and the tax in kind (dossier 2.1, 4.3, 5)', () => {
    const dates = new Set(sc.events.map((e) => e.date));
    for (const d of ['1920-12-30', '1921-01-17', '1921-01-24', '1921-01-25', '1921-02-23', '1921-02-28', '1921-03-18', '1921-02-08', '1921-03-15']) {
      expect(dates, d).toContain(d);
    }
    expect(new Set(sc.events.map((e) => e.thread))).toEqual(new Set(['discussion', 'kronstadt', 'tax-in-kind', 'congress', 'countryside']));
  });

  it('records the agenda: the trade-union vote 336 / 50 / 18, unity with its secret point 7, and unknown counts as unknown (dossier 2.3, 4, 10)', () => {
    const item = (id: string) => sc.agenda.find((a) => a.id === id)!;
    expect(item('trade-unions').record.votes).toEqual({ 'ten-motion': 336, 'tb-motion': 50, 'wo-motion': 18 });
    expect(item('party-unity').secret).toMatch(/two-thirds/);
    for (const id of ['party-unity', 'syndicalist-deviation', 'tax-in-kind']) expect(item(id).record.votes).toBeNull();
  });

  it('records the Central Committee of 25 + 15: Shlyapnikov and Kutuzov full members, Medvedev and Kiselev candidates, three secretaries dropped (dossier 4.4)', () => {
    const cc = sc.agenda.find((a) => a.kind === 'election')!;
    expect(cc.record.summary).toMatch(/25/);
    expect(cc.record.elected!.full).toEqual(expect.arrayContaining(['shlyapnikov', 'kutuzov']));
    expect(cc.record.elected!.candidates).toEqual(expect.arrayContaining(['medvedev', 'kiselev']));
    expect(cc.record.elected!.dropped.sort()).toEqual(['krestinsky', 'preobrazhensky', 'serebryakov']);
  });

  it('has a glossary of at least 25 terms', () => {
    expect(sc.glossary.length).toBeGreaterThanOrEqual(25);
    const terms = sc.glossary.map((t) => t.term.toLowerCase()).join('|');
    for (const t of ['tsektran', 'razvyorstka', 'nep', 'orgburo', 'vtssps', 'gubkom', 'spets', 'one-man management', 'democratic centralism', 'syndicalism']) {
      expect(terms, t).toContain(t);
    }
  });
});
