import { describe, expect, it } from 'vitest';
import { escapeMdxText, mdxBlock, mdxFrontmatter, mdxHeading, mdxParagraph, mdxTable } from './mdx.ts';

describe('escapeMdxText', () => {
  it('escapes characters MDX reads as code', () => {
    expect(escapeMdxText('{a} <b> 1<2')).toBe('\\{a\\} \\<b\\> 1\\<2');
  });
  it('escapes Markdown emphasis, links and tables', () => {
    expect(escapeMdxText('a*b_c [1] x|y')).toBe('a\\*b\\_c \\[1\\] x\\|y');
  });
  it('escapes line-initial list, heading and quote syntax', () => {
    expect(escapeMdxText('1. 第一条')).toBe('1\\. 第一条');
    expect(escapeMdxText('2) 第二条')).toBe('2\\) 第二条');
    expect(escapeMdxText('- 项目')).toBe('\\- 项目');
    expect(escapeMdxText('# 不是标题')).toBe('\\# 不是标题');
    expect(escapeMdxText('> 不是引用')).toBe('\\> 不是引用');
  });
  it('leaves Chinese list markers and decimals alone', () => {
    expect(escapeMdxText('1．管理体制方面')).toBe('1．管理体制方面');
    expect(escapeMdxText('增长 6.1%')).toBe('增长 6.1%');
  });
});

describe('MDX builders', () => {
  it('joins and escapes a paragraph', () => {
    expect(mdxParagraph(['占比 37.9%，比', ' 上年下降 <0.5> 个百分点'])).toBe('占比 37.9%，比上年下降 \\<0.5\\> 个百分点');
  });
  it('writes headings with explicit ids and refuses non-ASCII ids', () => {
    expect(mdxHeading(2, '一、规模持续增长', 'scale')).toBe('## 一、规模持续增长 {/* #scale */}');
    expect(() => mdxHeading(2, '一、规模', '规模')).toThrow(/not lower-case ASCII/);
  });
  it('writes GFM tables and checks row widths', () => {
    expect(mdxTable(['地区', '企业数'], [['北京', '1|2']])).toBe('| 地区 | 企业数 |\n| --- | --- |\n| 北京 | 1\\|2 |');
    expect(() => mdxTable(['a', 'b'], [['1']])).toThrow(/row 1 has 1 cells, the header has 2/);
  });
  it('wraps Markdown children in a component', () => {
    expect(mdxBlock('Figure', { id: 'fig-1-1' }, '图 1-1 标题')).toBe('<Figure id="fig-1-1">\n\n图 1-1 标题\n\n</Figure>');
  });
  it('writes frontmatter', () => {
    expect(mdxFrontmatter({ title: '第一节 总体情况', order: 1, source: { file: 'a.txt', lines: [1, 9] } })).toBe(
      '---\ntitle: 第一节 总体情况\norder: 1\nsource:\n  file: a.txt\n  lines: [1, 9]\n---\n',
    );
  });
});
