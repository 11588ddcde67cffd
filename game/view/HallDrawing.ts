/**
 * Draws the delegates on the hall: one mark per delegate in a single Graphics object, the platform's
 * colour and shape (circle, square, triangle, diamond) so leaning never rests on colour alone; hollow grey
 * rings for the undecided, faint dots for seats not yet elected, and small crosses for delegates away at
 * the front. Delegation names sit at the outer edge of their wedge.
 */
import type { GameObjects, Scene } from 'phaser';
import type { Scenario } from '../content/schema';
import type { DelegateView } from './hallModel';
import { HALL, groupCentres, hemicycle, seatSpacing, type SeatPoint } from './layout';
import { FAINT, GREY, INK, hex, platformColour } from './palette';

export class HallDrawing {
  private readonly marks: GameObjects.Graphics;
  /** The marks are drawn once per change into this texture, so each frame costs one quad, not 990 shapes. */
  private readonly baked: GameObjects.RenderTexture;
  private readonly labels: GameObjects.Text[] = [];
  private readonly legendObjects: GameObjects.GameObject[] = [];
  private seats: SeatPoint[] = [];
  private size = 4;

  constructor(
    private readonly scene: Scene,
    private readonly scenario: Scenario,
    private readonly palette: () => string,
  ) {
    this.marks = scene.make.graphics({}, false);
    this.baked = scene.add.renderTexture(0, 0, scene.scale.width, scene.scale.height).setOrigin(0, 0);
  }

  /** Redraws every delegate; returns how many marks were drawn. */
  draw(views: readonly DelegateView[]): number {
    if (this.seats.length !== views.length) this.layout(views);
    const g = this.marks;
    g.clear();
    views.forEach((v, i) => {
      const seat = this.seats[i]!;
      const r = v.voting ? this.size : this.size * 0.7;
      this.mark(g, v, seat.x, seat.y, r);
    });
    this.baked.clear();
    this.baked.draw(g);
    this.baked.render();
    return views.length;
  }

  /** A key to the marks, in one line from (x, y): the shapes as drawn on the hall, with their names. */
  legend(x: number, y: number): void {
    for (const o of this.legendObjects) o.destroy();
    this.legendObjects.length = 0;
    const g = this.scene.add.graphics();
    this.legendObjects.push(g);
    const entries: { mark: DelegateView['mark']; label: string }[] = [
      ...this.scenario.platforms.filter((p) => p.playable).map((p) => ({ mark: { kind: 'leaning' as const, platform: p.id }, label: p.name })),
      { mark: { kind: 'undecided' }, label: 'undecided' },
      { mark: { kind: 'abstained' }, label: 'abstained' },
      { mark: { kind: 'away' }, label: 'gone to the front' },
      { mark: { kind: 'unelected' }, label: 'not yet elected' },
    ];
    let cursor = x;
    for (const entry of entries) {
      this.mark(g, { id: '', group: '', voting: true, mark: entry.mark }, cursor + 7, y, 7);
      const text = this.scene.add.text(cursor + 20, y, entry.label, { fontFamily: 'Georgia, serif', fontSize: '16px', color: '#1b1b1b' }).setOrigin(0, 0.5);
      this.legendObjects.push(text);
      cursor += 20 + text.width + 24;
    }
  }

  private layout(views: readonly DelegateView[]): void {
    this.seats = hemicycle(views.length, HALL);
    this.size = Math.max(1.5, seatSpacing(views.length, HALL) * 0.42);
    for (const label of this.labels) label.destroy();
    this.labels.length = 0;
    const centres = groupCentres(views, this.seats);
    for (const [group, seat] of centres) {
      const name = this.scenario.delegations.find((d) => d.id === group)?.name.split(' (')[0] ?? group;
      const x = HALL.cx + (HALL.outer + 18) * Math.cos(seat.angle);
      const y = HALL.cy - (HALL.outer + 18) * Math.sin(seat.angle);
      const label = this.scene.add.text(x, y, name, { fontFamily: 'Georgia, serif', fontSize: '13px', color: '#1b1b1b' });
      label.setOrigin(Math.cos(seat.angle) < -0.2 ? 1 : Math.cos(seat.angle) > 0.2 ? 0 : 0.5, 1);
      this.labels.push(label);
    }
  }

  private mark(g: GameObjects.Graphics, v: DelegateView, x: number, y: number, r: number): void {
    const m = v.mark;
    if (m.kind === 'unelected') {
      g.fillStyle(FAINT, 1);
      g.fillCircle(x, y, r * 0.6);
      return;
    }
    if (m.kind === 'away') {
      g.lineStyle(1, GREY, 0.8);
      g.lineBetween(x - r * 0.6, y - r * 0.6, x + r * 0.6, y + r * 0.6);
      g.lineBetween(x - r * 0.6, y + r * 0.6, x + r * 0.6, y - r * 0.6);
      return;
    }
    if (m.kind === 'abstained') {
      g.lineStyle(1.5, INK, 0.7);
      g.strokeRect(x - r * 0.7, y - r * 0.7, r * 1.4, r * 1.4);
      return;
    }
    if (m.kind === 'undecided') {
      g.lineStyle(1.5, INK, 0.7);
      g.strokeCircle(x, y, r * 0.8);
      return;
    }
    const index = this.scenario.platforms.findIndex((p) => p.id === m.platform);
    const platform = this.scenario.platforms[index]!;
    g.fillStyle(hex(platformColour(platform.colour, index, this.palette())), 1);
    switch (platform.shape) {
      case 'square':
        g.fillRect(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7);
        break;
      case 'triangle':
        g.fillTriangle(x, y - r * 1.1, x - r, y + r * 0.8, x + r, y + r * 0.8);
        break;
      case 'diamond':
        g.fillTriangle(x, y - r * 1.1, x + r, y, x - r, y);
        g.fillTriangle(x, y + r * 1.1, x + r, y, x - r, y);
        break;
      default:
        g.fillCircle(x, y, r);
    }
  }
}
