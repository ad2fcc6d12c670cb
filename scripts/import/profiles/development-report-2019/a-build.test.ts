import { describe, expect, it } from 'vitest';
import type { ImportContext } from '../../../../src/lib/import/profile.ts';
import { applySourceMap, type SourceMap } from '../../../../src/lib/source-map.ts';
import { buildPage, type PageSpec } from './a-build.ts';
import { simpleTable, stagedTable } from './a-tables.ts';

/** A small dump in the 2019 report's layout: trailing space marks a paragraph end. */
const LINES = [
  ' 第一节 总体情况 ', // 1
  '一、规模 ', // 2
  '规模持续增长。2019 年合同额 2357.0 亿美', // 3
  '元，占比 5.1', // 4
  '3', // 5: footnote marker on its own line
  '调整到 46.0，比 ', // 6: interrupted by a figure
  '图 1-1 规模及增速 ', // 7
  '数据来源：商务部 ', // 8
  ' 上年提高。 ', // 9
  '\uf06e 专栏：某公司 ', // 10
  '某公司很好。 ', // 11
  ' ', // 12
  '表 1-1 企业数量 ', // 13
  ' 家数 新增 ', // 14
  '江苏省 124205 1274 ', // 15
  '数据来源：商务部 ', // 16
  '                                                             ', // 17
  '3其他项说明。 ', // 18
];

const MAP: SourceMap = {
  file: 'test.txt',
  drop: [],
  edits: [
    { line: 5, find: '3', replace: '', reason: 'footnote marker' },
    { line: 18, find: '3其他', replace: '其他', reason: 'footnote number' },
  ],
  footnotes: [{ from: 18, to: 18, reason: 'footnote' }],
  tables: [{ from: 13, to: 16, id: 'table-1-1', reason: 'table' }],
  moves: [{ from: 7, to: 8, after: 9, reason: 'figure interrupts a sentence' }],
};

const context: ImportContext = { document: 'test', file: 'test.txt', lines: LINES, map: MAP, mapped: applySourceMap(MAP, LINES) };

const spec: PageSpec = {
  slug: 'ch1-overview',
  title: '第一节 总体情况',
  sidebarLabel: '1.1 总体情况',
  chapter: '第一章',
  order: 1,
  lines: [1, 18],
  headings: { 2: { level: 2, id: 'scale' } },
  boxes: [{ id: 'box-test', from: 10, to: 11 }],
  footnotes: [{ label: 'fn1', line: 4, after: '5.1', body: 18 }],
  tables: { 'table-1-1': simpleTable('table-1-1', ['', '家数', '新增']) },
  notes: [
    { after: 1, id: 'en-test-title', kind: 'gap', text: '标题推断。' },
    { after: 3, id: 'en-test-error', kind: 'error', text: '数字<有误>。' },
    { after: 15, id: 'en-test-table', kind: 'error', text: '表中数字有误。' },
  ],
};

describe('buildPage', () => {
  const page = buildPage(context, spec);
  const blocks = page.body.trim().split('\n\n');

  it('writes frontmatter from the spec', () => {
    expect(page.frontmatter).toMatchObject({ title: '第一节 总体情况', order: 1, source: { file: 'test.txt', lines: [1, 18] } });
  });

  it('puts notes on the title line first, then headings with ids', () => {
    expect(blocks[0]).toBe('<EditorNote id="en-test-title" kind="gap">');
    expect(page.body).toContain('## 一、规模 {/* #scale */}');
  });

  it('joins a paragraph across the moved figure and places the footnote reference where the marker was', () => {
    expect(page.body).toContain('规模持续增长。2019 年合同额 2357.0 亿美元，占比 5.1[^fn1]调整到 46.0，比上年提高。');
    expect(page.body.indexOf('上年提高')).toBeLessThan(page.body.indexOf('<Figure id="fig-1-1">'));
  });

  it('escapes editorial text and places it after its paragraph', () => {
    expect(page.body).toContain('数字\\<有误\\>。');
    expect(page.body.indexOf('en-test-error')).toBeGreaterThan(page.body.indexOf('上年提高'));
  });

  it('renders boxes without private-use glyphs, title first', () => {
    expect(page.body).toContain('<Box id="box-test">\n\n**专栏：某公司**\n\n某公司很好。\n\n</Box>');
    expect(page.body).not.toMatch(/[\uE000-\uF8FF]/);
  });

  it('renders tables with their notes inside and footnote definitions at the end', () => {
    expect(page.body).toContain('| 江苏省 | 124205 | 1274 |');
    expect(page.body.indexOf('en-test-table')).toBeLessThan(page.body.indexOf('</TableBlock>'));
    expect(page.body.trimEnd().endsWith('[^fn1]: 其他项说明。')).toBe(true);
  });

  it('places a note inside a box once', () => {
    const body = buildPage(context, { ...spec, notes: [{ after: 11, id: 'en-test-box', kind: 'remark', text: '框内注。' }] }).body;
    expect(body.split('en-test-box').length).toBe(2);
    expect(body.indexOf('en-test-box')).toBeLessThan(body.indexOf('</Box>'));
  });

  it('refuses a heading-like line without an id', () => {
    expect(() => buildPage(context, { ...spec, headings: {} })).toThrow(/looks like a heading/);
  });

  it('refuses a note that lands on no block', () => {
    expect(() => buildPage(context, { ...spec, notes: [{ after: 12, id: 'en-x', kind: 'remark', text: 'x' }] })).toThrow(/not placed/);
  });
});

describe('stagedTable', () => {
  const lines = [
    '表 3-2 成本比较 ',
    '研发阶段 试验内容 成本比 ',
    '化合物筛选  30%—60% ',
    '临床前试验 ',
    '毒理试验 30% ',
    '动物实验 60% ',
    '临床试验 ',
    'I 期临床 30%—60% ',
    '数据来源：某中心 ',
  ].map((text, i) => ({ n: i + 1, text }));

  it('spans a stage over the rows below it and keeps an empty 试验内容 cell', () => {
    const out = stagedTable('table-3-2', ['研发阶段', '试验内容', '成本比'])(lines, []);
    expect(out).toContain('<tr><td>化合物筛选</td><td></td><td>30%—60%</td></tr>');
    expect(out).toContain('<tr><td rowspan="2">临床前试验</td><td>毒理试验</td><td>30%</td></tr>\n<tr><td>动物实验</td><td>60%</td></tr>');
    expect(out).toContain('<tr><td>临床试验</td><td>I 期临床</td><td>30%—60%</td></tr>');
  });

  it('refuses a header that does not match the source', () => {
    expect(() => stagedTable('table-3-2', ['阶段', '内容', '比'])(lines, [])).toThrow(/do not match/);
  });
});
