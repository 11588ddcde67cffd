/**
 * The campaign in the DOM panel: the campaign screen (the chapters as a timeline with their grades, what
 * each carried into the next and why, with its sources; the chapter to play; replaying a chapter; the file),
 * the block the result adds at a chapter's end, and the block the hall shows of what this chapter began
 * with. Reads the CampaignView the host builds; decides nothing.
 */
import { button, el } from './dom';
import type { CampaignView, CarriedView, ViewContext } from './ViewContext';

/** What was carried, each rule with its effects in words and its sources. */
export function carriedList(items: readonly CarriedView[], label: string): HTMLElement {
  const list = el('ul', { class: 'carried', 'aria-label': label });
  for (const c of items) {
    const li = el('li', {}, el('p', {}, c.why), el('ul', { class: 'effects' }, ...c.effects.map((e) => el('li', {}, e))));
    if (c.sources.length) li.append(el('p', { class: 'source' }, `Sources${c.confidence ? ` (confidence: ${c.confidence})` : ''}: ${c.sources.join('; ')}.`));
    else li.append(el('p', { class: 'source' }, 'A rule of the game, not a fact of history.'));
    list.append(li);
  }
  return list;
}

/** The campaign screen: fills the panel and returns the control the keyboard focus should land on. */
export function campaignScreen(ctx: ViewContext, v: CampaignView, panel: HTMLElement): HTMLElement {
  const { actor } = ctx;
  const current = ctx.screen().match;
  const here = v.chapters[v.index]!;
  panel.append(el('p', {}, v.summary));
  let first: HTMLElement;
  if (v.finished) {
    panel.append(el('h3', {}, "The campaign's end"), ...v.epilogue!.split('\n\n').map((t) => el('p', { 'data-test': 'campaign-epilogue' }, t)));
    first = current ? button(`See the result of chapter ${v.index + 1}`, () => actor.send({ type: 'session.resume' }), { class: 'primary', 'data-test': 'continue-game' }) : el('span');
  } else if (current && current.phase !== 'outcome') {
    first = button(`Continue chapter ${v.index + 1}: ${here.title}`, () => actor.send({ type: 'session.resume' }), { class: 'primary', 'data-test': 'continue-game' });
  } else {
    first = button(`Play chapter ${v.index + 1}: ${here.title}`, () => actor.send({ type: 'session.setup' }), { class: 'primary', 'data-test': 'begin' });
  }
  panel.append(first);
  if (!v.finished) {
    panel.append(el('h3', {}, `Chapter ${v.index + 1} begins with`));
    panel.append(v.carriedIn.length ? carriedList(v.carriedIn, `What chapter ${v.index + 1} begins with`) : el('p', { 'data-test': 'carried-in-none' }, v.index === 0 ? 'The first chapter begins as history did.' : 'Nothing from the chapter before: it ended in a way no rule of this campaign carries over.'));
  }
  panel.append(el('h3', {}, 'The chapters'));
  const timeline = el('ol', { class: 'timeline', 'aria-label': 'The chapters of the campaign', 'data-test': 'campaign-timeline' });
  v.chapters.forEach((ch, i) => {
    const status = ch.status === 'playing' ? (ch.grades ? 'being played again' : 'being played') : ch.status === 'played' ? 'played' : 'to come';
    const li = el('li', { 'data-status': ch.status }, el('h4', {}, `Chapter ${i + 1}: ${ch.title} (${ch.dates}), ${status}`), el('p', {}, ch.summary));
    if (ch.grades) li.append(el('p', { 'data-test': 'chapter-grades' }, `${ch.status === 'playing' ? 'Last time: ' : ''}${capitalFirst(ch.grades)}.`));
    if (ch.stale) li.append(el('p', { class: 'rejection' }, 'Played on an earlier result of the chapter before it: replay it to play it on what that chapter carries now.'));
    if (ch.carried.length) li.append(el('p', {}, el('strong', {}, 'Carried into the next chapter:')), carriedList(ch.carried, `What chapter ${i + 1} carried into chapter ${i + 2}`));
    else if (ch.grades && i < v.chapters.length - 1) li.append(el('p', {}, 'Carried into the next chapter: nothing.'));
    const playable = ch.grades !== null && (i === 0 || v.chapters[i - 1]!.grades !== null);
    if (playable) {
      const later = v.chapters.slice(i + 1).some((x) => x.grades !== null);
      if (later) {
        li.append(
          button(`Replay chapter ${i + 1}, keeping the chapters after it`, () => v.replay(i, true), { 'data-test': `replay-keep-${i + 1}` }),
          button(`Replay from chapter ${i + 1}, discarding the chapters after it`, () => v.replay(i, false), { 'data-test': `replay-discard-${i + 1}` }),
        );
      } else if (ch.status !== 'playing') li.append(button(`Replay chapter ${i + 1}`, () => v.replay(i, false), { 'data-test': `replay-discard-${i + 1}` }));
    }
    timeline.append(li);
  });
  panel.append(timeline);
  panel.append(
    button('Save the campaign to a file', () => v.download(), { 'data-test': 'campaign-download' }),
    button('Back to the title', () => v.leave(), { 'data-test': 'campaign-leave' }),
  );
  return first;
}

const capitalFirst = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

/** At a chapter's end: what it carries into the next, and the way on. Returns the way on. */
export function chapterEnd(v: CampaignView): { box: HTMLElement; next: HTMLElement } {
  const ch = v.chapters[v.index]!;
  const last = v.index === v.chapters.length - 1;
  const box = el('section', { class: 'campaign-end', 'aria-label': 'The campaign' }, el('h3', {}, `${v.title}: chapter ${v.index + 1} of ${v.chapters.length}`));
  if (!last) box.append(el('p', {}, el('strong', {}, `What this chapter carries into chapter ${v.index + 2}:`)), ch.carried.length ? carriedList(ch.carried, 'What this chapter carries into the next') : el('p', {}, 'Nothing: no rule of this campaign is set off by this result.'));
  const next = button(last ? "See the campaign's end" : `Go on to chapter ${v.index + 2}: ${v.chapters[v.index + 1]!.title}`, () => v.goOn(), { class: 'primary', 'data-test': 'campaign-next' });
  box.append(next);
  return { box, next };
}

/** In the hall: what this chapter began with, folded away after the first look. */
export function hallCarried(v: CampaignView): HTMLElement | null {
  if (!v.carriedIn.length) return null;
  return el('details', { class: 'carried-in', 'data-test': 'hall-carried' }, el('summary', {}, `Carried over from chapter ${v.index} (${v.chapters[v.index - 1]!.title})`), carriedList(v.carriedIn, 'What this chapter began with'));
}
