import { describe, expect, it } from 'vitest';
import { headingsOfHtml, stripFootnoteNumbers } from './toc-headings.ts';

describe('stripFootnoteNumbers', () => {
  it('removes the footnote number only from headings that carry a footnote', () => {
    const mdx = '## 五、长江中游城市群[^fn3] {/* #middle-yangtze */}\n\n## 2019 年规模 2019 {/* #scale-2019 */}\n';
    const headings = [
      { depth: 2, slug: 'middle-yangtze', text: '五、长江中游城市群3' },
      { depth: 2, slug: 'scale-2019', text: '2019 年规模 2019' },
    ];
    expect(stripFootnoteNumbers(headings, mdx).map((h) => h.text)).toEqual(['五、长江中游城市群', '2019 年规模 2019']);
  });
});

describe('headingsOfHtml', () => {
  it('lists the headings with ids a view renders, in order, with their text', () => {
    const html = [
      '<h1>标题</h1>',
      '<h2 id="definition">释义</h2><p>…</p>',
      '<section class="glossary-aspect" id="b41-a1">\n  <h3>定义 &amp; 范围</h3></section>',
      '<h3>没有锚点的小标题</h3>',
      '<h2 class="x" id="cities"><span>31</span> 个示范城市</h2>',
      '<h4 id="deep">更深</h4>',
    ].join('\n');
    expect(headingsOfHtml(html)).toEqual([
      { depth: 2, slug: 'definition', text: '释义' },
      { depth: 3, slug: 'b41-a1', text: '定义 & 范围' },
      { depth: 2, slug: 'cities', text: '31 个示范城市' },
    ]);
    expect(headingsOfHtml(html, 2).map((h) => h.slug)).toEqual(['definition', 'cities']);
    expect(headingsOfHtml(html, 4).map((h) => h.slug)).toContain('deep');
    expect(headingsOfHtml('<h2 id="development-report-2019" data-toc="发展报告 2019">中国服务外包发展报告2019</h2>')).toEqual([
      { depth: 2, slug: 'development-report-2019', text: '发展报告 2019' },
    ]);
  });
});
