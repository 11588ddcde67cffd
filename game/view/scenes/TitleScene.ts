/**
 * The title: what the game is, in two lines, and one button to begin.
 */
import { Scene } from 'phaser';
import { button, el } from '../dom';
import type { ViewContext } from '../ViewContext';
import { FONT, PAPER } from '../palette';
import { paintTitle } from '../art';
import { paintedImage } from '../canvasTexture';
import { DESIGN, fitDesign } from '../screenSize';

export class TitleScene extends Scene {
  constructor(private readonly ctx: ViewContext) {
    super('title');
  }

  create(): void {
    fitDesign(this);
    this.ctx.report.scene = 'title';
    const sc = this.ctx.scenario;
    const { width, height } = DESIGN;
    this.cameras.main.setBackgroundColor(PAPER);
    // the title page, drawn at the canvas's own scale, and again when the window is resized (art.ts)
    paintedImage(this, 'title-page', 0, 0, width, height, (canvas, scale) => paintTitle(canvas, scale, { dates: sc.dates, title: sc.title, place: sc.place }, FONT));

    const panel = this.ctx.panel(sc.title);
    panel.append(el('p', {}, sc.summary));
    const { actor } = this.ctx;
    const current = this.ctx.screen().match;
    const first: HTMLButtonElement[] = [];
    if (current) {
      const label = current.phase === 'outcome' ? 'See the result of your last game' : 'Continue the game in progress';
      first.push(button(label, () => actor.send({ type: 'session.resume' }), { class: 'primary', 'data-test': 'continue-game' }));
    }
    const begin = button(current ? 'New game' : 'Begin', () => actor.send({ type: 'session.setup' }), { class: current ? '' : 'primary', 'data-test': 'begin' });
    const together = button('Players at one screen (hot-seat)', () => actor.send({ type: 'session.hotSeat' }), { 'data-test': 'hot-seat-title' });
    panel.append(...first, begin, together, this.openSaved(current !== null), this.scenarioPicker());
    (first[0] ?? begin).focus();
  }

  /** A game saved to a file earlier, opened where it stood. */
  private openSaved(replaces: boolean): HTMLElement {
    const file = el('input', { type: 'file', id: 'save-file', accept: '.json,application/json' });
    file.addEventListener('change', () => {
      const chosen = file.files?.[0];
      if (chosen) this.ctx.saves.open(chosen);
    });
    const note = replaces ? el('p', { class: 'source' }, 'A game opened from a file takes the place of the one kept in this browser: save that one to a file first to keep it.') : '';
    return el('div', { class: 'open-saved' }, el('label', { for: 'save-file' }, 'Open a saved game'), file, note);
  }

  /** Another bundled scenario, or an author's own file, tried in the game without rebuilding it. */
  private scenarioPicker(): HTMLElement {
    const lib = this.ctx.library;
    const select = el('select', { id: 'scenario-choice' });
    for (const s of lib.scenarios) {
      const option = el('option', { value: s.id }, `${s.title} (${s.dates})`);
      option.selected = s.id === lib.current;
      select.append(option);
    }
    const file = el('input', { type: 'file', id: 'scenario-file', accept: '.json,application/json' });
    file.addEventListener('change', () => {
      const chosen = file.files?.[0];
      if (chosen) lib.openFile(chosen);
    });
    return el(
      'details',
      { class: 'scenario-picker' },
      el('summary', {}, 'Other scenarios'),
      el('label', { for: 'scenario-choice' }, 'Scenario'),
      select,
      button('Load this scenario', () => lib.choose(select.value), { 'data-test': 'load-scenario' }),
      el('label', { for: 'scenario-file' }, 'Or try your own scenario file (see scenarios/README.md)'),
      file,
    );
  }
}
