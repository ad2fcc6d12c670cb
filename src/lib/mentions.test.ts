import { describe, expect, it } from 'vitest';
import { mdxSections } from './city-backlinks.ts';
import { mentionsByTarget, sectionsOfMdx } from './mentions.ts';
import { createMatcher } from './term-matcher.ts';

const page = {
  document: 'report',
  page: 'ch1',
  title: '第一节 总体情况',
  documentTitle: '报告',
  body: '---\ntitle: x\n---\n\n导语提到 ITO。\n\n## 一、规模 {/* #scale */}\n\n<Figure id="fig-1">\n\n图 1 KPO\n\n</Figure>\n\n离岸\\*KPO 增长[^fn1]。\n\n### （一）细节 {/* #detail */}\n\n无关内容。\n',
};

describe('mentions', () => {
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
  it('reads the document’s words only, as the city backlinks do: a section that only an editorial note ties to a name is not a mention', () => {
    const body = '---\ntitle: x\n---\n\n## 一、城市 {/* #cities */}\n\n<EditorNote id="en-x" kind="remark">\n\n编者按：本节未提 KPO 与南京。\n\n</EditorNote>\n\n无关内容。\n\n## 二、南京 {/* #nanjing */}\n\n南京的 KPO 增长。\n';
    const matcher = createMatcher([{ text: 'KPO', target: '/glossary/kpo/' }]);
    const mentions = mentionsByTarget(sectionsOfMdx({ ...page, body }), () => matcher);
    expect(mentions.get('/glossary/kpo/')!.map((s) => s.url)).toEqual(['/reports/report/ch1/#nanjing']);
    // The city backlinks split the same page into the same words.
    const cityText = mdxSections(body, '').flatMap((s) => s.paragraphs).join(' ');
    expect(cityText).not.toContain('编者按');
    expect(sectionsOfMdx({ ...page, body }).map((s) => s.text).join(' ')).toBe(cityText);
  });
});
