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
  { fontSize, dotRadius, width, height, obstacles = [] }: { fontSize: number; dotRadius: number; width: number; height: number; obstacles?: readonly Box[] },
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
      const others = [...placed.map((l) => l.box), ...dots, ...obstacles];
      return outside + others.reduce((s, b) => s + overlap(c.box, b), 0);
    };
    const scored = candidates.map((c) => ({ c, score: crowding(c) }));
    const free = scored.find((s) => s.score === 0);
    const best = free ?? scored.reduce((a, b) => (b.score < a.score ? b : a));
    const { tx, ty, anchor, box } = best.c;
    placed.push({ key: p.key, tx: round1(tx), ty: round1(ty), anchor, box, clear: free !== undefined });
  }
  return placed;
}

export interface MapPanel {
  points: PlacedPoint[];
  labels: PlacedLabel[];
}

export interface CityMapLayout extends MapPanel {
  width: number;
  height: number;
  /** The enlarged inset of a dense cluster: its outline on the main map and its panel, with dots and labels in canvas px. */
  inset?: MapPanel & { frame: Box; panel: Box };
  legend: Box;
}

export interface CityMapOptions {
  width: number;
  fontSize: number;
  dotRadius: number;
  /** Margin around the points, in degrees. */
  margin: number;
  /** Keys drawn enlarged in an inset (labelled there, not on the main map). */
  insetKeys: readonly string[];
  /** Pixels per degree of latitude in the inset. */
  insetScale: number;
  /** Size of the legend box at the top centre. */
  legend: { width: number; height: number };
}

/**
 * The schematic map: every point on the main map; the points of a dense
 * cluster also enlarged in an inset in the lower left corner (where no city
 * lies), labelled there instead of on the main map.
 */
export function cityMapLayout(all: readonly GeoPoint[], o: CityMapOptions): CityMapLayout {
  const main = project(all, boundsOf(all, o.margin), o.width);
  const height = main.height;
  const legend: Box = { x0: (o.width - o.legend.width) / 2, y0: 4, x1: (o.width + o.legend.width) / 2, y1: 4 + o.legend.height };
  const clustered = all.filter((p) => o.insetKeys.includes(p.key));
  let inset: CityMapLayout['inset'];
  const obstacles: Box[] = [legend];
  if (clustered.length > 0) {
    const bounds = boundsOf(clustered, o.margin / 4);
    const refLat = (bounds.south + bounds.north) / 2;
    const panelWidth = (bounds.east - bounds.west) * Math.cos((refLat * Math.PI) / 180) * o.insetScale;
    const enlarged = project(clustered, bounds, panelWidth, refLat);
    const pad = o.fontSize * 2.5;
    const panel: Box = { x0: 4, y0: height - enlarged.height - 2 * pad - 4, x1: 4 + panelWidth + 2 * pad, y1: height - 4 };
    const points = enlarged.points.map((p) => ({ ...p, x: round1(p.x + panel.x0 + pad), y: round1(p.y + panel.y0 + pad) }));
    const labels = placeLabels(points, { fontSize: o.fontSize, dotRadius: o.dotRadius, width: o.width, height }).map((l) => ({
      ...l,
      clear: l.clear && l.box.x0 >= panel.x0 && l.box.x1 <= panel.x1 && l.box.y0 >= panel.y0 && l.box.y1 <= panel.y1,
    }));
    const frame: Box = { x0: round1(main.x(bounds.west)), y0: round1(main.y(bounds.north)), x1: round1(main.x(bounds.east)), y1: round1(main.y(bounds.south)) };
    inset = { frame, panel, points, labels };
    obstacles.push(panel, frame);
  }
  const labelled = main.points.filter((p) => !o.insetKeys.includes(p.key));
  const labels = placeLabels(labelled, { fontSize: o.fontSize, dotRadius: o.dotRadius, width: o.width, height, obstacles });
  return { width: o.width, height, points: main.points, labels, legend, ...(inset ? { inset } : {}) };
}
