import { describe, expect, it } from 'vitest';
import { mdxSections } from './city-backlinks.ts';
import { boundedMentions, mentionsByTarget, sectionsOfMdx, type SectionText } from './term-mentions.ts';
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

describe('boundedMentions', () => {
  const section = (document: string, n: number): SectionText => ({ url: `/reports/${document}/p${n}/#s${n}`, label: `${document} ${n}`, text: '' });
  const corpus = (documents: number, sections: (d: number) => number) =>
    Array.from({ length: documents }, (_, d) => Array.from({ length: sections(d) }, (_, n) => section(`doc-${d}`, n))).flat();

  it('keeps the list the same size whether 5 or 500 documents mention the term', () => {
    const limits = { documents: 8, sectionsPerDocument: 3 };
    const small = boundedMentions(corpus(5, () => 10), limits);
    const large = boundedMentions(corpus(500, () => 10), limits);
    const links = (r: typeof small) => r.shown.reduce((sum, d) => sum + d.sections.length, 0);
    expect(links(small)).toBe(15);
    expect(links(large)).toBe(24);
    expect(large.moreDocuments).toBe(492);
    expect(large.moreSections).toBe(4920);
    expect(large.shown.every((d) => d.more === 7)).toBe(true);
  });

  it('shows the documents with the most mentioning sections first, in list order among equals', () => {
    const mentions = [...corpus(1, () => 1), ...corpus(3, (d) => d + 1).filter((m) => !m.url.includes('doc-0'))];
    const { shown } = boundedMentions(mentions, { documents: 2, sectionsPerDocument: 5 });
    expect(shown.map((d) => [d.document, d.sections.length])).toEqual([
      ['doc-2', 3],
      ['doc-1', 2],
    ]);
  });
});
