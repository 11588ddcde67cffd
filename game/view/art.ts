/**
 * The look of early-1920s print, drawn here with the 2D canvas API (nothing copied, no image files): a
 * title page set like a congress bulletin (double rules, a letter-spaced title printed slightly off
 * register in red over black, a woodcut hemicycle under rays of hatching), the speaker at the rostrum as a
 * woodcut silhouette, and a masthead for the result page. Each draws once into a canvas that the scenes
 * show as an image, so none costs anything per frame. Pure drawing: no game state, no Phaser.
 */

const PAPER = '#f3ead8';
const INK = '#1b1b1b';
const RED = '#b3261e';

/** A repeatable scatter for the paper's grain (not the game's dice). */
function grain(ctx: CanvasRenderingContext2D, w: number, h: number, seed: number): void {
  let s = seed >>> 0;
  ctx.fillStyle = 'rgba(27, 27, 27, 0.05)';
  for (let i = 0; i < (w * h) / 900; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const x = (s % 10_000) / 10_000;
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const y = (s % 10_000) / 10_000;
    ctx.fillRect(x * w, y * h, 1.2, 1.2);
  }
}

/** A double rule, thick over thin, as a bulletin's head and foot. */
export function doubleRule(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, colour = INK): void {
  ctx.fillStyle = colour;
  ctx.fillRect(x, y, w, 5);
  ctx.fillRect(x, y + 9, w, 1.5);
}

/** Text set letter-spaced, centred on x. */
function spaced(ctx: CanvasRenderingContext2D, text: string, x: number, y: number, spacing: number): void {
  const widths = [...text].map((c) => ctx.measureText(c).width);
  const total = widths.reduce((a, b) => a + b, 0) + spacing * (text.length - 1);
  let cursor = x - total / 2;
  ctx.textAlign = 'left';
  [...text].forEach((c, i) => {
    ctx.fillText(c, cursor, y);
    cursor += widths[i]! + spacing;
  });
}

/** Rays of hatching fanning up from a point: the woodcut sky behind the hall. */
function rays(ctx: CanvasRenderingContext2D, cx: number, cy: number, r: number, count: number): void {
  ctx.save();
  ctx.strokeStyle = RED;
  ctx.globalAlpha = 0.55;
  for (let i = 0; i <= count; i++) {
    const a = Math.PI + (Math.PI * i) / count;
    ctx.lineWidth = i % 2 ? 1 : 3;
    ctx.beginPath();
    ctx.moveTo(cx + Math.cos(a) * r * 0.35, cy + Math.sin(a) * r * 0.35);
    ctx.lineTo(cx + Math.cos(a) * r, cy + Math.sin(a) * r);
    ctx.stroke();
  }
  ctx.restore();
}

/** A hemicycle of benches cut in black, row over row, as a woodcut would show the hall. */
export function woodcutHall(ctx: CanvasRenderingContext2D, cx: number, cy: number, r: number, rows = 7): void {
  ctx.save();
  ctx.fillStyle = INK;
  for (let row = 0; row < rows; row++) {
    const radius = r * (0.42 + (0.58 * row) / (rows - 1));
    const seats = Math.round(14 + row * 5);
    for (let k = 0; k < seats; k++) {
      const a = Math.PI + (Math.PI * (k + 0.5)) / seats;
      ctx.save();
      ctx.translate(cx + Math.cos(a) * radius, cy + Math.sin(a) * radius);
      ctx.rotate(a + Math.PI / 2);
      ctx.fillRect(-r * 0.028, -r * 0.018, r * 0.056, r * 0.036);
      ctx.restore();
    }
  }
  ctx.restore();
}

/**
 * A speaker at the rostrum, in silhouette: the lectern, the body leaning over it, one arm raised. `x`, `y`
 * is the foot of the lectern's front; `h` its height with the figure.
 */
