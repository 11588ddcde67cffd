/**
 * The title: what the game is, in two lines, and one button to begin.
 */
import { Scene } from 'phaser';
import { button, el } from '../dom';
import type { ViewContext } from '../ViewContext';
import { PAPER, RED } from '../palette';

export class TitleScene extends Scene {
  constructor(private readonly ctx: ViewContext) {
    super('title');
  }

  create(): void {
    this.ctx.report.scene = 'title';
    const sc = this.ctx.scenario;
    const { width, height } = this.scale;
    this.cameras.main.setBackgroundColor(PAPER);
    this.add.rectangle(width / 2, 120, width - 160, 6, RED);
    this.add.text(width / 2, 200, sc.title.toUpperCase(), { fontFamily: 'Georgia, serif', fontSize: '72px', color: '#b3261e' }).setOrigin(0.5);
    this.add.text(width / 2, 280, `${sc.place} · ${sc.dates}`, { fontFamily: 'Georgia, serif', fontSize: '28px', color: '#1b1b1b' }).setOrigin(0.5);
    this.add
      .text(width / 2, 400, sc.summary, { fontFamily: 'Georgia, serif', fontSize: '24px', color: '#1b1b1b', align: 'center', wordWrap: { width: width - 260 } })
      .setOrigin(0.5, 0);
    this.add.rectangle(width / 2, height - 100, width - 160, 6, RED);

    const panel = this.ctx.panel(sc.title);
    panel.append(el('p', {}, sc.summary));
    const begin = button('Begin', () => this.ctx.leaveTitle(), { class: 'primary', 'data-test': 'begin' });
    panel.append(begin);
    begin.focus();
  }
}
