/**
 * Boot and preload: shows a progress bar while the hall's sounds are fetched into the browser's cache
 * (so the first applause does not wait on the network), then hands over to the title, or to whichever
 * screen the session is on (a reload in the middle of a game goes straight back to the hall).
 * A file that fails to load is skipped: the game must still start, silently.
 */
import { Scene, Scenes } from 'phaser';
import { AUDIO_FILES } from '../../audio/AudioPort';
import type { ViewContext } from '../ViewContext';
import { FONT, INK, PAPER, RED } from '../palette';
import { DESIGN, fitDesign } from '../screenSize';

export class BootScene extends Scene {
  constructor(
    private readonly ctx: ViewContext,
    private readonly done: () => void,
  ) {
    super('boot');
  }

  preload(): void {
    fitDesign(this);
    const { width, height } = DESIGN;
    this.cameras.main.setBackgroundColor(PAPER);
    const panel = this.ctx.panel('Loading');
    panel.append('Preparing the hall…');
    this.add.text(width / 2, height / 2 - 50, 'Loading the hall…', { fontFamily: FONT, fontSize: '28px', color: '#1b1b1b' }).setOrigin(0.5);
    this.add.rectangle(width / 2, height / 2, 404, 28).setStrokeStyle(2, INK);
    const bar = this.add.rectangle(width / 2 - 200, height / 2, 0, 24, RED).setOrigin(0, 0.5);
    const progress = document.createElement('progress');
    progress.max = 1;
    progress.value = 0;
    progress.setAttribute('aria-label', 'Loading');
    panel.append(progress);
    this.load.on('progress', (value: number) => {
      bar.width = 400 * value;
      progress.value = value;
    });
    for (const file of AUDIO_FILES) this.load.binary(`sound-${file}`, `audio/${file}`);
  }

  create(): void {
    this.ctx.report.scene = 'boot';
    // once Phaser has marked this scene running: a stop asked for inside create() is overwritten when
    // create() returns, and the loading screen went on being drawn under every other screen
    this.events.once(Scenes.Events.CREATE, () => this.done());
  }
}
