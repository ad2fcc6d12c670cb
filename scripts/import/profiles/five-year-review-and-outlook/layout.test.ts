import { describe, expect, it } from 'vitest';
import { joinWrappedLines } from '../../../../src/lib/text.ts';
import { displayWidth, endsParagraph, joinLinesSpaced } from './layout.ts';

describe('displayWidth', () => {
  it('counts Chinese characters, full-width punctuation and curly quotes as 2, ASCII as 1', () => {
    expect(displayWidth('服务外包')).toBe(8);
    expect(displayWidth('ITO 10.2%')).toBe(9);
    expect(displayWidth('“十三五”，')).toBe(12);
    expect(displayWidth('  图 1-1  ')).toBe(6);
  });
});

describe('endsParagraph', () => {
  it('ends a short line that ends a sentence', () => {
    expect(endsParagraph('业人员 75.2 万，同比增长 12.2%。', false)).toBe(true);
    expect(endsParagraph('辟了“蓝领”就业新阵地。”', false)).toBe(true);
  });
  it('keeps a full-width line that ends a sentence in its paragraph', () => {
    expect(endsParagraph('服务外包实现逆势增长，全年承接服务外包执行额 1753.5亿美元，同比增长 10.9%。', false)).toBe(false);
  });
  it('ends a full-width line when the next line starts a block anyway', () => {
    expect(endsParagraph('美元，年均增长 26.8%，比中国承接离岸服务外包执行额年均增速高 16.4 个百分点。', true)).toBe(true);
  });
  it('never ends a line that stops mid-sentence, however short', () => {
    expect(endsParagraph('2020 年，我国', false)).toBe(false);
    expect(endsParagraph('的不断扩大将为我国承接离岸服务外包创造良好外部条件，对外发包迎来历史性发', true)).toBe(false);
    expect(endsParagraph('…外贸“朋友圈”', true)).toBe(false);
  });
});

describe('joinLinesSpaced', () => {
  const join = (lines: string[]) => joinLinesSpaced(lines, joinWrappedLines);
  it('puts a space where a line break separated Chinese from a number or Latin word', () => {
    expect(join(['年均增长', '50.4%。'])).toBe('年均增长 50.4%。');
    expect(join(['10.1 个百分点。2020', '年，中国'])).toBe('10.1 个百分点。2020 年，中国');
    expect(join(['分领域看，中国', 'ITO 执行额'])).toBe('分领域看，中国 ITO 执行额');
  });
  it('joins Chinese to Chinese and punctuation without a space', () => {
    expect(join(['全面贯彻《中共中央', '国务院关于'])).toBe('全面贯彻《中共中央国务院关于');
    expect(join(['BS25999', '（业务连续性管理标准）。'])).toBe('BS25999（业务连续性管理标准）。');
    expect(join(['占比由', '16.9%升至'])).toBe('占比由 16.9%升至');
  });
  it('keeps the shared rule for two ASCII words and skips blank lines', () => {
    expect(join(['Frost &', '', 'Sullivan'])).toBe('Frost & Sullivan');
  });
  it('leaves spacing inside a line alone', () => {
    expect(join(['执行额 1753.5亿美元'])).toBe('执行额 1753.5亿美元');
  });
});
