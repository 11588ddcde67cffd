/** What the hall shows besides the delegates: the heading, the rostrum's speaker, the tally, the bar. */
export interface HallCaptions {
  heading: string;
  speaker: string;
  tally: string;
  counts: Record<string, number>; // leaning -> voting delegates, for the bar across the top
}

/**
 * Draws the whole hall: the paper, the heading and the bar of leanings, one mark per delegate, the
 * delegation names, the legend and the rostrum with its speaker,
 * painted with the 2D canvas API into one canvas texture whenever the game changes, and shown as one
 * full-screen image, so a frame costs about as much as a single picture (the school machine without a
 * graphics card is the measure). Marks never rest on colour alone: each platform has its shape (circle,
 * square, triangle, diamond); hollow rings are the undecided, hollow squares the abstaining, faint dots
 * seats not yet elected, small crosses delegates who have left (for the Kronstadt front, in 1921).
 */
import type { GameObjects, Scene, Textures } from 'phaser';
import type { Scenario } from '../content/schema';
import type { DelegateView } from '../match/marks';
import { HALL, groupCentres, hemicycle, seatSpacing, type SeatPoint } from './layout';
import { FONT, platformColour } from './palette';
import { destinationOf } from '../words/narrate';

const PAPER = '#f3ead8';
const INK = '#1b1b1b';
const GREY = '#8a8378';
const FAINT = '#c9bfa8';
const RED = '#b3261e';
let textures = 0;

export class HallDrawing {
  private readonly texture: Textures.CanvasTexture;
  private readonly image: GameObjects.Image;
  private seats: SeatPoint[] = [];
  private size = 4;
  private last: readonly DelegateView[] = [];

  constructor(
    scene: Scene,
    private readonly scenario: Scenario,
    private readonly palette: () => string,
  ) {
    const key = `hall-${textures++}`;
    this.texture = scene.textures.createCanvas(key, scene.scale.width, scene.scale.height)!;
    this.image = scene.add.image(0, 0, key).setOrigin(0, 0).setDepth(-1);
    scene.events.once('shutdown', () => {
      this.image.destroy();
      scene.textures.remove(key);
    });
  }

  /** Where each delegate sits (in the order of the game's delegates). */
  seatPoints(): readonly SeatPoint[] {
    return this.seats;
  }

  /** The delegation whose seat is under (x, y) in game coordinates, or null. */
  delegationAt(x: number, y: number): string | null {
    let best = -1;
    let bestD = (this.size * 2) ** 2;
    this.seats.forEach((s, i) => {
      const d = (s.x - x) ** 2 + (s.y - y) ** 2;
      if (d < bestD) [best, bestD] = [i, d];
    });
    return best >= 0 ? (this.last[best]?.group ?? null) : null;
  }

  /** Repaints everything; returns how many delegate marks were drawn. */
  draw(views: readonly DelegateView[], captions: HallCaptions): number {
    this.last = views;
    if (this.seats.length !== views.length) {
      this.seats = hemicycle(views.length, HALL);
      this.size = Math.max(1.5, seatSpacing(views.length, HALL) * 0.42);
    }
    const ctx = this.texture.getContext();
    ctx.fillStyle = PAPER;
    ctx.fillRect(0, 0, this.texture.width, this.texture.height);
    views.forEach((v, i) => {
      const seat = this.seats[i]!;
      this.mark(ctx, v.mark, seat.x, seat.y, v.voting ? this.size : this.size * 0.7);
    });
    this.labels(ctx, views);
    this.paintLegend(ctx, 24, 90);
    this.paintTop(ctx, captions);
    this.paintRostrum(ctx, captions.speaker);
    this.texture.refresh();
    return views.length;
  }

  private labels(ctx: CanvasRenderingContext2D, views: readonly DelegateView[]): void {
    ctx.font = `13px ${FONT}`;
    ctx.fillStyle = INK;
    ctx.textBaseline = 'bottom';
    for (const [group, seat] of groupCentres(views, this.seats)) {
      const name = this.scenario.delegations.find((d) => d.id === group)?.name.split(' (')[0] ?? group;
      const cos = Math.cos(seat.angle);
      ctx.textAlign = cos < -0.2 ? 'right' : cos > 0.2 ? 'left' : 'center';
      ctx.fillText(name, HALL.cx + (HALL.outer + 18) * cos, HALL.cy - (HALL.outer + 18) * Math.sin(seat.angle));
    }
  }

