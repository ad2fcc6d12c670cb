import { describe, expect, it } from 'vitest';
import { countOccurrences, joinWrappedLines, normalizeForCompare, splitSentences } from './source-text.ts';

describe('joinWrappedLines', () => {
  it('joins Chinese lines without inserting spaces', () => {
    expect(joinWrappedLines(['推动服务外包加快转型升级，实现服务外包产业持续增长。2019 年，承接服务外包合同', '额 2357.0 亿美元'])).toBe(
      '推动服务外包加快转型升级，实现服务外包产业持续增长。2019 年，承接服务外包合同额 2357.0 亿美元',
    );
  });
  it('keeps a space between ASCII words split by a line break', () => {
    expect(joinWrappedLines(['根据 Frost &', 'Sullivan 数据'])).toBe('根据 Frost & Sullivan 数据');
    expect(joinWrappedLines(['《ISG Global', 'Outsourcing Index》'])).toBe('《ISG Global Outsourcing Index》');
  });
  it('does not put a space between a number and a following Chinese line', () => {
    expect(joinWrappedLines(['执行额 1580.8 亿美', '元'])).toBe('执行额 1580.8 亿美元');
  });
  it('trims page-start spaces and skips blank lines', () => {
    expect(joinWrappedLines([' 美', '', '国'])).toBe('美国');
  });
});

describe('normalizeForCompare', () => {
  it('removes all whitespace and private-use glyphs', () => {
    expect(normalizeForCompare('\uf06e 专栏： 星环科技\u3000 2019 年')).toBe('专栏：星环科技2019年');
  });
});

describe('splitSentences', () => {
  it('splits after Chinese terminators and keeps closing quotes with the sentence', () => {
    expect(splitSentences('离岸服务外包逆势增长。他说：“好！”然后呢？剩余')).toEqual([
      '离岸服务外包逆势增长。',
      '他说：“好！”',
      '然后呢？',
      '剩余',
    ]);
  });
  it('returns nothing for empty text', () => {
    expect(splitSentences('')).toEqual([]);
  });
});

describe('countOccurrences', () => {
  it('counts non-overlapping matches', () => {
    expect(countOccurrences('服务外包服务外包', '服务外包')).toBe(2);
    expect(countOccurrences('aaa', 'aa')).toBe(1);
    expect(countOccurrences('abc', '')).toBe(0);
  });
});
