/**
 * The projector's big type (issue 14): the lesson's phase and clock, a pause that says so without
 * darkening anything, the speech now by role with its timer, who speaks next, where the congress is, the
 * record's last lines and the votes counted. Drawn from a Projection (classroom/projection.ts), which holds
 * the public view only. DOM only; the hall beside it is the class hall (classHall.ts).
 */
import { clockText, type Projection } from '../classroom/projection';
import { el } from './dom';

export function renderProjection(box: HTMLElement, p: Projection | null): void {
  if (!p) {
    box.replaceChildren(el('h2', {}, 'The projector is waiting for the teacher'), el('p', {}, 'Open the class on the teacher\'s console in this browser: this window follows it.'));
    return;
  }
  const parts: HTMLElement[] = [
    el('h2', { 'data-test': 'projector-phase' }, `${p.phase} `, ...(p.secondsLeft === null ? [] : [el('span', { class: 'clock', role: 'timer', 'aria-label': `${p.phase}: time left` }, clockText(p.secondsLeft))])),
  ];
  if (p.paused) parts.push(el('p', { class: 'paused', role: 'status', 'data-test': 'projector-paused' }, 'The lesson is paused'));
  parts.push(el('p', { class: 'heading', 'data-test': 'projector-heading' }, p.heading));
  if (p.note) parts.push(el('p', { class: 'content-note', role: 'note', 'data-test': 'projector-note' }, el('strong', {}, 'Content note. '), p.note));
  if (p.voting) parts.push(el('p', { class: 'voting', 'data-test': 'projector-voting' }, el('strong', {}, `The vote: ${p.voting.title}. `), `Raise your hand for: ${p.voting.options.join(', or ')}.`));
  if (p.speech) {
    parts.push(el('p', { class: 'speech', 'data-test': 'projector-speech' }, el('strong', {}, 'Speaking: '), `${p.speech.role} `, el('span', { class: 'clock', role: 'timer', 'aria-label': 'Speech: time left' }, clockText(p.speech.secondsLeft)), p.speech.running ? '' : ' (paused)'));
  }
  if (p.moved) parts.push(el('p', { class: 'moves', 'data-test': 'projector-moves' }, p.moved.text));
  if (p.next.length) parts.push(el('p', { class: 'next', 'data-test': 'projector-next' }, el('strong', {}, 'Next: '), p.next.join('; ')));
  if (p.history) {
    const h = p.history;
    const table = el('table', { class: 'breakdown', 'data-test': 'projector-history' }, el('caption', {}, `The class beside ${h.year}`), el('tr', {}, el('th', { scope: 'col' }, 'Motion'), el('th', { scope: 'col' }, 'The class'), el('th', { scope: 'col' }, h.year)));
    for (const r of h.rows) table.append(el('tr', {}, el('th', { scope: 'row' }, r.motion), el('td', {}, String(r.class)), el('td', {}, r.then === null ? 'unknown' : String(r.then))));
    parts.push(table, el('p', {}, h.summary));
  }
  if (p.prompts.length) parts.push(el('h3', {}, 'Questions for the class'), el('ol', { 'data-test': 'projector-prompts' }, ...p.prompts.map((q) => el('li', {}, q))));
  if (p.votes.length) parts.push(el('h3', {}, 'The votes'), el('ul', { 'data-test': 'projector-votes' }, ...p.votes.map((v) => el('li', {}, v))));
  if (p.lines.length) parts.push(el('h3', {}, 'The record, the latest first'), el('ul', { class: 'lines', 'data-test': 'projector-lines' }, ...p.lines.map((l) => el('li', {}, l))));
  box.replaceChildren(...parts);
}
