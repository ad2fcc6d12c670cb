import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { sectionsOfPage } from './sections.ts';

const page = (body: string) =>
  parseHTML(`<html><head><title>T</title></head><body><main><h1 id="_top">第一节 总体情况</h1><div class="sl-markdown-content">${body}</div></main></body></html>`)
    .document as unknown as Document;

describe('sectionsOfPage', () => {
  const doc = page(`
    <div data-doc-body data-pagefind-filter="文档:发展报告2019"><span data-pagefind-filter="年份:2019"></span>
    <p>导语。</p>
    <div class="sl-heading-wrapper"><h2 id="scale">一、规模持续增长</h2><a class="sl-anchor-link">本节链接</a></div>
    <p>杭州承接 ITO 执行额</p><p>增长。</p><svg><text>2019</text></svg>
    <footer data-pagefind-ignore>出处</footer>
    <h3 id="kpo">（一）KPO</h3><p>知识流程外包。</p>
    <span data-search-keys="KPO|knowledge process outsourcing"></span></div>`);
  const records = sectionsOfPage(doc, '/reports/r/ch1/', ['杭州', '大连']);
  it('makes one record per section with its anchor', () => {
    expect(records.map((r) => [r.url, r.section])).toEqual([
      ['/reports/r/ch1/', ''],
      ['/reports/r/ch1/#scale', '一、规模持续增长'],
      ['/reports/r/ch1/#kpo', '（一）KPO'],
    ]);
    expect(records[1]!.pageTitle).toBe('第一节 总体情况');
  });
  it('keeps the text and separates blocks, without heading links, charts or ignored parts', () => {
    expect(records[1]!.text).toBe('杭州承接 ITO 执行额\u2029增长。');
  });
  it('derives filters: page filters, business category and cities', () => {
    expect(records[1]!.filters).toEqual({ 文档: ['发展报告2019'], 年份: ['2019'], 业务类别: ['ITO'], 城市: ['杭州'] });
    expect(records[2]!.filters['业务类别']).toEqual(['KPO']);
  });
  it('puts the page keys on the first record', () => {
    expect(records[0]!.keys).toEqual(['KPO', 'knowledge process outsourcing']);
    expect(records[1]!.keys).toEqual([]);
  });
  it('never splits text where inline markup sits (auto-linked terms, emphasis)', () => {
    const linked = sectionsOfPage(
      page('<p>推动<a class="term-link" href="/glossary/service-outsourcing/">服务外包</a>加快<em>转型</em>升级</p>'),
      '/reports/r/ch2/',
      [],
    );
    expect(linked[0]!.text).toBe('推动服务外包加快转型升级');
  });
});
