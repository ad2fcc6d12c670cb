import { describe, expect, it } from 'vitest';
import { mdxAnchors, mdxSections, paragraphSnippets, scanBacklinks } from './city-backlinks.ts';
import { createMentionMatcher } from './city-mentions.ts';

const body = `
自国家实施服务外包“千百十工程”以来，北京一直是核心区。

## 一、示范城市发展概况 {/* #overview */}

执行额排名前十的示范城市分别为：南京市、无锡市、上海市。南京市承接服务外包执行额居示范城市首位[^fn1]。

<EditorNote id="en-x" kind="error">

编者注里的南京不算。

</EditorNote>

## <span data-editorial>〔二、示范带动〕</span> {/* #radiation */}

<TableBlock id="table-4-8">

| 省（市） | 执行额（亿美元） |
| --- | --- |
| 北京市 | 75\\.7 |

</TableBlock>

<strong>示范引领。</strong>乌鲁木齐<span data-editorial>〔编者补〕</span>增速居首位。

[^fn1]: 南京的统计口径见脚注。
`;

describe('MDX sections', () => {
  const sections = mdxSections(body, '第三节 城市发展布局');
  it('splits at explicit heading ids and gives footnotes their rendered ids', () => {
    expect(sections.map((s) => s.anchor)).toEqual([undefined, 'overview', 'radiation', 'user-content-fn-fn1']);
    expect(sections[2]!.label).toBe('〔二、示范带动〕');
    expect(sections[3]!.paragraphs).toEqual(['南京的统计口径见脚注。']);
  });
  it('keeps the title and text before the first heading at the top, and skips editorial notes', () => {
    expect(sections[0]!.paragraphs).toEqual(['第三节 城市发展布局', '自国家实施服务外包“千百十工程”以来，北京一直是核心区。']);
    expect(sections.flatMap((s) => s.paragraphs).join('')).not.toContain('编者注');
    expect(sections[2]!.paragraphs).toContain('北京市 75.7');
  });
});

describe('snippets', () => {
  const matcher = createMentionMatcher([{ key: 'nanjing', names: ['南京'] }]);
  it('cuts about radius characters either side and marks the name', () => {
    const text = '一二三四五南京六七八九十';
    const [snippet] = paragraphSnippets(text, matcher.find(text), 3);
    expect(snippet!.parts).toEqual([{ text: '…' }, { text: '三四五' }, { text: '南京', mark: true }, { text: '六七八' }, { text: '…' }]);
    expect(snippet!.count).toBe(1);
  });
  it('merges mentions that are close together', () => {
    const text = '南京、南京' + '。'.repeat(20) + '南京';
    const snippets = paragraphSnippets(text, matcher.find(text), 5);
    expect(snippets.map((s) => s.count)).toEqual([2, 1]);
  });
});

describe('backlinks', () => {
  const matcher = createMentionMatcher([
    { key: 'nanjing', names: ['南京'] },
    { key: 'beijing', names: ['北京'] },
    { key: 'wulumuqi', names: ['乌鲁木齐'] },
  ]);
  const found = scanBacklinks([{ document: 'development-report-2019', page: 'ch4-cities', title: '第三节 城市发展布局', body }], matcher);
  it('link every mention to the section it stands in', () => {
    const nanjing = found.get('nanjing')!;
    expect(nanjing.map((b) => [b.href, b.count])).toEqual([
      ['/reports/development-report-2019/ch4-cities/#overview', 2],
      ['/reports/development-report-2019/ch4-cities/#user-content-fn-fn1', 1],
    ]);
    expect(found.get('beijing')!.map((b) => b.href)).toEqual([
      '/reports/development-report-2019/ch4-cities/',
      '/reports/development-report-2019/ch4-cities/#radiation',
    ]);
    expect(found.get('wulumuqi')!.map((b) => b.sectionLabel)).toEqual(['〔二、示范带动〕']);
  });
});

describe('MDX anchors', () => {
  it('are heading ids, element ids and rendered footnote ids', () => {
    expect([...mdxAnchors(body)].sort()).toEqual(['en-x', 'overview', 'radiation', 'table-4-8', 'user-content-fn-fn1']);
  });
});