  private paintTop(ctx: CanvasRenderingContext2D, c: HallCaptions): void {
    ctx.textBaseline = 'top';
    ctx.textAlign = 'left';
    ctx.font = `26px ${FONT}`;
    ctx.fillStyle = RED;
    ctx.fillText(c.heading, 24, 16);
    ctx.textAlign = 'right';
    ctx.font = `22px ${FONT}`;
    ctx.fillStyle = INK;
    ctx.fillText(c.tally, 1256, 20);
    const total = Object.values(c.counts).reduce((a, b) => a + b, 0) || 1;
    const keys = [...this.scenario.platforms.map((p) => p.id), 'undecided', 'abstained', 'away', 'unelected'];
    let x = 24;
    for (const key of keys) {
      const n = c.counts[key] ?? 0;
      if (!n) continue;
      const index = this.scenario.platforms.findIndex((p) => p.id === key);
      const platform = this.scenario.platforms[index];
      ctx.fillStyle = platform ? platformColour(platform.colour, index, this.palette()) : key === 'undecided' || key === 'abstained' ? '#ffffff' : FAINT;
      const w = (1232 * n) / total;
      ctx.fillRect(x, 56, w, 14);
      x += w;
    }
    ctx.strokeStyle = INK;
    ctx.lineWidth = 1;
    ctx.strokeRect(24, 56, 1232, 14);
  }

  private paintRostrum(ctx: CanvasRenderingContext2D, speaker: string): void {
    ctx.fillStyle = INK;
    ctx.fillRect(HALL.cx - 110, HALL.cy + 5, 220, 70);
    ctx.fillStyle = PAPER;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.font = `14px ${FONT}`;
    ctx.fillText('ROSTRUM', HALL.cx, HALL.cy + 18);
    ctx.font = `20px ${FONT}`;
    ctx.fillText(speaker, HALL.cx, HALL.cy + 46);
  }

  private paintLegend(ctx: CanvasRenderingContext2D, x: number, y: number): void {
    const entries: { mark: DelegateView['mark']; label: string }[] = [
      ...this.scenario.platforms.filter((p) => p.playable).map((p) => ({ mark: { kind: 'leaning' as const, platform: p.id }, label: p.name })),
      { mark: { kind: 'undecided' }, label: 'undecided' },
      { mark: { kind: 'abstained' }, label: 'abstained' },
      ...(this.scenario.opening.departures > 0 ? [{ mark: { kind: 'away' } as const, label: `gone to ${destinationOf(this.scenario)}` }] : []),
      { mark: { kind: 'unelected' }, label: 'not yet elected' },
    ];
    ctx.font = `16px ${FONT}`;
    ctx.textAlign = 'left';
    ctx.textBaseline = 'middle';
    let cursor = x;
    for (const entry of entries) {
      this.mark(ctx, entry.mark, cursor + 7, y, 7);
      ctx.fillStyle = INK;
      ctx.fillText(entry.label, cursor + 20, y);
      cursor += 20 + ctx.measureText(entry.label).width + 24;
    }
  }

  private mark(ctx: CanvasRenderingContext2D, m: DelegateView['mark'], x: number, y: number, r: number): void {
    ctx.beginPath();
    switch (m.kind) {
      case 'unelected':
        ctx.fillStyle = FAINT;
        ctx.arc(x, y, r * 0.6, 0, Math.PI * 2);
        ctx.fill();
        return;
      case 'away':
        ctx.strokeStyle = GREY;
        ctx.lineWidth = 1;
        ctx.moveTo(x - r * 0.6, y - r * 0.6);
        ctx.lineTo(x + r * 0.6, y + r * 0.6);
        ctx.moveTo(x - r * 0.6, y + r * 0.6);
        ctx.lineTo(x + r * 0.6, y - r * 0.6);
        ctx.stroke();
        return;
      case 'abstained':
        ctx.strokeStyle = INK;
        ctx.lineWidth = 1.5;
        ctx.strokeRect(x - r * 0.7, y - r * 0.7, r * 1.4, r * 1.4);
        return;
      case 'undecided':
        ctx.strokeStyle = INK;
        ctx.lineWidth = 1.5;
        ctx.arc(x, y, r * 0.8, 0, Math.PI * 2);
        ctx.stroke();
        return;
    }
    const index = this.scenario.platforms.findIndex((p) => p.id === m.platform);
    const platform = this.scenario.platforms[index]!;
    ctx.fillStyle = platformColour(platform.colour, index, this.palette());
    switch (platform.shape) {
      case 'square':
        ctx.fillRect(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7);
        return;
      case 'triangle':
        ctx.moveTo(x, y - r * 1.1);
        ctx.lineTo(x - r, y + r * 0.8);
        ctx.lineTo(x + r, y + r * 0.8);
        break;
      case 'diamond':
        ctx.moveTo(x, y - r * 1.1);
        ctx.lineTo(x + r, y);
        ctx.lineTo(x, y + r * 1.1);
        ctx.lineTo(x - r, y);
        break;
      default:
        ctx.arc(x, y, r, 0, Math.PI * 2);
    }
    ctx.closePath();
    ctx.fill();
  }
}
