/**
 * The review-file layouts of layout-schema.ts through the engine, on small
 * dumps of the training-pack kind: a trailing space ends a paragraph, code
 * entries run into their definitions, typical businesses carry anchors,
 * speeches nest bullet items, and tables are serialised cell by cell.
 */
import { describe, expect, it } from 'vitest';
import { mdxPublishedText } from './draft-fidelity.ts';
import { importWithReview } from './engine.ts';
import { parseReview } from './review-fs.ts';

const run = (review: string, lines: readonly string[]) =>
  importWithReview(parseReview(review, 'review.yaml'), { document: 'sample', file: 'sample.txt', lines, label: 'review.yaml' });

const GUIDE = ['示例指引 ', '一、分类 ', '（1）A1 甲类服务，指甲类', '的定义。 ', '典型业务 1：第一项，说明一。 ', '典型业务 2：第二项，说明二。 ', '典型业务 3：第三项，说明三。 '];
const GUIDE_REVIEW = `
file: sample.txt
landing: { title: 示例, body: [1] }
pages:
  - { slug: guide, title: 一、分类, to: 7, docType: 统计指引 }
paragraphs: { trailingSpaceEnds: true }
headings:
  - { at: A1 甲类服务, level: 3, id: a1, runIn: ， }
addedHeadings:
  - { before: 典型业务 1, level: 4, text: 典型业务, id: typical }
labelledItems:
  - class: typical-business
    labelEnd: ，
    items:
      - { at: 典型业务 1, id: a1-t1 }
      - { at: 典型业务 2, id: a1-t2 }
      - { at: 典型业务 3, id: a1-t3 }
notes:
  - { id: en-x-under, kind: gap, under: typical, text: 此标题为编者所加。 }
  - { id: en-x-second, kind: error, after: 第二项, text: 第二项有误。 }
`;

describe('code entries and labelled items', () => {
  const [, page] = run(GUIDE_REVIEW, GUIDE);

  it('ends a run-in heading at the review’s own stop character and keeps the rest as its paragraph', () => {
    expect(page!.body.startsWith('### （1）A1 甲类服务， {/* #a1 */}\n\n指甲类的定义。\n\n')).toBe(true);
  });

  it('gives each labelled item its anchor and its label in bold; a note splits the list where it attaches', () => {
    expect(page!.body).toContain(
      [
        '#### 典型业务 {/* #typical */}',
        '<EditorNote id="en-x-under" kind="gap">\n\n此标题为编者所加。\n\n</EditorNote>',
        '<ul class="typical-business">\n<li id="a1-t1">**典型业务 1：第一项**，说明一。</li>\n<li id="a1-t2">**典型业务 2：第二项**，说明二。</li>\n</ul>',
        '<EditorNote id="en-x-second" kind="error">\n\n第二项有误。\n\n</EditorNote>',
        '<ul class="typical-business">\n<li id="a1-t3">**典型业务 3：第三项**，说明三。</li>\n</ul>\n',
      ].join('\n\n'),
    );
  });

  it('writes the page’s docType into its frontmatter', () => {
    expect(page!.frontmatter.docType).toBe('统计指引');
  });

  it('refuses a note under a heading id that no heading has', () => {
    expect(() => run(GUIDE_REVIEW.replace('under: typical,', 'under: typcial,'), GUIDE)).toThrow('note en-x-under (under: typcial): no heading has that id');
  });

  it('refuses a note with both a place and a heading', () => {
    expect(() => run(GUIDE_REVIEW.replace('under: typical,', 'under: typical, after: 第二项,'), GUIDE)).toThrow(/give a note exactly one place: `after`/);
  });
});

const SPEECH = ['示例讲话 ', '一、趋势 ', '\uF0D8 第一条趋势', '跨行。 ', '① 子项一。 ', '     丢失符号的子项。 ', '结论一。 ', '\uF0D8 第二条。', '\uF0D8 第三条。 '];
const SPEECH_REVIEW = `
file: sample.txt
landing: { title: 示例, body: [1] }
pages:
  - { slug: speech, title: 一、趋势, to: 9 }
paragraphs: { trailingSpaceEnds: true, bulletLists: true }
lists:
  nested: [① 子项一, 丢失符号的子项]
  continued: [结论一]
`;

describe('nested and continued list items', () => {
  it('nests sub-items under the item before, continues it with a paragraph, and opens a paragraph at every bullet', () => {
    const [, page] = run(SPEECH_REVIEW, SPEECH);
    expect(page!.body).toBe('- 第一条趋势跨行。\n  - ① 子项一。\n  - 丢失符号的子项。\n\n  结论一。\n\n- 第二条。\n- 第三条。\n');
  });

  it('is read without its list markers, nested ones included, by the import’s fidelity check', () => {
    expect(mdxPublishedText(run(SPEECH_REVIEW, SPEECH)).main).toBe('示例讲话一、趋势第一条趋势跨行。①子项一。丢失符号的子项。结论一。第二条。第三条。');
  });

  it('refuses a nested item that follows no bullet item', () => {
    const lines = SPEECH.map((l, i) => (i === 2 ? '第一条趋势' : l));
    expect(() => run(SPEECH_REVIEW, lines)).toThrow('review.yaml: lists: the paragraph at line 5 follows no bullet item');
  });
});

