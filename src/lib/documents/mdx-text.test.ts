import { describe, expect, it } from 'vitest';
import { mdxPlainText, withoutEditorial } from './mdx-text.ts';

describe('the plain text of MDX', () => {
  it('drops comments, tags, editorial elements, footnote markers, escapes and table pipes', () => {
    expect(mdxPlainText('| 北京市 | 75\\.7 | \\-6.3 |')).toBe('北京市 75.7 -6.3');
    expect(mdxPlainText('<strong>甲</strong>乙<span data-editorial>〔丙〕</span>丁[^fn2]')).toBe('甲乙丁');
    expect(mdxPlainText('<tr id="city-hangzhou"><th scope="row" style={{ whiteSpace: \'nowrap\' }}>杭州</th><td>18\\.64</td></tr>')).toBe('杭州 18.64');
    expect(mdxPlainText('| --- | --- |')).toBe('');
    expect(mdxPlainText('离岸\\*KPO[^fn1] {/* #x */} <Figure id="a">')).toBe('离岸*KPO');
  });
  it('drops heading, list, emphasis and link marks but keeps escaped characters', () => {
    expect(mdxPlainText('## 一、规模 {/* #scale */}\n\n- **甲**：见[图 1](#fig-1)\n1. `乙`\\*')).toBe('一、规模 甲：见图 1 乙*');
  });
  it('leaves out the editors’ words unless asked for them', () => {
    const mdx = '正文。\n\n<EditorNote id="en-a" kind="gap">\n\n编者说明。\n\n</EditorNote>\n\n<span data-editorial>〔标题〕</span>';
    expect(mdxPlainText(mdx)).toBe('正文。');
    expect(withoutEditorial(mdx).trim()).toBe('正文。');
    expect(mdxPlainText('<span data-editorial>〔标题〕</span>', { keepEditorial: true })).toBe('〔标题〕');
  });
  it('joins lines into one Chinese paragraph, keeping a table’s rows apart', () => {
    expect(mdxPlainText('第一行\n第二行', { joinLines: true })).toBe('第一行第二行');
    expect(mdxPlainText('下表：\n\n| 项目 | 金额 |\n| --- | --- |\n| 出口 | 4634.9 |\n| 进口 | 8284\\.9 |\n', { joinLines: true })).toBe('下表：项目 金额；出口 4634.9；进口 8284.9');
  });
});
