import { describe, expect, it } from 'vitest';
import { mdxToText, mentionsByTarget, sectionsOfMdx } from './mentions.ts';
import { createMatcher } from './term-matcher.ts';

const page = {
  document: 'report',
  page: 'ch1',
  title: '第一节 总体情况',
  documentTitle: '报告',
  body: '---\ntitle: x\n---\n\n导语提到 ITO。\n\n## 一、规模 {/* #scale */}\n\n<Figure id="fig-1">\n\n图 1 KPO\n\n</Figure>\n\n离岸\\*KPO 增长[^fn1]。\n\n### （一）细节 {/* #detail */}\n\n无关内容。\n',
};

describe('mentions', () => {
  it('turns MDX into rough text', () => {
    expect(mdxToText('离岸\\*KPO[^fn1] {/* #x */} <Figure id="a">').trim()).toBe('离岸*KPO');
  });
  it('splits a page into sections at its headings', () => {
    expect(sectionsOfMdx(page).map((s) => [s.url, s.label])).toEqual([
      ['/reports/report/ch1/', '《报告》第一节 总体情况'],
      ['/reports/report/ch1/#scale', '《报告》第一节 总体情况 › 一、规模'],
      ['/reports/report/ch1/#detail', '《报告》第一节 总体情况 › （一）细节'],
    ]);
  });
  it('lists the sections mentioning each term once', () => {
    const matcher = createMatcher([
      { text: 'ITO', target: '/glossary/ito/' },
      { text: 'KPO', target: '/glossary/kpo/#kpo-t1' },
    ]);
    const mentions = mentionsByTarget(sectionsOfMdx(page), () => matcher);
    expect(mentions.get('/glossary/ito/')!.map((s) => s.url)).toEqual(['/reports/report/ch1/']);
    expect(mentions.get('/glossary/kpo/')!.map((s) => s.url)).toEqual(['/reports/report/ch1/#scale']);
  });
});
