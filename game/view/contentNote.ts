/**
 * The content note a scenario gives before its passages about violence: shown on the screen before the
 * news that opens the congress, before the epilogue, and in the codex with both passages, so that a
 * teacher can read them before the lesson. DOM only, built from scenario data.
 */
import type { Scenario } from '../content/schema';
import { el } from './dom';

export type NotedPassage = 'opening' | 'epilogue';

/** The note, if the scenario gives one before this passage. */
export function contentNote(sc: Scenario, before: NotedPassage): HTMLElement | null {
  const note = sc.contentNote;
  if (!note?.before.includes(before)) return null;
  return el('aside', { class: 'content-note', role: 'note', 'aria-label': 'Content note', 'data-test': `content-note-${before}` }, el('strong', {}, 'Content note. '), note.text);
}

/** The epilogue behind its note: the note is read first, the passage opens on request. */
export function epilogueBlock(sc: Scenario): HTMLElement[] {
  if (!sc.epilogue) return [];
  const note = contentNote(sc, 'epilogue');
  const text = el('p', { class: 'epilogue' }, sc.epilogue);
  if (!note) return [el('h3', {}, 'Afterwards'), text];
  return [el('h3', {}, 'Afterwards'), note, el('details', { 'data-test': 'epilogue' }, el('summary', {}, 'Read what happened afterwards'), text)];
}

/** For the codex: the note and the passages it comes before, in full. */
export function contentNotePreview(sc: Scenario): HTMLElement {
  const note = sc.contentNote;
  if (!note) return el('p', {}, 'This scenario has no content note: nothing in it needs one.');
  const box = el('div', { class: 'codex-note' }, el('p', {}, el('strong', {}, 'Content note. '), note.text));
  if (note.before.includes('opening')) {
    box.append(el('h3', {}, `Shown before the news that opens the ${sc.meeting}`), el('p', {}, el('strong', {}, sc.opening.title), ' ', sc.opening.text));
  }
  if (note.before.includes('epilogue') && sc.epilogue) box.append(el('h3', {}, 'Shown before the epilogue'), el('p', {}, sc.epilogue));
  return box;
}
