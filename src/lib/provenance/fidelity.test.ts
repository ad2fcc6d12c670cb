import { describe, expect, it } from 'vitest';
import { checkFidelity, isFaithful, tableTokens } from './fidelity.ts';
import type { MappedSource } from './source-map.ts';

const mapped = (flow: string[], extra: Partial<MappedSource> = {}): MappedSource => ({
  flow: flow.map((text, i) => ({ n: i + 1, text })),
  footnotes: [],
  tables: [],
  dropped: [],
  ...extra,
});
const published = (main: string, footnotes = '', tables = new Map<string, string>()) => ({ main, footnotes, tables });

describe('checkFidelity', () => {
  it('passes when every sentence appears once and in order, line breaks repaired', () => {
    const report = checkFidelity(mapped(['甲句。乙', '句。']), published('页面标题甲句。乙句。'));
    expect(report).toMatchObject({ sentences: 2, inOrder: 2, coverage: 1 });
    expect(isFaithful(report)).toBe(true);
  });
  it('reports a missing sentence', () => {
    const report = checkFidelity(mapped(['甲句。乙句。']), published('甲句。'));
    expect(report.missing).toEqual(['乙句。']);
    expect(report.coverage).toBe(0.5);
    expect(isFaithful(report)).toBe(false);
  });
  it('reports sentences out of order', () => {
    const report = checkFidelity(mapped(['甲句。乙句。']), published('乙句。甲句。'));
    expect(report.outOfOrder).toEqual(['乙句。']);
    expect(isFaithful(report)).toBe(false);
  });
  it('reports a duplicated sentence', () => {
    const report = checkFidelity(mapped(['甲句。']), published('甲句。甲句。'));
    expect(report.duplicated).toEqual([{ sentence: '甲句。', source: 1, published: 2 }]);
    expect(isFaithful(report)).toBe(false);
  });
  it('reports a changed number', () => {
    const report = checkFidelity(mapped(['增长 9.0%。']), published('增长9.1%。'));
    expect(report.missing).toEqual(['增长9.0%。']);
  });
  it('checks footnotes and tables separately', () => {
    const source = mapped(['正文。'], {
      footnotes: [{ from: 2, to: 2, lines: [{ n: 2, text: '1 注释。' }] }],
      tables: [{ id: 'table-1-1', from: 3, to: 4, lines: [{ n: 3, text: '地区 企业数' }, { n: 4, text: '北京 12 12' }] }],
    });
    const good = checkFidelity(source, published('正文。', '1注释。', new Map([['table-1-1', '地区企业数北京1212']])));
    expect(isFaithful(good)).toBe(true);
    const bad = checkFidelity(source, published('正文。', '', new Map([['table-1-1', '地区企业数北京12']])));
    expect(bad.footnotes.missing).toEqual(['1注释。']);
    expect(bad.tables[0]!.missingTokens).toEqual(['12']);
  });
});

describe('tableTokens', () => {
  it('splits table lines on whitespace', () => {
    expect(tableTokens(['北京  1,234  12.5% ', '', ' 合计　99'])).toEqual(['北京', '1,234', '12.5%', '合计', '99']);
  });
});
