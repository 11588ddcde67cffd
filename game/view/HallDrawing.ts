/**
 * Draws the whole hall at the screen's own resolution: the paper, the heading and the bar of leanings,
 * the legend, one mark per delegate, the delegation labels with their leader lines and the rostrum with
 * its speaker, painted with the 2D canvas API into one canvas texture of the canvas's device pixels
 * whenever the game or the size changes, and shown as one image, so a frame costs about as much as a
 * single picture (the school machine without a graphics card is the measure). Where things go comes from
 * `hallLayout`, in CSS pixels; the scene's camera zooms by the device pixel ratio. Marks never rest on
 * colour alone: each platform has its shape (circle, square, triangle, diamond); hollow rings are the
 * undecided, hollow squares the abstaining, outlined shapes the seats a conference would elect now
 * (projections), faint dots seats not yet elected, small crosses delegates who have left. The red rings
 * round the delegates a speech moved are painted in too (`setRings`), so they cost nothing per frame.
 */
import type { GameObjects, Scene } from 'phaser';
import { votedItem, type Scenario } from '../content/schema';
import { markCounts } from '../match/marks';
import type { MatchView } from '../match/view';
import { labelFont } from './screenSize';
import type { DelegateView, Mark } from '../match/marks';
import { destinationOf } from '../words/narrate';
import { speakerSilhouette } from './art';
import { addPainted, paintingCanvas, type PaintedTexture } from './canvasTexture';
import { fitHall, type HallLayout } from './hallLayout';
import type { SeatPoint } from './layout';
import { FONT, platformColour } from './palette';

const PAPER = '#f3ead8';
const INK = '#1b1b1b';
const GREY = '#8a8378';
const FAINT = '#c9bfa8';
const RED = '#b3261e';
let textures = 0;

/** What the hall shows besides the delegates: the heading, the rostrum's speaker, the tally, the bar. */
export interface HallCaptions {
  heading: string;
  speaker: string;
  tally: string;
  counts: Record<string, number>; // leaning -> voting delegates, for the bar across the top
}

/** The canvas's size in CSS pixels, the device pixel ratio and the label size the page asks for. */
export interface HallSize {
  width: number;
  height: number;
  dpr: number;
  font: number;
}

/** The canvas of a scene in CSS pixels, its pixel ratio, and the label size the page asks for. */
export function hallSize(scene: Scene): HallSize {
  const { width, height } = scene.scale;
  const css = scene.game.canvas.getBoundingClientRect();
  const dpr = css.width > 0 ? width / css.width : 1;
  return { width: width / dpr, height: height / dpr, dpr, font: labelFont() };
}

/** The scene's camera shows the hall's CSS-pixel world at the device's resolution. */
export function fitHallCamera(scene: Scene): void {
  const s = hallSize(scene);
  scene.cameras.main.setZoom(s.dpr);
  scene.cameras.main.centerOn(s.width / 2, s.height / 2);
}

/**
 * The hall's captions for a view: the heading given, the last speaker (its platform's leader; in a class, where
 * students speak, `byPlatform` names the platform instead), the first vote's tally, the bar's counts.
 */
export function hallCaptions(sc: Scenario, v: MatchView, heading: string, byPlatform = false): HallCaptions {
  const ballot = v.ballots[0];
  const short = (platform: string | null) => sc.platforms.find((p) => p.id === platform)?.short ?? '';
  const speaker = sc.platforms.find((p) => p.id === v.speaker);
  return {
    heading,
    speaker: speaker ? (byPlatform ? `for the ${speaker.short}` : speaker.leaders[0]!) : '—',
    tally: ballot ? `${votedItem(sc).motions.map((m) => `${short(m.platform)} ${ballot.votes[m.id] ?? 0}`).join(' · ')} · abstained ${ballot.abstained}` : '',
    counts: markCounts(v.delegates),
  };
}

export class HallDrawing {
  private texture: PaintedTexture;
  private readonly image: GameObjects.Image;
  private layout: HallLayout | null = null;
  private last: readonly DelegateView[] = [];
  private captions: HallCaptions | null = null;
  private rings: readonly number[] = [];
  private stale = false; // the rings changed since the last painting
  private measurer: CanvasRenderingContext2D;

  constructor(
    private readonly scene: Scene,
    private readonly scenario: Scenario,
    private readonly palette: () => string,
    private size: HallSize,
  ) {
    this.texture = this.newTexture();
    this.image = scene.add.image(0, 0, this.texture.key).setOrigin(0, 0).setDepth(-1).setDisplaySize(size.width, size.height);
    this.measurer = document.createElement('canvas').getContext('2d')!;
    scene.events.once('shutdown', () => {
      this.image.destroy();
      scene.textures.remove(this.texture.key);
    });
  }

  /** A new size (the window, the text size or the projector mode changed): a new texture; draw() repaints. */
  resize(size: HallSize): void {
    this.size = size;
    this.layout = null;
    const old = this.texture.key;
    this.texture = this.newTexture();
    this.image.setTexture(this.texture.key).setDisplaySize(size.width, size.height);
    this.scene.textures.remove(old);
  }

