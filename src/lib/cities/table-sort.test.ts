import { describe, expect, it } from 'vitest';
import { compareCells, matchesFilter, sortOrder } from './table-sort.ts';

describe('sorting', () => {
  it('sorts numbers numerically in both directions', () => {
    expect(sortOrder(['95.1', '173.3', '80.4'], 'number', 'ascending')).toEqual([2, 0, 1]);
    expect(sortOrder(['95.1', '173.3', '80.4'], 'number', 'descending')).toEqual([1, 0, 2]);
  });
  it('puts empty cells last whichever the direction', () => {
    expect(sortOrder(['', '3', '—', '1'], 'number', 'ascending')).toEqual([3, 1, 0, 2]);
    expect(sortOrder(['', '3', '—', '1'], 'number', 'descending')).toEqual([1, 3, 0, 2]);
  });
  it('sorts text by its sort key (pinyin), ignoring case', () => {
    expect(sortOrder(['nanjing', 'Beijing', 'chongqing'], 'text', 'ascending')).toEqual([1, 2, 0]);
    expect(compareCells('a', 'A', 'text', 'ascending')).toBe(0);
  });
  it('keeps ties in their original order', () => {
    expect(sortOrder(['80.4', '80.4', '80.1'], 'number', 'descending')).toEqual([0, 1, 2]);
  });
});

describe('filtering', () => {
  const nanjing = { search: '南京 南京市 Nánjīng Nanjing 江苏', region: 'east', circles: ['yangtze-economic-belt', 'yangtze-river-delta'] };
  const xian = { search: '西安 西安市 Xī’ān Xi’an 陕西', region: 'west', circles: [] };
  const none = { text: '', region: '', circle: '' };
  it('passes everything with an empty filter', () => {
    expect(matchesFilter(nanjing, none)).toBe(true);
  });
  it('matches every word of the text box, ignoring case', () => {
    expect(matchesFilter(nanjing, { ...none, text: 'nanjing 江苏' })).toBe(true);
    expect(matchesFilter(nanjing, { ...none, text: 'nanjing 浙江' })).toBe(false);
  });
  it('filters by region and circle, and by belonging to no circle', () => {
    expect(matchesFilter(nanjing, { ...none, region: 'west' })).toBe(false);
    expect(matchesFilter(nanjing, { ...none, circle: 'yangtze-river-delta' })).toBe(true);
    expect(matchesFilter(xian, { ...none, circle: 'none' })).toBe(true);
    expect(matchesFilter(nanjing, { ...none, circle: 'none' })).toBe(false);
  });
});
