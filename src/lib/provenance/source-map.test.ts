import { describe, expect, it } from 'vitest';
import { applySourceMap, isDeletionOnly, validateSourceMap, type SourceMap } from './source-map.ts';

const lines = ['标题', ' 中 国 服 务 外 包', '10', '增长 6.1%1，其中', '甲。', '图 1-1 标题', '乙。', '1 注释一', '尾。'];
const map: SourceMap = {
  file: 'sample.txt',
  drop: [{ from: 2, to: 3, reason: 'running header and page number' }],
  edits: [{ line: 4, find: '6.1%1，', replace: '6.1%，', reason: 'footnote marker 1' }],
  footnotes: [{ from: 8, to: 8, reason: 'footnote 1' }],
  tables: [],
  moves: [{ from: 6, to: 6, after: 7, reason: 'caption interrupts the paragraph' }],
};

describe('applySourceMap', () => {
  it('drops furniture, applies edits, extracts footnotes and moves fragments', () => {
    const mapped = applySourceMap(map, lines);
    expect(mapped.flow.map((l) => l.n)).toEqual([1, 4, 5, 7, 6, 9]);
    expect(mapped.flow[1]!.text).toBe('增长 6.1%，其中');
    expect(mapped.footnotes[0]!.lines[0]!.text).toBe('1 注释一');
    expect(mapped.dropped.map((l) => l.n)).toEqual([2, 3]);
  });
  it('refuses an edit that adds or changes characters', () => {
    const bad = { ...map, edits: [{ line: 4, find: '6.1%1', replace: '6.2%', reason: 'x' }] };
    expect(validateSourceMap(bad, lines)).toEqual([expect.stringContaining('is not "6.1%1" with characters removed')]);
    expect(() => applySourceMap(bad, lines)).toThrow(/Source map for sample.txt is invalid/);
  });
  it('refuses overlapping claims and lines past the end', () => {
    const bad = { ...map, footnotes: [{ from: 3, to: 12, reason: 'x' }] };
    const problems = validateSourceMap(bad, lines);
    expect(problems).toContain('footnote 3-12: line 3 is already claimed by drop 2-3');
    expect(problems).toContain('footnote 3-12: line 12 is past the end of sample.txt (9 lines)');
  });
  it('refuses an edit whose text is not on its line', () => {
    const bad = { ...map, edits: [{ line: 5, find: '6.1%1', replace: '6.1%', reason: 'x' }] };
    expect(validateSourceMap(bad, lines)[0]).toMatch(/"6.1%1" is not on that line/);
  });
});

describe('isDeletionOnly', () => {
  it('accepts deletions only', () => {
    expect(isDeletionOnly('6.1%1，', '6.1%，')).toBe(true);
    expect(isDeletionOnly('\uf06e专栏', '专栏')).toBe(true);
    expect(isDeletionOnly('abc', 'abc')).toBe(false);
    expect(isDeletionOnly('abc', 'abd')).toBe(false);
  });
});
