/**
 * A first game that teaches: during the first round of the Discussion, a short guide tells the platforms
 * apart in plain words (each by its first demand) and says what a round is; once the congress is elected,
 * three questions check that the platforms are told apart, each answered at once with the right answer
 * shown. Built from the scenario's own platforms, so any scenario gets its guide. Hidden for good once
 * dismissed (remembered in this browser); never in a game of several players at one screen. DOM only.
 */
import type { Scenario } from '../content/schema';
import { inSentence } from '../words/narrate';
import { button, el } from './dom';

const KEY = 'tenth-congress.guide';

export function guideWanted(): boolean {
  try {
    return localStorage.getItem(KEY) !== 'done';
  } catch {
    return true;
  }
}

function dismiss(box: HTMLElement): void {
  try {
    localStorage.setItem(KEY, 'done');
  } catch {
    // storage blocked: the guide goes for this page only
  }
  box.remove();
}

/** The first round's guide: who wants what, and what a round of the Discussion does. */
export function firstRoundGuide(sc: Scenario): HTMLElement {
  const playable = sc.platforms.filter((p) => p.playable);
  const box = el('details', { class: 'guide', open: true, 'data-test': 'guide' }, el('summary', {}, 'First game: how to read this'));
  box.append(
    el('p', {}, `Before the ${sc.meeting} meets, its delegates are elected by ${sc.meeting === 'congress' ? 'conferences all over the country' : 'the district and county conferences of its organisation'}. Each round you send your platform's people to one of them (or hold meetings, or publish): the hall shows, outlined, the seats each conference would elect now, and every action shows what it should win you.`),
    el('ul', { 'aria-label': 'The platforms in plain words' }, ...playable.map((p) => el('li', {}, el('strong', {}, `${p.name}: `), p.demands[0] ?? ''))),
    el('p', {}, 'Press O at any time for your objectives and how each stands.'),
    button('Hide the guide for good', () => dismiss(box), { class: 'cite' }),
  );
  return box;
}

/** Three questions once the congress (or conference) is elected: which platform demands this? Each answered at once. */
export function platformCheck(sc: Scenario): HTMLElement | null {
  const playable = sc.platforms.filter((p) => p.playable && p.demands.length > 0);
  if (playable.length < 2) return null;
  const box = el('section', { class: 'guide', 'aria-label': 'Three questions', 'data-test': 'platform-check' }, el('h3', {}, `Three questions before the ${sc.meeting} opens`));
  const questions = Array.from({ length: 3 }, (_, i) => playable[i % playable.length]!).map((p, i) => ({ p, demand: p.demands[Math.floor(i / playable.length) % p.demands.length]! }));
  questions.forEach(({ p, demand }, i) => {
    const result = el('p', { 'aria-live': 'polite', class: 'answer', 'data-test': `answer-${i}` });
    const options = playable.map((o) =>
      button(o.name, () => {
        result.textContent = o.id === p.id ? `Right: that is ${inSentence(p.name)}'s demand.` : `Not quite: that is the demand of ${inSentence(p.name)}.`;
        for (const b of options) b.setAttribute('aria-pressed', String(b === options[playable.indexOf(o)]));
      }, { 'data-platform': o.id }),
    );
    box.append(el('fieldset', {}, el('legend', {}, `${i + 1}. Which platform demands: “${demand}”`), ...options, result));
  });
  box.append(button('Hide the guide for good', () => dismiss(box), { class: 'cite' }));
  return box;
}
