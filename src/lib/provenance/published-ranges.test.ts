import { describe, expect, it } from 'vitest';
import { mdxHeadings, publishedRanges, rangeOfLine } from './published-ranges.ts';

const lines = ['第一节 总体情况', '正文一。', '一、规模', '规模正文，见一、规模。', '二、结构', '结构正文。', '页脚', '第二节 企业', '企业正文。'];
const pages = [
  {
    document: 'doc',
    page: 'ch1',
    title: '第一节 总体情况',
    source: { file: 'doc.txt', lines: [1, 7] as const },
    body: '正文一。\n\n## 一、规模 {/* #scale */}\n\n规模正文。\n\n## 二、结构[^fn1] {/* #structure */}\n\n结构正文。',
  },
  { document: 'doc', page: 'ch2', title: '第二节 企业', source: { file: 'doc.txt', lines: [8, 9] as const }, body: '企业正文。' },
  { document: 'other', page: 'x', title: '别的', source: { file: 'other.txt', lines: [1, 2] as const }, body: '' },
];

describe('published ranges', () => {
  it('reads MDX headings with their ids, without footnote markers', () => {
    expect(mdxHeadings(pages[0]!.body)).toEqual([
      { text: '一、规模', id: 'scale' },
      { text: '二、结构', id: 'structure' },
    ]);
  });
  it('splits each page into sections at the lines of its headings', () => {
    expect(publishedRanges('doc.txt', pages, lines)).toEqual([
      { from: 1, to: 2, url: '/reports/doc/ch1/', pageTitle: '第一节 总体情况' },
      { from: 3, to: 4, url: '/reports/doc/ch1/#scale', pageTitle: '第一节 总体情况', section: '一、规模' },
      { from: 5, to: 7, url: '/reports/doc/ch1/#structure', pageTitle: '第一节 总体情况', section: '二、结构' },
      { from: 8, to: 9, url: '/reports/doc/ch2/', pageTitle: '第二节 企业' },
    ]);
  });
  it('finds the range of a line', () => {
    const ranges = publishedRanges('doc.txt', pages, lines);
    expect(rangeOfLine(ranges, 4)?.url).toBe('/reports/doc/ch1/#scale');
    expect(rangeOfLine(ranges, 99)).toBeUndefined();
  });
});