export function speakerSilhouette(ctx: CanvasRenderingContext2D, x: number, y: number, h: number, colour = INK): void {
  const u = h / 10;
  ctx.save();
  ctx.fillStyle = colour;
  // the head and the body leaning forward
  ctx.beginPath();
  ctx.arc(x - u * 0.3, y - u * 8.6, u * 0.75, 0, Math.PI * 2);
  ctx.fill();
  ctx.beginPath();
  ctx.moveTo(x - u * 1.7, y - u * 4.5);
  ctx.quadraticCurveTo(x - u * 1.8, y - u * 7.4, x - u * 0.5, y - u * 7.7);
  ctx.quadraticCurveTo(x + u * 0.9, y - u * 7.6, x + u * 1.2, y - u * 5.6);
  ctx.lineTo(x + u * 1.3, y - u * 4.5);
  ctx.closePath();
  ctx.fill();
  // the raised arm
  ctx.lineCap = 'round';
  ctx.strokeStyle = colour;
  ctx.lineWidth = u * 0.55;
  ctx.beginPath();
  ctx.moveTo(x + u * 0.6, y - u * 7.1);
  ctx.quadraticCurveTo(x + u * 2.0, y - u * 7.8, x + u * 2.3, y - u * 9.4);
  ctx.stroke();
  // the lectern: a slanted top and a panelled front
  ctx.beginPath();
  ctx.moveTo(x - u * 2.6, y - u * 4.6);
  ctx.lineTo(x + u * 2.6, y - u * 4.9);
  ctx.lineTo(x + u * 2.2, y);
  ctx.lineTo(x - u * 2.2, y);
  ctx.closePath();
  ctx.fill();
  ctx.fillStyle = PAPER;
  ctx.fillRect(x - u * 1.5, y - u * 3.7, u * 3, u * 0.25);
  ctx.fillRect(x - u * 1.5, y - u * 1.2, u * 3, u * 0.25);
  ctx.restore();
}

/** A canvas of `w`×`h` design pixels at `scale`, its context drawing in design pixels. */
function sized(canvas: HTMLCanvasElement, w: number, h: number, scale: number): CanvasRenderingContext2D {
  canvas.width = Math.round(w * scale);
  canvas.height = Math.round(h * scale);
  const ctx = canvas.getContext('2d')!;
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  return ctx;
}

/** The title page, on a canvas of the design size times `scale` (so it stays sharp when the scene is zoomed). */
export function paintTitle(canvas: HTMLCanvasElement, scale: number, lines: { dates: string; title: string; place: string }, font: string): void {
  const W = 1280;
  const H = 720;
  const ctx = sized(canvas, W, H, scale);
  ctx.fillStyle = PAPER;
  ctx.fillRect(0, 0, W, H);
  grain(ctx, W, H, 1921);
  doubleRule(ctx, 80, 70, W - 160);
  ctx.fillStyle = INK;
  ctx.textBaseline = 'alphabetic';
  ctx.font = `22px ${font}`;
  spaced(ctx, lines.dates.toUpperCase(), W / 2, 125, 4);
  // the title, black under red a little off register, as a two-colour press prints it; smaller if it is long
  let size = 96;
  const title = lines.title.toUpperCase();
  for (ctx.font = `bold ${size}px ${font}`; size > 40 && ctx.measureText(title).width + title.length * 10 > W - 200; ) ctx.font = `bold ${(size -= 4)}px ${font}`;
  ctx.fillStyle = INK;
  spaced(ctx, lines.title.toUpperCase(), W / 2 + 3, 233, 10);
  ctx.fillStyle = RED;
  spaced(ctx, lines.title.toUpperCase(), W / 2, 230, 10);
  ctx.fillStyle = INK;
  ctx.font = `italic 28px ${font}`;
  ctx.textAlign = 'center';
  ctx.fillText(lines.place, W / 2, 285);
  // the hall, in woodcut, under its rays
  rays(ctx, W / 2, 640, 330, 28);
  woodcutHall(ctx, W / 2, 640, 300);
  speakerSilhouette(ctx, W / 2, 640, 110);
  ctx.fillStyle = INK;
  ctx.fillRect(80, 640, W - 160, 4);
  doubleRule(ctx, 80, 660, W - 160, RED);
}

/** The result page's masthead: rules, the bulletin's line and its date, across the design's width. */
export function paintMasthead(canvas: HTMLCanvasElement, scale: number, line: string, date: string, font: string): void {
  const W = 1280;
  const H = 110;
  const ctx = sized(canvas, W, H, scale);
  ctx.clearRect(0, 0, W, H);
  doubleRule(ctx, 40, 10, W - 80);
  ctx.fillStyle = INK;
  ctx.font = `18px ${font}`;
  ctx.textBaseline = 'alphabetic';
  spaced(ctx, line.toUpperCase(), W / 2, 52, 3);
  ctx.font = `italic 16px ${font}`;
  ctx.textAlign = 'center';
  ctx.fillText(date, W / 2, 76);
  ctx.fillRect(40, 90, W - 80, 1.5);
}
