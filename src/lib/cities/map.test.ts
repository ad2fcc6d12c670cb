import { describe, expect, it } from 'vitest';
import { boundsOf, labelWidth, overlap, placeLabels, project } from './map.ts';

describe('projection', () => {
  it('maps west to the left edge and north to the top edge, keeping proportions at the reference latitude', () => {
    const { points, width, height } = project(
      [
        { key: 'nw', label: '甲', lat: 40, lon: 100 },
        { key: 'se', label: '乙', lat: 30, lon: 120 },
      ],
      { west: 100, east: 120, south: 30, north: 40 },
      400,
      0,
    );
    expect(width).toBe(400);
    expect(height).toBe(200);
    expect(points.map((p) => [p.x, p.y])).toEqual([
      [0, 0],
      [400, 200],
    ]);
  });
  it('adds a margin around the points', () => {
    expect(boundsOf([{ key: 'a', label: '甲', lat: 30, lon: 110 }], 1)).toEqual({ west: 109, east: 111, south: 29, north: 31 });
  });
});

describe('labels', () => {
  it('estimates CJK labels as one em per character', () => {
    expect(labelWidth('乌鲁木齐', 10)).toBe(40);
  });
  it('places a lone label to the right of its dot', () => {
    const [label] = placeLabels([{ key: 'a', label: '南京', lat: 0, lon: 0, x: 50, y: 50 }], { fontSize: 10, dotRadius: 3, width: 200, height: 100 });
    expect(label!.anchor).toBe('start');
    expect(label!.clear).toBe(true);
  });
  it('moves a label that would cover a neighbour', () => {
    const labels = placeLabels(
      [
        { key: 'a', label: '苏州', lat: 0, lon: 0, x: 50, y: 50 },
        { key: 'b', label: '无锡', lat: 0, lon: 0, x: 62, y: 50 },
      ],
      { fontSize: 10, dotRadius: 3, width: 200, height: 100 },
    );
    expect(labels.every((l) => l.clear)).toBe(true);
    expect(overlap(labels[0]!.box, labels[1]!.box)).toBe(0);
    expect(labels[0]!.anchor).not.toBe('start');
  });
  it('keeps labels inside the canvas', () => {
    const [label] = placeLabels([{ key: 'a', label: '哈尔滨', lat: 0, lon: 0, x: 198, y: 50 }], { fontSize: 10, dotRadius: 3, width: 200, height: 100 });
    expect(label!.box.x1).toBeLessThanOrEqual(200);
  });
});
