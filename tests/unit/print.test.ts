/**
 * The printable kit (issue 14): every role's title and objectives, every argument card, a tally row per
 * delegation and the debrief questions, at 12 pt or more on A4 or Letter, every scenario word escaped.
 */
import { describe, expect, it } from 'vitest';
import { debriefPrompts } from '../../game/classroom/debrief';
import { roleCards } from '../../game/classroom/kit';
import { PRINT_MIN_PT, escapeHtml, kitHtml } from '../../game/classroom/print';
import { proposeSetup, rename } from '../../game/classroom/roles';
import { JSDOM } from 'jsdom';
import { playWithLog } from '../support/play';
import { loadScenario } from '../support/scenario';

const sc = loadScenario();

describe('the printable kit', () => {
  it('holds every role\'s card with its objectives, every argument, the tally sheet and the debrief', () => {
    const setup = rename(proposeSetup(sc, 28, '45'), 'chair', 0, 'Ada <Lovelace> & "Co"');
    const prompts = debriefPrompts(sc, playWithLog(sc, 2).final);
    const html = kitHtml(sc, setup, 'A4', prompts);
    const doc = new JSDOM(html).window.document;
    const text = doc.body.textContent ?? '';
    const sections = [...doc.querySelectorAll('section.card[data-role]')];
    expect(sections.map((s) => s.getAttribute('data-role'))).toEqual(setup.roles.map((r) => r.id));
    for (const card of roleCards(sc, setup)) {
      const section = doc.querySelector(`section[data-role="${card.role}"]`)!;
      expect(section.querySelector('h2')!.textContent).toBe(card.title);
      for (const o of card.objectives) expect(section.textContent).toContain(o);
    }
    for (const c of sc.cards) expect(text).toContain(c.title);
    expect(doc.querySelectorAll('tbody tr').length).toBe(sc.delegations.length);
    for (const p of prompts) expect(text).toContain(p);
    // a name with markup in it is printed as written, not read as markup
    expect(doc.querySelector('section[data-role="chair"] .students')!.textContent).toBe('Ada <Lovelace> & "Co"');
    expect(doc.querySelectorAll('lovelace').length).toBe(0);
  });

  it('prints on A4 or Letter, nothing under 12 pt, a card to a page', () => {
    const setup = proposeSetup(sc, 12, '50');
    for (const paper of ['A4', 'Letter'] as const) {
      const css = new JSDOM(kitHtml(sc, setup, paper)).window.document.querySelector('style')!.textContent!;
      expect(css).toContain(`size: ${paper === 'A4' ? 'A4' : 'letter'}`);
      const sizes = [...css.matchAll(/font-size:\s*([\d.]+)pt/g)].map((m) => Number(m[1]));
      expect(sizes.length).toBeGreaterThan(3);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(PRINT_MIN_PT);
      expect(css).not.toMatch(/font-size:\s*[\d.]+(px|em|rem|%)/);
      expect(css).toMatch(/section\.card \{ break-after: page; \}/);
    }
    expect(new JSDOM(kitHtml(sc, setup)).window.document.body.textContent).toContain('print them after the votes');
  });

  it('escapes the five characters HTML reads', () => {
    expect(escapeHtml(`<a href="x">Tom & 'Jerry'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;');
  });
});