  /** A canvas texture of the canvas's device pixels, under a key of its own. */
  private newTexture(): PaintedTexture {
    const canvas = paintingCanvas(Math.round(this.size.width * this.size.dpr), Math.round(this.size.height * this.size.dpr));
    return addPainted(this.scene.textures, `hall-${textures++}`, canvas);
  }

  /** Where each delegate sits (in the order of the game's delegates), in CSS pixels. */
  seatPoints(): readonly SeatPoint[] {
    return this.layout?.seats ?? [];
  }

  /** The layout last drawn (for the test hook: the label boxes and sizes). */
  lastLayout(): HallLayout | null {
    return this.layout;
  }

  /** Where a delegation's label is, for placing its details beside it. */
  labelOf(delegation: string): { x: number; y: number } | null {
    const l = this.layout?.labels.find((b) => b.id === delegation);
    return l ? { x: l.x + l.w / 2, y: l.y + l.h } : null;
  }

  /** The delegation whose seat or label is under (x, y) in CSS pixels, or null. */
  delegationAt(x: number, y: number): string | null {
    const layout = this.layout;
    if (!layout) return null;
    const label = layout.labels.find((b) => x >= b.x && x <= b.x + b.w && y >= b.y && y <= b.y + b.h);
    if (label) return label.id;
    let best = -1;
    let bestD = (layout.mark * 2) ** 2;
    layout.seats.forEach((s, i) => {
      const d = (s.x - x) ** 2 + (s.y - y) ** 2;
      if (d < bestD) [best, bestD] = [i, d];
    });
    return best >= 0 ? (this.last[best]?.group ?? null) : null;
  }

  private legend(): { key: string; label: string; mark: Mark }[] {
    const sc = this.scenario;
    return [
      ...sc.platforms.filter((p) => p.playable).map((p) => ({ key: p.id, label: p.name, mark: { kind: 'leaning' as const, platform: p.id } })),
      { key: 'undecided', label: 'undecided', mark: { kind: 'undecided' } },
      { key: 'abstained', label: 'abstained', mark: { kind: 'abstained' } },
      ...(sc.opening.departures > 0 ? [{ key: 'away', label: `gone to ${destinationOf(sc)}`, mark: { kind: 'away' } as const }] : []),
      { key: 'projected', label: 'outlined: projected, not yet elected', mark: { kind: 'projected', platform: sc.platforms[0]!.id } },
      { key: 'unelected', label: 'not yet elected', mark: { kind: 'unelected' } },
    ];
  }

  /** Rings round these delegates (indices into the game's delegates) from now on, none with []: in the next painting, by draw() or flush(). */
  setRings(seats: readonly number[]): void {
    if (seats.length === this.rings.length && seats.every((x, i) => x === this.rings[i])) return;
    this.rings = seats;
    this.stale = true;
  }

  /** Paints the hall again if the rings changed since it was last painted (once a frame at most). */
  flush(): void {
    if (this.stale && this.captions) this.draw(this.last, this.captions);
  }

  /** Repaints everything; returns how many delegate marks were drawn. */
  draw(views: readonly DelegateView[], captions: HallCaptions): number {
    this.last = views;
    this.captions = captions;
    this.stale = false;
    const { width, height, dpr, font } = this.size;
    const measure = (text: string, px: number) => {
      this.measurer.font = `${px}px ${FONT}`;
      return Math.ceil(this.measurer.measureText(text).width);
    };
    const legend = this.legend();
    const names = Object.fromEntries(this.scenario.delegations.map((d) => [d.id, d.name.split(' (')[0]!]));
    const layout = fitHall({ width, height, font, heading: captions.heading, tally: captions.tally, legend, delegates: views, names }, measure);
    this.layout = layout;
    const ctx = this.texture.canvas.getContext('2d')!;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.fillStyle = PAPER;
    ctx.fillRect(0, 0, width, height);
    views.forEach((v, i) => {
      const seat = layout.seats[i];
      if (seat) this.mark(ctx, v.mark, seat.x, seat.y, v.voting ? layout.mark : layout.mark * 0.7);
    });
    if (this.rings.length) {
      const r = Math.max(3, layout.mark * 1.6);
      ctx.strokeStyle = RED;
      ctx.lineWidth = Math.max(1.5, r * 0.3);
      ctx.beginPath();
      for (const i of this.rings) {
        const seat = layout.seats[i];
        if (!seat) continue;
        ctx.moveTo(seat.x + r, seat.y);
        ctx.arc(seat.x, seat.y, r, 0, Math.PI * 2);
      }
      ctx.stroke();
    }
    this.paintLabels(ctx, layout);
    this.paintTop(ctx, layout, captions, legend);
    this.paintRostrum(ctx, layout, captions.speaker);
    this.texture.refresh();
    return views.length;
  }

