/**
 * Layout features of the engine that a report dump needs, on a small dump
 * nobody tuned for: tables read from their printed lines and continued after
 * a page break, figure captions found in the text, blocks placed after other
 * blocks by id, page-top notes, plain box titles, numbered list items,
 * trailing-space paragraph ends, PDF font glyphs, and a footnote marker
 * alone on its line.
 */
import { describe, expect, it } from 'vitest';
import { checkPages } from './draft-fidelity.ts';
import { importWithReview, sourceMapOf } from './engine.ts';
import { parseReview } from './review-fs.ts';

const SOURCE = [
  '第一节 总体情况 ', // 1
  '一、规模 ',
  '2019 年执行额增长。这是第一段的第一行，',
  '继续到此结束。 ',
  '执行额 ', // 5: a trailing space that ends nothing
  '1580.8 亿美元，增长 9.0%',
  '1', // 7: footnote marker alone on its line
  '，比上年提高。 ',
  '图 1-1 2019 年执行额 ',
  '数据来源：商务部 ', // 10
  '1．管理方面：体制完善。 ',
  '2．政策方面：措施有力。 ',
  '\uF06E专栏：示例企业 ',
  '示例企业成立于 2000 年。 ',
  '表 1-1 各地区执行额 ', // 15
  '地区 执行额 ',
  '（亿美元） ',
  '东部 120.5 ',
  '12 ',
  '西部 30.0 ', // 20
  '数据来源：测试 ',
  '1 脚注正文：执行额按美元计。',
  '第二节 展望 ',
  '展望未来。 ',
  '',
  '',
];

const REVIEW = `
file: sample-report.txt
landing:
  title: 示例报告
  through: 26
pages:
  - slug: overview
    title: 第一节 总体情况
    to: 22
  - slug: outlook
    title: 第二节 展望
    to: 24
    order: 7
paragraphs:
  trailingSpaceEnds: true
  trailingSpaceAfterEndOnly: true
  dropPrivateUse: true
  listItem: ^\\d+．.*：
figureCaptions:
  sourceLine: true
headings:
  - { at: 一、规模, level: 2, id: scale }
addedHeadings:
  - { afterBlock: fig-1-1, level: 2, text: 〔二、补充〕, id: added, editorial: true }
boxes:
  - { at: 专栏：示例企业, through: 示例企业成立于, id: box-example, title: plain }
notes:
  - { id: en-t-top, kind: gap, top: outlook, text: 页首说明。 }
  - { id: en-t-fig, kind: remark, afterBlock: added, text: 图后说明。 }
  - { id: en-t-box, kind: remark, afterBlock: box-example, text: 专栏后说明。 }
  - { id: en-t-table, kind: error, after: 东部 120.5, text: 表内说明。 }
furniture:
  - { from: 19, to: 19, reason: page number }
edits:
  - { line: 7, find: "1", replace: "", reason: footnote marker }
  - { line: 22, find: "1 ", replace: "", reason: footnote number }
footnotes:
  - { from: 22, to: 22, reason: footnote, marker: 7 }
tables:
  - from: 15
    to: 18
    reason: table 1-1 before the page break
    id: table-1-1
    afterBlock: en-t-fig
    printed:
      header: [[地区, 执行额（亿美元）]]
  - { from: 20, to: 21, reason: table 1-1 after the page break, id: table-1-1 }
`;

const note = (id: string, kind: string, text: string) => `<EditorNote id="${id}" kind="${kind}">\n\n${text}\n\n</EditorNote>`;

function run(yaml = REVIEW) {
  return importWithReview(parseReview(yaml, 'review.yaml'), { document: 'sample-report', file: 'sample-report.txt', lines: SOURCE, label: 'review.yaml' });
}

describe('engine layout features', () => {
  const [landing, overview, outlook] = run();

  it('publishes blocks in source order, with followers chained by id and a continued printed table', () => {
    expect(overview!.body).toBe(
      [
        '## 一、规模 {/* #scale */}',
        '2019 年执行额增长。这是第一段的第一行，继续到此结束。',
        '执行额1580.8 亿美元，增长 9.0%[^fn1]，比上年提高。',
        '<Figure id="fig-1-1">\n\n图 1-1 2019 年执行额\n\n数据来源：商务部\n\n</Figure>',
        '## <span data-editorial>〔二、补充〕</span> {/* #added */}',
        note('en-t-fig', 'remark', '图后说明。'),
        [
          '<TableBlock id="table-1-1">',
          '表 1-1 各地区执行额',
          '| 地区 | 执行额（亿美元） |\n| --- | --- |\n| 东部 | 120\\.5 |\n| 西部 | 30\\.0 |',
          '数据来源：测试',
          note('en-t-table', 'error', '表内说明。'),
          '</TableBlock>',
        ].join('\n\n'),
        '- 1．管理方面：体制完善。\n- 2．政策方面：措施有力。',
        '<Box id="box-example">\n\n专栏：示例企业\n\n示例企业成立于 2000 年。\n\n</Box>',
        note('en-t-box', 'remark', '专栏后说明。'),
        '[^fn1]: 脚注正文：执行额按美元计。\n',
      ].join('\n\n'),
    );
  });

  it('puts a page-top note first, and takes the order and source range the review gives', () => {
    expect(outlook!.body).toBe(`${note('en-t-top', 'gap', '页首说明。')}\n\n展望未来。\n`);
    expect(outlook!.frontmatter.order).toBe(7);
    expect(overview!.frontmatter.order).toBe(1);
    expect(landing!.frontmatter.source.lines).toEqual([1, 26]);
  });

  it('passes the import\'s fidelity check: editorial headings and notes are not taken for source text', () => {
    const report = checkPages([landing!, overview!, outlook!], sourceMapOf(parseReview(REVIEW, 'review.yaml')), SOURCE);
    expect(report.missing).toEqual([]);
    expect(report.coverage).toBe(1);
  });

  it('without trailingSpaceAfterEndOnly, any trailing space ends a paragraph', () => {
    const body = run(REVIEW.replace('  trailingSpaceAfterEndOnly: true\n', ''))[1]!.body;
    expect(body).toContain('\n\n执行额\n\n1580\\.8 亿美元');
  });

  it('fails, naming the review file, when a block id has nothing published under it', () => {
    expect(() => run(REVIEW.replace('afterBlock: box-example', 'afterBlock: box-missing'))).toThrow(/review\.yaml: note en-t-box \(after block box-missing\) attaches to no published block/);
    expect(() => run(REVIEW.replace('afterBlock: en-t-fig', 'afterBlock: en-t-none'))).toThrow(/review\.yaml: table table-1-1 is published nowhere/);
    expect(() => run(REVIEW.replace('afterBlock: fig-1-1', 'afterBlock: fig-9-9'))).toThrow(/review\.yaml: added heading added is published nowhere/);
  });

  it('with headingLike, refuses a heading-like line left out of headings', () => {
    const strict = REVIEW.replace('  dropPrivateUse: true\n', '  dropPrivateUse: true\n  headingLike: ^[一二三四五六七八九十]+、\n');
    expect(run(strict)[1]!.body).toContain('## 一、规模 {/* #scale */}');
    expect(() => run(strict.replace('  - { at: 一、规模, level: 2, id: scale }\n', '  []\n'))).toThrow(/review\.yaml: line 2 “一、规模” looks like a heading \(paragraphs\.headingLike\) but is not under headings/);
  });

  it('refuses a note with two places', () => {
    expect(() => run(REVIEW.replace('top: outlook,', 'top: outlook, after: 展望未来,'))).toThrow(/give a note exactly one place: `after`/);
  });
});