const DATA = [
  '示例数据 ',
  '一、表格 ',
  '正文一段。 ',
  '表 1 示例表 ',
  '类型 ',
  '说明 ',
  '甲类 纳入 BPO',
  '统计 ',
  '\uF06C 理由一 ',
  '\uF06C 理由二 ',
  '乙类 不纳入。 ',
  '中间段。 ',
  'ITO ',
  '软件 1.5  60% ',
  '合计 2.5 ',
  '末段。 ',
];
const DATA_REVIEW = `
file: sample.txt
landing: { title: 示例, body: [1] }
pages:
  - { slug: data, title: 一、表格, to: 16 }
paragraphs: { trailingSpaceEnds: true }
notes:
  - { id: en-x-reason, kind: remark, after: 理由一, text: 理由栏照录。 }
  - { id: en-x-middle, kind: remark, after: 中间段, text: 中间段的注。 }
tables:
  - from: 4
    to: 8
    id: cases
    reason: 表 1, serialised cell by cell
    after: 正文一段
    caption: [4]
    notesOutside: true
    grid:
      class: cases
      header: [5, 6]
      columns: [{ text: 类型, minWidth: 5em }, 说明, 理由]
      rows:
        - { id: row-a, cells: [[7, 7], [7, 8], [9, 10]] }
        - { id: row-b, cells: [[11, 11], [11, 11], null] }
  - { from: 9, to: 11, id: cases, reason: 表 1 continued }
  - from: 13
    to: 15
    id: figures
    reason: one row per line
    after: 中间段
    afterNotes: true
    grid:
      class: figures
      figures: true
      columns: [项目, 数值, 占比]
      rows:
        - { group: ITO, line: 13 }
        - { id: row-soft, split: 14 }
        - { id: row-total, split: 15, padEnd: true }
`;

const FIGURE = `style={{ textAlign: 'right', whiteSpace: 'nowrap' }}`;
const NOWRAP = `style={{ whiteSpace: 'nowrap' }}`;

describe('grid tables', () => {
  const body = run(DATA_REVIEW, DATA)[1]!.body;

  it('rebuilds a table serialised cell by cell over two ranges: row anchors, a shared first line split at its space, bullets as a list, an empty cell', () => {
    const cases = [
      '<TableBlock id="cases">',
      '表 1 示例表',
      [
        '<table class="cases">',
        '<thead>',
        '<tr>',
        `<th scope="col" style={{ minWidth: '5em' }}>类型</th>`,
        '<th scope="col">说明</th>',
        '<th scope="col">理由</th>',
        '</tr>',
        '</thead>',
        '<tbody>',
        '<tr id="row-a">',
        '<th scope="row">甲类</th>',
        '<td>\n<p>纳入 BPO统计</p>\n</td>',
        '<td>\n<ul>\n<li>理由一</li>\n<li>理由二</li>\n</ul>\n</td>',
        '</tr>',
        '<tr id="row-b">',
        '<th scope="row">乙类</th>',
        '<td>\n<p>不纳入。</p>\n</td>',
        '<td></td>',
        '</tr>',
        '</tbody>',
        '</table>',
      ].join('\n'),
      '</TableBlock>',
    ].join('\n\n');
    expect(body).toContain(`正文一段。\n\n${cases}\n\n<EditorNote id="en-x-reason" kind="remark">`);
  });

  it('publishes a table of figures after the notes of its block, with row groups and a padded last row', () => {
    const figures = [
      '<table class="figures">',
      '<thead>',
      '<tr>',
      '<th scope="col">项目</th>',
      '<th scope="col">数值</th>',
      '<th scope="col">占比</th>',
      '</tr>',
      '</thead>',
      '<tbody>',
      '<tr><th scope="rowgroup" colspan="3">ITO</th></tr>',
      `<tr id="row-soft"><th scope="row" ${NOWRAP}>软件</th><td ${FIGURE}>1\\.5</td><td ${FIGURE}>60%</td></tr>`,
      `<tr id="row-total"><th scope="row" ${NOWRAP}>合计</th><td ${FIGURE}>2\\.5</td><td ${FIGURE}></td></tr>`,
      '</tbody>',
      '</table>',
    ].join('\n');
    expect(body).toContain(`中间段。\n\n<EditorNote id="en-x-middle" kind="remark">\n\n中间段的注。\n\n</EditorNote>\n\n<TableBlock id="figures">\n\n${figures}\n\n</TableBlock>\n\n末段。\n`);
  });

  it('refuses a table line that no cell publishes, naming the line', () => {
    const review = DATA_REVIEW.replace('{ id: row-b, cells: [[11, 11], [11, 11], null] }', '{ id: row-b, cells: [[11, 11], null, null] }');
    expect(() => run(review, DATA)).not.toThrow();
    const lost = DATA_REVIEW.replace('[[9, 10]]', '[[10, 10]]').replace('cells: [[7, 7], [7, 8], [9, 10]]', 'cells: [[7, 7], [7, 8], [10, 10]]');
    expect(() => run(lost, DATA)).toThrow('review.yaml: tables (cases): line 9 is in no cell, row, caption or header');
  });

  it('refuses structure on a later range of a table, which only continues the first', () => {
    expect(() => run(DATA_REVIEW.replace('{ from: 9, to: 11, id: cases, reason: 表 1 continued }', '{ from: 9, to: 11, id: cases, reason: 表 1 continued, after: 中间段 }'), DATA)).toThrow(
      /tables\[1\]: a later range of table cases continues its first entry; move its after to that entry/,
    );
  });

  it('refuses a short row unless the review says the source leaves its last cells blank', () => {
    expect(() => run(DATA_REVIEW.replace(', padEnd: true', ''), DATA)).toThrow('grid row row-total (line 15) has 2 cells under 3 columns');
  });

  it('refuses a group label that is not what its line prints', () => {
    expect(() => run(DATA_REVIEW.replace('{ group: ITO, line: 13 }', '{ group: BPO, line: 13 }'), DATA)).toThrow('group “BPO” is not what line 13 prints (“ITO”)');
  });
});