  private paintLabels(ctx: CanvasRenderingContext2D, l: HallLayout): void {
    const line = Math.ceil(l.font * 1.25);
    ctx.font = `${l.font}px ${FONT}`;
    ctx.textBaseline = 'top';
    ctx.strokeStyle = FAINT;
    ctx.lineWidth = 1;
    for (const b of l.labels) {
      const edge = b.align === 'right' ? b.x + b.w + 2 : b.x - 2;
      ctx.beginPath();
      ctx.moveTo(b.anchor.x, b.anchor.y);
      ctx.lineTo(edge, b.y + line / 2);
      ctx.stroke();
      ctx.fillStyle = INK;
      ctx.textAlign = b.align;
      b.lines.forEach((text, i) => ctx.fillText(text, b.align === 'right' ? b.x + b.w : b.x, b.y + i * line + (line - l.font) / 2));
    }
  }

  private paintTop(ctx: CanvasRenderingContext2D, l: HallLayout, c: HallCaptions, legend: { key: string; label: string; mark: Mark }[]): void {
    ctx.textBaseline = 'top';
    ctx.textAlign = 'left';
    ctx.font = `${l.heading.font}px ${FONT}`;
    ctx.fillStyle = RED;
    ctx.fillText(c.heading, l.heading.x, l.heading.y);
    ctx.font = `${l.tally.font}px ${FONT}`;
    ctx.fillStyle = INK;
    ctx.fillText(c.tally, l.tally.x, l.tally.y);
    const total = Object.values(c.counts).reduce((a, b) => a + b, 0) || 1;
    const sc = this.scenario;
    const keys = [...sc.platforms.map((p) => p.id), ...sc.platforms.map((p) => `projected:${p.id}`), 'undecided', 'abstained', 'away', 'unelected', 'projected'];
    let x = l.bar.x;
    for (const key of keys) {
      const n = c.counts[key] ?? 0;
      if (!n) continue;
      const id = key.startsWith('projected:') ? key.slice('projected:'.length) : key;
      const index = sc.platforms.findIndex((p) => p.id === id);
      const platform = sc.platforms[index];
      ctx.fillStyle = platform ? platformColour(platform.colour, index, this.palette()) : key === 'undecided' || key === 'abstained' ? '#ffffff' : FAINT;
      ctx.globalAlpha = key.startsWith('projected:') ? 0.45 : 1;
      const w = (l.bar.w * n) / total;
      ctx.fillRect(x, l.bar.y, w, l.bar.h);
      x += w;
    }
    ctx.globalAlpha = 1;
    ctx.strokeStyle = INK;
    ctx.lineWidth = 1;
    ctx.strokeRect(l.bar.x, l.bar.y, l.bar.w, l.bar.h);
    ctx.font = `${l.font}px ${FONT}`;
    ctx.textBaseline = 'middle';
    for (const item of l.legend) {
      const entry = legend.find((e) => e.key === item.key)!;
      const r = l.font * 0.42;
      this.mark(ctx, entry.mark, item.x + r, item.y + item.h / 2, r);
      ctx.fillStyle = INK;
      ctx.fillText(item.label, item.x + l.font * 1.2, item.y + item.h / 2);
    }
  }

  private paintRostrum(ctx: CanvasRenderingContext2D, l: HallLayout, speaker: string): void {
    const b = l.rostrum;
    // the rostrum as a woodcut: a black plate, the speaker in silhouette (cut out in paper) at its left
    ctx.fillStyle = INK;
    ctx.fillRect(b.x, b.y, b.w, b.h);
    const figure = b.h * 0.9;
    if (speaker !== '—') speakerSilhouette(ctx, b.x + figure * 0.4, b.y + b.h - 2, figure, PAPER);
    const textX = b.x + figure * 0.8;
    const textW = b.x + b.w - 6 - textX;
    ctx.fillStyle = PAPER;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.font = `${l.font}px ${FONT}`;
    ctx.fillText('ROSTRUM', textX + textW / 2, b.y + b.h * 0.3, textW);
    ctx.font = `${Math.round(l.font * 1.2)}px ${FONT}`;
    ctx.fillText(speaker, textX + textW / 2, b.y + b.h * 0.7, textW);
  }

  private mark(ctx: CanvasRenderingContext2D, m: Mark, x: number, y: number, r: number): void {
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
    const colour = platformColour(platform.colour, index, this.palette());
    this.shape(ctx, platform.shape, x, y, m.kind === 'projected' ? r * 0.8 : r);
    if (m.kind === 'projected') {
      ctx.strokeStyle = colour;
      ctx.lineWidth = Math.max(1, r * 0.35);
      ctx.stroke();
    } else {
      ctx.fillStyle = colour;
      ctx.fill();
    }
  }

  private shape(ctx: CanvasRenderingContext2D, shape: string, x: number, y: number, r: number): void {
    switch (shape) {
      case 'square':
        ctx.rect(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7);
        return;
      case 'triangle':
        ctx.moveTo(x, y - r * 1.1);
        ctx.lineTo(x - r, y + r * 0.8);
        ctx.lineTo(x + r, y + r * 0.8);
        ctx.closePath();
        return;
      case 'diamond':
        ctx.moveTo(x, y - r * 1.1);
        ctx.lineTo(x + r, y);
        ctx.lineTo(x, y + r * 1.1);
        ctx.lineTo(x - r, y);
        ctx.closePath();
        return;
      default:
        ctx.arc(x, y, r, 0, Math.PI * 2);
    }
  }
}
