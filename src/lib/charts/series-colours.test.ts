import { describe, expect, it } from 'vitest';
import { assignSeriesColours, figureColours } from './series-colours.ts';

describe('series colours across a document', () => {
  it('keeps a series in its slot in every figure, whatever its position', () => {
    const slots = assignSeriesColours(
      [
        ['执行额', '离岸执行额'],
        ['离岸执行额', '执行额增速'],
        ['执行额增速', '执行额'],
      ],
      8,
    );
    expect(slots.get('执行额')).toBe(0);
    expect(slots.get('离岸执行额')).toBe(1);
    expect(slots.get('执行额增速')).toBe(2);
    // In figure 3, 执行额 keeps 0 and 执行额增速 keeps its own slot.
    const third = figureColours(['执行额增速', '执行额'], slots, 8);
    expect(third.get('执行额')).toBe(0);
    expect(third.get('执行额增速')).toBe(slots.get('执行额增速'));
  });
  it('leaves a series of one figure free to take its figure’s first free slot', () => {
    const slots = assignSeriesColours([['执行额', '离岸执行额'], ['执行额', '一次性系列']], 8);
    expect(slots.has('一次性系列')).toBe(false);
    expect(slots.has('离岸执行额')).toBe(false);
    expect(figureColours(['一次性系列', '执行额'], slots, 8)).toEqual(new Map([['执行额', 0], ['一次性系列', 1]]));
  });
  it('never gives two series of one figure the same slot', () => {
    const slots = new Map([
      ['甲', 0],
      ['乙', 0],
    ]);
    const figure = figureColours(['乙', '甲', '丙'], slots, 8);
    expect(new Set(figure.values()).size).toBe(3);
    expect(figure.get('乙')).toBe(0);
  });
  it('falls back to figure order without a document map', () => {
    expect([...figureColours(['a', 'b'], undefined, 8).values()]).toEqual([0, 1]);
  });
});
