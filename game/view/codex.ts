/**
 * The codex and the citation viewer, as native <dialog> elements over the game: people, platforms,
 * glossary, events, contested figures and sources of the scenario, and for any card, quote or figure the
 * full references behind it. Opens from every screen (the header's Codex button, or the C key); Escape
 * closes and focus returns where it was. DOM only, built from scenario data.
 */
import type { Scenario } from '../content/schema';
import { button, el } from './dom';
import { contentNotePreview } from './contentNote';

export type CodexTab = 'people' | 'platforms' | 'glossary' | 'events' | 'figures' | 'sources' | 'note';
const TABS: { id: CodexTab; label: string }[] = [
  { id: 'platforms', label: 'Platforms' },
  { id: 'people', label: 'People' },
  { id: 'events', label: 'Events' },
  { id: 'glossary', label: 'Glossary' },
  { id: 'figures', label: 'Disputed figures' },
  { id: 'sources', label: 'Sources' },
  { id: 'note', label: 'Content note' },
];

export interface Codex {
  open(tab?: CodexTab): void;
  /** Shows the references behind one thing (a card, a quote, a figure). */
  cite(what: string, sourceIds: readonly string[], confidence?: string, note?: string): void;
  close(): void;
}

function citation(sc: Scenario, id: string): HTMLElement {
  const s = sc.sources.find((x) => x.id === id);
  if (!s) return el('li', {}, `Unknown source "${id}"`);
  return el('li', { 'data-source': id }, el('strong', {}, s.author), `, ${s.title} (${s.date}). `, el('span', { class: 'where' }, s.where));
}

function shortCite(sc: Scenario, ids: readonly string[]): string {
  return ids.map((id) => sc.sources.find((s) => s.id === id)?.author ?? id).join('; ');
}

function tabContent(sc: Scenario, tab: CodexTab): HTMLElement {
  const list = el('dl', { class: 'codex-list' });
  const add = (term: string, ...detail: (string | Node)[]) => list.append(el('dt', {}, term), el('dd', {}, ...detail));
  const meta = (ids: readonly string[], confidence?: string) => el('span', { class: 'source' }, ` Sources: ${shortCite(sc, ids)}${confidence ? ` (confidence: ${confidence})` : ''}.`);
  switch (tab) {
    case 'platforms':
      for (const p of sc.platforms) add(`${p.name} (${p.leaders.join(', ')})`, el('ul', {}, ...p.demands.map((d) => el('li', {}, d))), p.note ?? '', meta(p.sources, p.confidence));
      break;
    case 'people':
      for (const p of sc.people) {
        const platform = sc.platforms.find((x) => x.id === p.platform)?.name ?? 'platform not known';
        const dates = `${p.born ?? 'birth date unknown'} – ${p.died ?? 'death date unknown'}`;
        add(`${p.name} (${dates})`, `${p.role} Platform: ${platform}.`, p.datesNote ? ` ${p.datesNote}` : '', meta(p.sources, p.confidence));
      }
      break;
    case 'events':
      for (const e of [...sc.events].sort((a, b) => a.date.localeCompare(b.date))) add(`${e.date}${e.until ? ` to ${e.until}` : ''}: ${e.title}`, e.text, meta(e.sources, e.confidence));
      break;
    case 'glossary':
      for (const t of [...sc.glossary].sort((a, b) => a.term.localeCompare(b.term))) add(t.term, t.definition, t.sources.length ? meta(t.sources) : '');
      break;
    case 'figures':
      for (const f of sc.figures) add(f.label, el('ul', {}, ...f.values.map((v) => el('li', {}, `${v.value}: ${v.note} (${shortCite(sc, v.sources)})`))), el('span', { class: 'source' }, ` Confidence: ${f.confidence}.`));
      break;
    case 'sources':
      return el('ul', { class: 'codex-sources' }, ...sc.sources.map((s) => citation(sc, s.id)));
    case 'note':
      return contentNotePreview(sc);
  }
  if (!list.childElementCount) list.append(el('dt', {}, 'Nothing recorded in this scenario.'));
  return list;
}

export function createCodex(sc: Scenario, host: HTMLElement): Codex {
  const dialog = el('dialog', { id: 'codex', 'aria-labelledby': 'codex-title' });
  const title = el('h2', { id: 'codex-title' }, 'Codex');
  const body = el('div', { class: 'codex-body' });
  const tabs = el('div', { role: 'tablist', 'aria-label': 'Codex sections' });
  let returnTo: Element | null = null;
  const show = (tab: CodexTab) => {
    title.textContent = `Codex: ${TABS.find((t) => t.id === tab)!.label}`;
    body.replaceChildren(tabContent(sc, tab));
    for (const b of tabs.querySelectorAll('button')) b.setAttribute('aria-selected', String(b.dataset.tab === tab));
  };
  for (const t of TABS) {
    const b = button(t.label, () => show(t.id), { role: 'tab', 'data-tab': t.id });
    tabs.append(b);
  }
  const closer = button('Close', () => dialog.close(), { class: 'close' });
  dialog.append(el('div', { class: 'codex-head' }, title, closer), tabs, body);
  dialog.addEventListener('close', () => (returnTo as HTMLElement | null)?.focus?.());
  host.append(dialog);
  const openDialog = () => {
    if (!dialog.open) {
      returnTo = document.activeElement;
      dialog.showModal();
    }
    closer.focus();
  };
  return {
    open(tab = 'platforms') {
      show(tab);
      openDialog();
    },
    cite(what, sourceIds, confidence, note) {
      title.textContent = `Sources: ${what}`;
      for (const b of tabs.querySelectorAll('button')) b.setAttribute('aria-selected', 'false');
      body.replaceChildren(
        sourceIds.length ? el('ul', { class: 'codex-sources' }, ...sourceIds.map((id) => citation(sc, id))) : el('p', {}, 'No source gives this.'),
        confidence ? el('p', {}, `Confidence of the sources: ${confidence}.`) : '',
        note ? el('p', {}, note) : '',
      );
      openDialog();
    },
    close: () => dialog.close(),
  };
}
