/**
 * Seat geometry of the hall: every delegate gets a place in a hemicycle facing the rostrum, and each
 * delegation sits together in one wedge. Pure maths, no Phaser: tested in Node.
 */

export interface SeatPoint {
  x: number;
  y: number;
  angle: number; // radians, PI (left) .. 0 (right)
  row: number;
}

export interface HallGeometry {
  cx: number; // centre of the hemicycle (the rostrum)
  cy: number;
  inner: number; // radius of the front row
  outer: number; // radius of the back row
}

/** The hall on the 1280×720 canvas: rostrum at the bottom centre, rows rising behind it. */
export const HALL: HallGeometry = { cx: 640, cy: 600, inner: 140, outer: 440 };

/**
 * `count` seats in rows from the front row to the back one, each row holding seats in proportion to its
 * radius; seats come back ordered by angle from left to right (then front to back), so consecutive
 * seats form wedges.
 */
export function hemicycle(count: number, g: HallGeometry, rows = Math.max(1, Math.round(Math.sqrt(count / 5)))): SeatPoint[] {
  const radii = Array.from({ length: rows }, (_, r) => (rows === 1 ? g.inner : g.inner + ((g.outer - g.inner) * r) / (rows - 1)));
  const totalRadius = radii.reduce((a, b) => a + b, 0);
  const perRow = radii.map((r) => Math.floor((count * r) / totalRadius));
  for (let i = 0; perRow.reduce((a, b) => a + b, 0) < count; i++) perRow[rows - 1 - (i % rows)]!++;
  const seats: SeatPoint[] = [];
  radii.forEach((radius, row) => {
    const n = perRow[row]!;
    for (let k = 0; k < n; k++) {
      const angle = Math.PI - (Math.PI * (k + 0.5)) / n;
      seats.push({ x: g.cx + radius * Math.cos(angle), y: g.cy - radius * Math.sin(angle), angle, row });
    }
  });
  return seats.sort((a, b) => b.angle - a.angle || a.row - b.row);
}

/** Smallest distance between two seats: the size a delegate's mark may have without overlapping. */
export function seatSpacing(count: number, g: HallGeometry): number {
  const rows = Math.max(1, Math.round(Math.sqrt(count / 5)));
  const rowGap = rows === 1 ? g.outer : (g.outer - g.inner) / (rows - 1);
  const meanRadius = (g.inner + g.outer) / 2;
  const arcGap = (Math.PI * meanRadius * rows) / count;
  return Math.min(rowGap, arcGap);
}

/** Middle seat of each group of consecutive ids, for placing delegation labels. */
export function groupCentres<T extends { group: string }>(items: readonly T[], seats: readonly SeatPoint[]): Map<string, SeatPoint> {
  const ranges = new Map<string, number[]>();
  items.forEach((item, i) => {
    const list = ranges.get(item.group) ?? [];
    list.push(i);
    ranges.set(item.group, list);
  });
  const centres = new Map<string, SeatPoint>();
  for (const [group, idx] of ranges) centres.set(group, seats[idx[Math.floor(idx.length / 2)]!]!);
  return centres;
}
