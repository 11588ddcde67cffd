/**
 * The title: what the game is, in two lines, and one button to begin; the campaigns to begin or continue.
 * On a campaign's page the title is the campaign screen, with its chapters drawn as a timeline.
 */
import { Scene } from 'phaser';
import { button, el } from '../dom';
import { campaignScreen } from '../campaignPanel';
import type { ViewContext } from '../ViewContext';
import { FONT, INK, PAPER, RED } from '../palette';
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
    const campaign = this.ctx.campaign();
    if (campaign) return this.campaign(campaign);
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
    const together = button('Players at one screen (hot-seat)', () => actor.send({ type: 'session.hotSeat' }), { 'data-test': 'hot-seat-title' });
    const teach = button('A class (the teacher\'s console, a projector, the printed kit)', () => location.assign(`${location.pathname}?class=console&scenario=${encodeURIComponent(sc.id)}`), { 'data-test': 'class-title' });
    const latest = this.ctx.campaigns.kept()[0];
    if (!current && latest) first.push(button(`Continue the campaign: ${latest.title}, ${latest.chapter < latest.chapters ? `chapter ${latest.chapter + 1} of ${latest.chapters}` : 'finished'}`, () => this.ctx.campaigns.open(latest.slot), { class: 'primary', 'data-test': 'continue-campaign' }));
    const begin = button(current || latest ? 'New game' : 'Begin', () => actor.send({ type: 'session.setup' }), { class: current || latest ? '' : 'primary', 'data-test': 'begin' });
    panel.append(...first, begin, together, teach, this.campaigns(), this.openSaved(current !== null), this.scenarioPicker());
    (first[0] ?? begin).focus();
  }

  /** The campaigns: each bundled one to begin, each one this browser keeps, and one opened from a file. */
  private campaigns(): HTMLElement {
    const c = this.ctx.campaigns;
    const box = el('section', { class: 'campaigns', 'aria-label': 'Campaigns', 'data-test': 'campaigns' }, el('h3', {}, 'Campaigns: several meetings in a row'));
    for (const b of c.bundled) box.append(el('p', {}, `${b.title} (${b.chapters} chapters). ${b.summary}`), button(`Start the campaign: ${b.title}`, () => c.begin(b.id), { 'data-test': `begin-campaign-${b.id}` }));
    const kept = c.kept();
    if (kept.length) {
      const list = el('ul', { 'aria-label': 'Campaigns kept in this browser' });
      for (const k of kept) {
        const where = k.chapter < k.chapters ? `chapter ${k.chapter + 1} of ${k.chapters}` : 'finished';
        const remove = button('Delete', () => {
          c.remove(k.slot);
          this.scene.restart();
        }, { 'aria-label': `Delete the campaign ${k.title} (${where}, last played ${k.touched.slice(0, 10)})` });
        list.append(el('li', {}, button(`Open: ${k.title}, ${where}`, () => c.open(k.slot), { 'data-test': `open-campaign-${k.slot}` }), ` last played ${k.touched.slice(0, 10)} `, remove));
      }
      box.append(el('p', {}, 'Kept in this browser:'), list);
    }
    const file = el('input', { type: 'file', id: 'campaign-file', accept: '.json,application/json' });
    file.addEventListener('change', () => {
      const chosen = file.files?.[0];
      if (chosen) c.openFile(chosen);
    });
    box.append(el('label', { for: 'campaign-file' }, 'Open a campaign saved to a file'), file);
    return box;
  }

  /** A campaign's page: the chapters on a timeline on the canvas, and the campaign screen in the panel. */
  private campaign(v: NonNullable<ReturnType<ViewContext['campaign']>>): void {
    const { width } = DESIGN;
    const n = v.chapters.length;
    this.add.text(width / 2, 60, v.title, { fontFamily: FONT, fontSize: '40px', color: '#1b1b1b', align: 'center', wordWrap: { width: width - 120 } }).setOrigin(0.5, 0);
    const left = 140;
    const step = n > 1 ? (width - 2 * left) / (n - 1) : 0;
    const y = 330;
    this.add.rectangle(width / 2, y, width - 2 * left, 6, INK).setOrigin(0.5);
    v.chapters.forEach((ch, i) => {
      const x = n > 1 ? left + i * step : width / 2;
      const ring = this.add.circle(x, y, 26, ch.status === 'to come' ? PAPER : ch.status === 'playing' ? RED : INK);
      ring.setStrokeStyle(5, ch.status === 'playing' ? RED : INK);
      this.add.text(x, y, String(i + 1), { fontFamily: FONT, fontSize: '28px', color: ch.status === 'to come' ? '#1b1b1b' : '#f3ead8' }).setOrigin(0.5);
      this.add.text(x, y + 46, `${ch.title}\n${ch.dates}`, { fontFamily: FONT, fontSize: '22px', color: '#1b1b1b', align: 'center', wordWrap: { width: Math.max(200, step - 20) } }).setOrigin(0.5, 0);
    });
    const panel = this.ctx.panel(v.title);
    campaignScreen(this.ctx, v, panel).focus();
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
