/**
 * The objectives, one key away (the header's Objectives button, or the O key): each objective of the
 * viewer's platform with what its grade measures and how it stands now, and the secret one for that
 * player's eyes. At setup, the same list for a platform being chosen. The dialog is emptied whenever it
 * closes, so nothing private stays in the page behind the hot-seat curtain. DOM only, from the view.
 */
import type { Scenario } from '../content/schema';
import { objectivesOf, termsOf, type Standing } from '../rules/outcome';
import { standingText, termsText } from '../words/narrate';
import { button, el } from './dom';
import type { Screen } from './screen';

/** One platform's objectives as a list: each with what its grade measures (for setup, before a game exists). */
export function objectivesList(sc: Scenario, platform: string): HTMLElement {
  return el(
    'ul',
    { class: 'objectives', 'aria-label': 'Objectives', 'data-test': 'objectives' },
    ...objectivesOf(sc, platform).map((o) => el('li', {}, el('strong', {}, `${o.text}. `), el('span', { class: 'terms' }, termsText(sc, termsOf(sc, o))))),
  );
}

/** Objectives with their standing now: the criterion, the exact counts for the votes counted so far, and the forecast. */
export function standingList(sc: Scenario, standing: readonly Standing[]): HTMLElement {
  return el(
    'ul',
    { class: 'objectives', 'aria-label': 'Your objectives', 'data-test': 'standing' },
    ...standing.map((s) =>
      el(
        'li',
        { class: s.secret ? 'secret' : '' },
        el('strong', {}, `${s.secret ? 'Secret objective (only you see it): ' : ''}${s.text}. `),
        el('span', { class: 'now', 'data-test': 'standing-now' }, standingText(s)),
        el('span', { class: 'terms source' }, ` ${termsText(sc, s.terms, s.basis === 'none' ? 0 : s.cast)}`),
      ),
    ),
  );
}

export interface ObjectivesDialog {
  open(): void;
  close(): void;
}

export function createObjectives(sc: Scenario, host: HTMLElement, screen: () => Screen): ObjectivesDialog {
  const dialog = el('dialog', { id: 'objectives', 'aria-labelledby': 'objectives-title' });
  const title = el('h2', { id: 'objectives-title' }, 'Objectives');
  const body = el('div', {});
  const closer = button('Close', () => dialog.close(), { class: 'close' });
  dialog.append(el('div', { class: 'codex-head' }, title, closer), body);
  let returnTo: Element | null = null;
  dialog.addEventListener('close', () => {
    body.replaceChildren();
    (returnTo as HTMLElement | null)?.focus?.();
  });
  host.append(dialog);
  return {
    open() {
      const s = screen();
      const v = s.view;
      if (s.curtain) return;
      if (v?.you) {
        title.textContent = `Objectives of ${sc.platforms.find((p) => p.id === v.you!.seat)?.name ?? v.you.seat}`;
        body.replaceChildren(standingList(sc, v.you.standing));
      } else {
        title.textContent = 'Objectives of each platform';
        body.replaceChildren(...sc.platforms.filter((p) => p.playable).flatMap((p) => [el('h3', {}, p.name), objectivesList(sc, p.id)]));
      }
      if (!dialog.open) {
        returnTo = document.activeElement;
        dialog.showModal();
      }
      closer.focus();
    },
    close: () => dialog.close(),
  };
}
