import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { rehypeTableNumbers } from './rehype-table-numbers.ts';

const cell = (tag: 'th' | 'td', value: string): Element => ({ type: 'element', tagName: tag, properties: {}, children: [{ type: 'text', value }] });
const row = (tag: 'th' | 'td', values: string[]): Element => ({ type: 'element', tagName: 'tr', properties: {}, children: values.map((v) => cell(tag, v)) });
const table = (head: string[], body: string[][]): Root => ({
  type: 'root',
  children: [
    {
      type: 'element',
      tagName: 'table',
      properties: {},
      children: [
        { type: 'element', tagName: 'thead', properties: {}, children: [row('th', head)] },
        { type: 'element', tagName: 'tbody', properties: {}, children: body.map((b) => row('td', b)) },
      ],
    },
  ],
});
const classesOf = (root: Root) =>
  ((root.children[0] as Element).children as Element[]).flatMap((section) =>
    (section.children as Element[]).map((tr) => (tr.children as Element[]).map((c) => ((c.properties.className as string[] | undefined) ?? []).join(' '))),
  );

describe('rehypeTableNumbers', () => {
  it('marks columns of printed numbers, header included, and leaves labels and text alone', () => {
    const root = table(
      ['区域', '全部执行额（亿美元）', '同比增长（%）', '说明'],
      [
        ['东部地区', '1310.2', '8.4', '增长较快'],
        ['东北地区', '53.5', '-7.7', ''],
        ['总计', '1,580.8', '9.0%', '—'],
      ],
    );
    rehypeTableNumbers()(root);
    expect(classesOf(root)).toEqual([
      ['', 'num', 'num', ''],
      ['', 'num', 'num', ''],
      ['', 'num', 'num', ''],
      ['', 'num', 'num', ''],
    ]);
  });
  it('finds tables inside MDX components', () => {
    const inner = table(['区域', '数值'], [['东部', '1.5']]);
    const root: Root = { type: 'root', children: [{ type: 'mdxJsxFlowElement', name: 'TableBlock', attributes: [], children: inner.children } as never] };
    rehypeTableNumbers()(root);
    expect(JSON.stringify(root)).toContain('"className":["num"]');
  });
  it('does not mark a column with one cell of words', () => {
    const root = table(['项目', '排名'], [['甲', '1'], ['乙', '第 2 名']]);
    rehypeTableNumbers()(root);
    expect(classesOf(root).flat().filter(Boolean)).toEqual([]);
  });
});
