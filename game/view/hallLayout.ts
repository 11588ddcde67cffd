/**
 * Where everything in the hall goes, in CSS pixels of the canvas as it is shown: the heading and the tally,
 * the bar of leanings, the legend (wrapped into rows), the hemicycle, one label per delegation and the
 * rostrum. Labels sit in two columns beside the hemicycle, each at the height of its delegation's wedge
 * and pushed apart so none overlaps another, with a leader line to the wedge; a label too long for its
 * column wraps onto a second line. Nothing leaves the canvas. Pure: text is measured by the function it
 * is given, so the same layout is computed and tested in Node.
 */
import { hemicycle, seatSpacing, type HallGeometry, type SeatPoint } from './layout';

export interface Box {
  x: number; // left
  y: number; // top
  w: number;
  h: number;
}

export interface LabelBox extends Box {
  id: string; // the delegation
  lines: string[];
  align: 'left' | 'right';
  anchor: { x: number; y: number }; // the point on the wedge's outer edge its leader line starts from
}

export interface LegendItem extends Box {
  key: string;
  label: string;
}

export interface HallLayout {
  width: number;
  height: number;
  font: number; // labels and legend, CSS px
  heading: Box & { font: number };
  tally: Box & { font: number };
  bar: Box;
  legend: LegendItem[];
  hall: HallGeometry;
  seats: SeatPoint[];
  mark: number; // radius of a delegate's mark
  labels: LabelBox[];
  rostrum: Box;
}

/** Text width in CSS px at a font size. */
export type Measure = (text: string, font: number) => number;

export interface HallInput {
  width: number;
  height: number;
  font: number; // the label size the page asks for (at least 14 CSS px)
  heading: string;
  tally: string;
  legend: { key: string; label: string }[];
  delegates: readonly { group: string }[]; // in seat order: each delegation's delegates together
  names: Record<string, string>; // delegation id -> label
}

const PAD = 12;

/** Splits a label into at most two lines no wider than `max` (a single word may be wider; the column then widens). */
function wrap(text: string, font: number, max: number, measure: Measure): string[] {
  if (measure(text, font) <= max) return [text];
  const words = text.split(' ');
  let best: string[] = [text];
  let bestWidth = Infinity;
  for (let i = 1; i < words.length; i++) {
    const lines = [words.slice(0, i).join(' '), words.slice(i).join(' ')];
    const w = Math.max(...lines.map((l) => measure(l, font)));
    if (w < bestWidth) [best, bestWidth] = [lines, w];
  }
  return best;
}

/** Places boxes of heights `h` at ideal tops `ideal` in [lo, hi] without overlaps, in order, moving each as little as it can. */
export function spread(ideal: readonly number[], h: readonly number[], lo: number, hi: number, gap: number): number[] {
  const y = ideal.map((v) => v);
  for (let i = 0; i < y.length; i++) y[i] = Math.max(y[i]!, i ? y[i - 1]! + h[i - 1]! + gap : lo);
  for (let i = y.length - 1; i >= 0; i--) y[i] = Math.min(y[i]!, i < y.length - 1 ? y[i + 1]! - h[i]! - gap : hi - h[i]!);
  for (let i = 0; i < y.length; i++) y[i] = Math.max(y[i]!, i ? y[i - 1]! + h[i - 1]! + gap : lo);
  return y;
}

