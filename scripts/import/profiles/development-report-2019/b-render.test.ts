import { describe, expect, it } from 'vitest';
import type { MappedSource } from '../../../../src/lib/source-map.ts';
import { endsParagraph, inferredHeading, isListItem, renderPage, type PageSpec } from './b-render.ts';

describe('paragraph and list rules', () => {
  it('ends a paragraph at sentence punctuation followed by the trailing space', () => {
    expect(endsParagraph('东北地区是指辽宁、吉林和黑龙江 3 省。 ')).toBe(true);
    expect(endsParagraph('信息化引领创新和驱动转型的先导性作用日益凸显。')).toBe(false);
    expect(endsParagraph('客户应用软件开发（Custom ')).toBe(false);
  });

  it('tells list items from numbered headings', () => {
    expect(isListItem('1．管理体制方面：成立促进服务外包产业发展领导小组')).toBe(true);
    expect(isListItem('1．示范城市综合评价整体情况')).toBe(false);
  });

  it('marks an inferred heading as editorial and keeps its id', () => {
    expect(inferredHeading(3, '〔（一）辐射带动〕', 'radiation')).toBe('### <span data-editorial>〔（一）辐射带动〕</span> {/* #radiation */}');
    expect(() => inferredHeading(2, 'x', 'Bad Id')).toThrow();
  });
});

describe('renderPage', () => {
  const raw = [
    '第一节 示例 ',
    '一、标题 ',
    '正文第一行，',
    '图 9-1 示例图 ',
    '数据来源：示例 ',
    '接着是正文',
    '2',
    '，完。 ',
    '1注释正文 ',
  ];
  const lines = raw;
  const edits = [
    { line: 7, find: '2', replace: '', reason: 'marker' },
    { line: 9, find: '1注释', replace: '注释', reason: 'number' },
  ];
  const at = (n: number, text = lines[n - 1]!) => ({ n, text });
  const mapped: MappedSource = {
    flow: [at(1), at(2), at(3), at(6), at(7, ''), at(8), at(4), at(5)],
    footnotes: [{ from: 9, to: 9, lines: [at(9, '注释正文 ')] }],
    tables: [],
    dropped: [],
  };
  const spec: PageSpec = {
    slug: 'x',
    title: '第一节 示例',
    sidebarLabel: 'x',
    chapter: 'c',
    order: 1,
    lines: [1, 9],
    titleLine: 1,
    headings: { 2: { level: 2, id: 'title' } },
    boxes: [],
    inserts: [{ type: 'note', after: 8, kind: 'remark', id: 'en-test', text: '编者的话。' }],
  };
  it('joins a paragraph across a footnote marker line, places figures, notes and footnotes', () => {
    const body = renderPage(spec, { lines, mapped, edits, footnoteMarkers: { 7: 9 }, tables: [] });
    expect(body).toBe(
      [
        '## 一、标题 {/* #title */}',
        '正文第一行，接着是正文[^fn1]，完。',
        '<EditorNote id="en-test" kind="remark">\n\n编者的话。\n\n</EditorNote>',
        '<Figure id="fig-9-1">\n\n图 9-1 示例图\n\n数据来源：示例\n\n</Figure>',
        '[^fn1]: 注释正文',
      ].join('\n\n') + '\n',
    );
  });
});
