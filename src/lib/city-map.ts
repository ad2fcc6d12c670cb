/**
 * Layout of the schematic city map: dots placed by a simple equirectangular
 * projection of approximate coordinates, and labels placed so that they do
 * not overlap each other or the dots. No borders and no base map are drawn
 * (a public map of China needs an approved base map). Pure functions.
 */

export interface GeoPoint {
  key: string;
  label: string;
  lat: number;
  lon: number;
}

export interface Bounds {
  west: number;
  east: number;
  south: number;
  north: number;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PlacedPoint extends GeoPoint {
  x: number;
  y: number;
}

export interface PlacedLabel {
  key: string;
  /** Text anchor point and alignment. */
  tx: number;
  ty: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
  /** False when no position was free and the least crowded one was used. */
  clear: boolean;
}

/**
 * Equirectangular projection onto a canvas `width` wide: longitude is scaled
 * by cos(refLat) so that shapes near that latitude keep their proportions.
 */
export function project(points: readonly GeoPoint[], bounds: Bounds, width: number, refLat = (bounds.south + bounds.north) / 2) {
  const kx = Math.cos((refLat * Math.PI) / 180);
  const scale = width / ((bounds.east - bounds.west) * kx);
  const height = Math.round((bounds.north - bounds.south) * scale);
  const x = (lon: number) => (lon - bounds.west) * kx * scale;
  const y = (lat: number) => (bounds.north - lat) * scale;
  const placed: PlacedPoint[] = points.map((p) => ({ ...p, x: round1(x(p.lon)), y: round1(y(p.lat)) }));
  return { points: placed, width, height, x, y };
}

/** Bounds around the points with a margin in degrees. */
export function boundsOf(points: readonly GeoPoint[], margin: number): Bounds {
  return {
    west: Math.min(...points.map((p) => p.lon)) - margin,
    east: Math.max(...points.map((p) => p.lon)) + margin,
    south: Math.min(...points.map((p) => p.lat)) - margin,
    north: Math.max(...points.map((p) => p.lat)) + margin,
  };
}

export function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return w > 0 && h > 0 ? w * h : 0;
}

const round1 = (v: number) => Math.round(v * 10) / 10;

/** Width of a label in px: CJK characters are about one em wide. */
export function labelWidth(label: string, fontSize: number): number {
  return [...label].reduce((w, c) => w + (/[\u2e80-\u9fff\uff00-\uffef]/.test(c) ? 1 : 0.6), 0) * fontSize;
}

/**
 * Places each label beside its dot at the first free position (right, left,
 * above, below, then the diagonals), avoiding earlier labels, every dot and
 * the canvas edge. Points are labelled in the order given.
 */
export function placeLabels(
  points: readonly PlacedPoint[],
  { fontSize, dotRadius, width, height }: { fontSize: number; dotRadius: number; width: number; height: number },
): PlacedLabel[] {
  const gap = 2;
  const r = dotRadius + gap;
  const dots: Box[] = points.map((p) => ({ x0: p.x - dotRadius, y0: p.y - dotRadius, x1: p.x + dotRadius, y1: p.y + dotRadius }));
  const placed: PlacedLabel[] = [];
  for (const p of points) {
    const w = labelWidth(p.label, fontSize);
    const h = fontSize;
    const base = fontSize * 0.35; // from the vertical centre to the baseline
    const d = r * 0.75;
    const candidates: Omit<PlacedLabel, 'key' | 'clear'>[] = [
      { tx: p.x + r, ty: p.y + base, anchor: 'start', box: { x0: p.x + r, y0: p.y - h / 2, x1: p.x + r + w, y1: p.y + h / 2 } },
      { tx: p.x - r, ty: p.y + base, anchor: 'end', box: { x0: p.x - r - w, y0: p.y - h / 2, x1: p.x - r, y1: p.y + h / 2 } },
      { tx: p.x, ty: p.y - r - gap, anchor: 'middle', box: { x0: p.x - w / 2, y0: p.y - r - h, x1: p.x + w / 2, y1: p.y - r } },
      { tx: p.x, ty: p.y + r + h - gap, anchor: 'middle', box: { x0: p.x - w / 2, y0: p.y + r, x1: p.x + w / 2, y1: p.y + r + h } },
      { tx: p.x + d, ty: p.y - d, anchor: 'start', box: { x0: p.x + d, y0: p.y - d - h + base, x1: p.x + d + w, y1: p.y - d + base } },
      { tx: p.x + d, ty: p.y + d + h - base, anchor: 'start', box: { x0: p.x + d, y0: p.y + d, x1: p.x + d + w, y1: p.y + d + h } },
      { tx: p.x - d, ty: p.y - d, anchor: 'end', box: { x0: p.x - d - w, y0: p.y - d - h + base, x1: p.x - d, y1: p.y - d + base } },
      { tx: p.x - d, ty: p.y + d + h - base, anchor: 'end', box: { x0: p.x - d - w, y0: p.y + d, x1: p.x - d, y1: p.y + d + h } },
    ];
    const crowding = (c: (typeof candidates)[number]) => {
      const outside = c.box.x0 < 0 || c.box.y0 < 0 || c.box.x1 > width || c.box.y1 > height ? 1e6 : 0;
      return outside + placed.reduce((s, l) => s + overlap(c.box, l.box), 0) + dots.reduce((s, b) => s + overlap(c.box, b), 0);
    };
    const scored = candidates.map((c) => ({ c, score: crowding(c) }));
    const free = scored.find((s) => s.score === 0);
    const best = free ?? scored.reduce((a, b) => (b.score < a.score ? b : a));
    const { tx, ty, anchor, box } = best.c;
    placed.push({ key: p.key, tx: round1(tx), ty: round1(ty), anchor, box, clear: free !== undefined });
  }
  return placed;
}