export function layoutHall(input: HallInput, measure: Measure): HallLayout {
  const { width: W, height: H, font: f } = input;
  const line = Math.ceil(f * 1.25);
  // the top: heading (and the tally beside it, or under it when both do not fit), the bar, the legend
  let headFont = Math.round(f * 1.6);
  while (headFont > f && measure(input.heading, headFont) > W - 2 * PAD) headFont--;
  const tallyFont = Math.round(f * 1.15);
  const heading = { x: PAD, y: PAD, w: measure(input.heading, headFont), h: Math.ceil(headFont * 1.25), font: headFont };
  const tallyW = measure(input.tally, tallyFont);
  const beside = input.tally === '' || heading.w + tallyW + 3 * PAD <= W;
  const tally = { x: W - PAD - tallyW, y: beside ? PAD + (heading.h - tallyFont * 1.25) : heading.y + heading.h, w: tallyW, h: input.tally ? Math.ceil(tallyFont * 1.25) : 0, font: tallyFont };
  let y = Math.max(heading.y + heading.h, tally.y + tally.h) + PAD / 2;
  const bar = { x: PAD, y, w: W - 2 * PAD, h: Math.max(10, Math.round(f * 0.8)) };
  y = bar.y + bar.h + PAD / 2;
  const legend: LegendItem[] = [];
  let x = PAD;
  const markW = f * 1.2;
  for (const item of input.legend) {
    const w = markW + measure(item.label, f);
    if (x > PAD && x + w > W - PAD) {
      x = PAD;
      y += line;
    }
    legend.push({ key: item.key, label: item.label, x, y, w, h: line });
    x += w + f * 1.4;
  }
  const top = y + line + PAD;

  // the rostrum under the hemicycle's centre, and the hemicycle as large as the labels leave room for
  const rostrumH = Math.ceil(line * 2.4);
  const lowest = H - PAD - rostrumH - PAD / 2;
  const groups: { id: string; first: number; last: number }[] = [];
  input.delegates.forEach((d, i) => {
    const g = groups.at(-1);
    if (g && g.id === d.group) g.last = i;
    else groups.push({ id: d.group, first: i, last: i });
  });
  const names = groups.map((g) => input.names[g.id] ?? g.id);
  const natural = Math.max(0, ...names.map((n) => measure(n, f)));
  const longestWord = Math.max(0, ...names.flatMap((n) => n.split(' ').map((w) => measure(w, f))));
  const gap = f;
  const column = Math.max(longestWord, Math.min(natural, (W / 2 - PAD) * 0.42));
  const wrapped = names.map((n) => wrap(n, f, column, measure));
  const columnW = Math.max(0, ...wrapped.flat().map((l) => measure(l, f)));
  const outer = Math.max(40, Math.min(W / 2 - PAD - gap - columnW, lowest - top - line));
  // the hemicycle and its rostrum centred in the height left under the legend
  const cy = Math.round(lowest - Math.max(0, (lowest - top - line - outer) / 2));
  const hall: HallGeometry = { cx: W / 2, cy, inner: outer * 0.32, outer };
  const seats = hemicycle(input.delegates.length, hall);
  const mark = Math.max(1.5, seatSpacing(input.delegates.length, hall) * 0.42);

  // labels: each delegation's wedge gives an angle; left of the top go to the left column, the rest to the right
  const placed = groups.map((g, i) => {
    const a = seats[g.first]?.angle ?? Math.PI / 2;
    const b = seats[g.last]?.angle ?? Math.PI / 2;
    const angle = (a + b) / 2;
    const lines = wrapped[i]!;
    const w = Math.max(...lines.map((l) => measure(l, f)));
    return { id: g.id, angle, lines, w, h: lines.length * line };
  });
  const labels: LabelBox[] = [];
  for (const side of ['left', 'right'] as const) {
    const own = placed.filter((p) => (side === 'left' ? p.angle >= Math.PI / 2 : p.angle < Math.PI / 2)).sort((p, q) => (side === 'left' ? q.angle - p.angle : p.angle - q.angle));
    // ordered from the bottom of the column upwards by angle; placed top-down
    own.reverse();
    const ideal = own.map((p) => cy - (outer + gap) * Math.sin(p.angle) - p.h / 2);
    const tops = spread(ideal, own.map((p) => p.h), top, H - PAD, 2);
    own.forEach((p, i) => {
      const ax = hall.cx + (outer + 3) * Math.cos(p.angle);
      const ay = cy - (outer + 3) * Math.sin(p.angle);
      const x0 = side === 'left' ? Math.max(PAD, hall.cx - outer - gap - p.w) : Math.min(W - PAD - p.w, hall.cx + outer + gap);
      labels.push({ id: p.id, lines: p.lines, align: side === 'left' ? 'right' : 'left', x: x0, y: tops[i]!, w: p.w, h: p.h, anchor: { x: ax, y: ay } });
    });
  }
  const rostrumW = Math.min(outer * 1.2, Math.max(measure('ROSTRUM', f) * 2, outer * 0.8));
  const rostrum = { x: hall.cx - rostrumW / 2, y: cy + PAD / 2, w: rostrumW, h: rostrumH };
  return { width: W, height: H, font: f, heading, tally, bar, legend, hall, seats, mark, labels, rostrum };
}

/** Every box a layout draws text or shapes in: none may overlap another or leave the canvas. */
export function boxesOf(l: HallLayout): { what: string; box: Box }[] {
  return [
    { what: 'heading', box: l.heading },
    ...(l.tally.w ? [{ what: 'tally', box: l.tally }] : []),
    { what: 'bar', box: l.bar },
    ...l.legend.map((b) => ({ what: `legend ${b.key}`, box: b })),
    ...l.labels.map((b) => ({ what: `label ${b.id}`, box: b })),
    { what: 'rostrum', box: l.rostrum },
    { what: 'hemicycle', box: { x: l.hall.cx - l.hall.outer - l.mark, y: l.hall.cy - l.hall.outer - l.mark, w: 2 * (l.hall.outer + l.mark), h: l.hall.outer + 2 * l.mark } },
  ];
}

/** What is wrong with a layout: boxes that overlap or leave the canvas (the hemicycle's bounding box is allowed to hold the rostrum). */
export function layoutProblems(l: HallLayout): string[] {
  const boxes = boxesOf(l);
  const found: string[] = [];
  boxes.forEach((a, i) => {
    if (!inside(a.box, l.width, l.height)) found.push(`${a.what} leaves the canvas`);
    for (const b of boxes.slice(i + 1)) {
      const pair = [a.what, b.what].sort().join(' / ');
      if (pair === 'hemicycle / rostrum') continue;
      // the hemicycle's box is its bounding rectangle: a label beside the arc may share a corner, so test the arc itself
      if (a.what === 'hemicycle' || b.what === 'hemicycle') {
        const other = a.what === 'hemicycle' ? b.box : a.box;
        if (arcCrosses(l, other)) found.push(`${pair} overlap`);
      } else if (overlaps(a.box, b.box)) found.push(`${pair} overlap`);
    }
  });
  return found;
}

/** Whether any seat's mark falls inside a box. */
function arcCrosses(l: HallLayout, b: Box): boolean {
  const r = l.mark;
  return l.seats.some((s) => s.x + r > b.x && s.x - r < b.x + b.w && s.y + r > b.y && s.y - r < b.y + b.h);
}

/**
 * The layout at the font asked for, or, where the canvas is too small for labels that large (a narrow
 * window with the text at 200%), at the largest font down to 14 px whose layout has no problem.
 */
export function fitHall(input: HallInput, measure: Measure): HallLayout {
  let last: HallLayout | null = null;
  for (let f = Math.round(input.font); f >= 14; f--) {
    last = layoutHall({ ...input, font: f }, measure);
    if (!layoutProblems(last).length) return last;
  }
  return last ?? layoutHall({ ...input, font: 14 }, measure);
}

/** Two boxes overlap (sharing an edge does not count). */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** A box lies wholly inside the canvas. */
export function inside(a: Box, width: number, height: number): boolean {
  return a.x >= 0 && a.y >= 0 && a.x + a.w <= width + 0.5 && a.y + a.h <= height + 0.5;
}
