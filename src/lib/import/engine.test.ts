import { describe, expect, it } from 'vitest';
import { importWithReview } from './engine.ts';
import { parseReview } from './review-fs.ts';

/** A tiny newsletter: masthead, two sections, wrapped paragraphs (full lines are 20 columns). */
const SOURCE = [
  '示例简报 第1期',
  '一、新闻',
  '第一条新闻正文第一行',
  '内容继续到这里结束。',
  '第二段很短。',
  '二、知识',
  '服务外包是指企业把',
  '非核心业务交给外部。',
];

const REVIEW = `
file: sample.txt
landing:
  title: 示例简报
  body: [示例简报 第1期]
pages:
  - slug: news
    title: 一、新闻
    to: 5
  - slug: basics
    title: 二、知识
    to: 8
paragraphs:
  shortBelow: 16
  indentedAtMost: 18
headings: []
notes:
  - id: en-sample-remark
    kind: remark
    after: 第二段很短
    text: 编者说明：这是一条注。
    table:
      columns: [项目, 数值]
      rows: [[甲, "1"]]
`;

const run = (review: string, lines = SOURCE) => importWithReview(parseReview(review, 'review.yaml'), { document: 'sample', file: 'sample.txt', lines, label: 'review.yaml' });

describe('importWithReview', () => {
  it('builds the landing page and one page per reviewed section', () => {
    const pages = run(REVIEW);
    expect(pages.map((p) => [p.slug, p.frontmatter.title, p.frontmatter.source.lines])).toEqual([
      ['index', '示例简报', [1, 8]],
      ['news', '一、新闻', [2, 5]],
      ['basics', '二、知识', [6, 8]],
    ]);
    expect(pages[0]!.body).toBe('示例简报 第1期\n');
  });

  it('joins wrapped lines into paragraphs and attaches a note after the quoted paragraph', () => {
    const news = run(REVIEW)[1]!.body;
    expect(news).toBe(
      '第一条新闻正文第一行内容继续到这里结束。\n\n第二段很短。\n\n<EditorNote id="en-sample-remark" kind="remark">\n\n编者说明：这是一条注。\n\n| 项目 | 数值 |\n| --- | --- |\n| 甲 | 1 |\n\n</EditorNote>\n',
    );
  });

  it('keeps a quoted note on its paragraph when lines are added upstream', () => {
    const shifted = [...SOURCE.slice(0, 4), '新增一段。', ...SOURCE.slice(4)];
    const review = REVIEW.replace('to: 5', 'to: 6').replace('to: 8', 'to: 9');
    const before = run(REVIEW)[1]!.body;
    expect(run(review, shifted)[1]!.body).toBe(before.replace('第二段很短。', '新增一段。\n\n第二段很短。'));
  });

  it('refuses a note whose quote matches no line, naming the file and the note', () => {
    const review = REVIEW.replace('after: 第二段很短', 'after: 不存在的句子');
    const line = review.split('\n').findIndex((l) => l.includes('不存在的句子')) + 1;
    expect(() => run(review)).toThrow(`review.yaml:${line}: notes[0].after (en-sample-remark): the quote “不存在的句子” is on no source line`);
  });

  it('refuses an ambiguous quote and says to quote more', () => {
    expect(() => run(REVIEW.replace('after: 第二段很短', 'after: 新闻'))).toThrow(/is on lines|quote more/);
  });

  it('refuses source lines that no page covers', () => {
    expect(() => run(REVIEW.replace('to: 8', 'to: 7'))).toThrow(/review.yaml: source lines 8 are on no page/);
  });

  it('refuses a duplicated note id', () => {
    const twice = REVIEW.replace(/(  - id: en-sample-remark[\s\S]*)$/, '$1\n  - id: en-sample-remark\n    kind: remark\n    after: 2\n    text: 重复。\n');
    expect(() => run(twice)).toThrow(/en-sample-remark is used twice/);
  });
});

describe('parseReview', () => {
  it('names the file, the line and the field of a schema error', () => {
    const bad = REVIEW.replace('slug: basics', 'slug: Basics Page');
    expect(() => parseReview(bad, 'src/data/documents/sample/review.yaml')).toThrow(/src\/data\/documents\/sample\/review\.yaml:\d+: pages\.1\.slug: must be lower-case ASCII/);
    try {
      parseReview(bad, 'review.yaml');
    } catch (error) {
      const line = Number(/review\.yaml:(\d+):/.exec((error as Error).message)![1]);
      expect(bad.split('\n')[line - 1]).toContain('slug: Basics Page');
    }
  });

  it('names the line of a YAML syntax error', () => {
    expect(() => parseReview('file: a.txt\nlanding: [unclosed\n', 'review.yaml')).toThrow(/review\.yaml:\d+: not valid YAML/);
  });

  it('takes a direction for spaceBetweenScripts and names the line of a value that is none', () => {
    const spaced = (value: string) => REVIEW.replace('  indentedAtMost: 18', `  indentedAtMost: 18\n  spaceBetweenScripts: ${value}`);
    expect(parseReview(spaced('after-chinese'), 'review.yaml').paragraphs.spaceBetweenScripts).toBe('after-chinese');
    expect(parseReview(spaced('true'), 'review.yaml').paragraphs.spaceBetweenScripts).toBe(true);
    const line = spaced('both').split('\n').findIndex((l) => l.includes('spaceBetweenScripts')) + 1;
    expect(() => parseReview(spaced('both'), 'review.yaml')).toThrow(new RegExp(`review\\.yaml:${line}: paragraphs\\.spaceBetweenScripts: must be true, false, 'after-chinese' or 'before-chinese'`));
  });

  it('rejects unknown fields, so that a typo is not silently ignored', () => {
    expect(() => parseReview(REVIEW.replace('headings: []', 'headngs: []'), 'review.yaml')).toThrow(/review\.yaml:\d+: .*headngs/);
  });
});

describe('page split checks', () => {
  it('refuses overlapping pages', () => {
    expect(() => run(REVIEW.replace('to: 5', 'to: 6'))).toThrow(/pages\[1\] \(basics\) starts at line 6, inside pages\[0\] \(news, to 6\)/);
  });
});

describe('tables', () => {
  const source = ['一、数据', '下表列出各区域。', '表 1 各区域执行额', '区域 执行额 增速', '东部 812.3 10.5%', '中部 120.8 15.2%', '数据来源：商务部', '以上为全部数据。'];
  const review = (table: string) => `
file: t.txt
landing: { title: 表格示例 }
pages: [{ slug: data, title: 一、数据, to: 8 }]
paragraphs: { shortBelow: 40 }
tables:
  - id: table-1
    from: 3
    to: 7
    reason: the flattened table 1
${table}
`;
  const build = (table: string) => importWithReview(parseReview(review(table), 'review.yaml'), { document: 't', file: 't.txt', lines: source, label: 'review.yaml' })[1]!.body;

  // Cells are escaped like all source text: a cell-initial "812." would read as a list number.
  it('rebuilds a flattened table from its header and row lines, with caption and source line', () => {
    expect(build('    after: 下表列出\n    caption: [3]\n    header: 4\n    rows: [5, 6]\n    footer: [7]')).toBe(
      '下表列出各区域。\n\n<TableBlock id="table-1">\n\n表 1 各区域执行额\n\n| 区域 | 执行额 | 增速 |\n| --- | --- | --- |\n| 东部 | 812\\.3 | 10\\.5% |\n| 中部 | 120\\.8 | 15\\.2% |\n\n数据来源：商务部\n\n</TableBlock>\n\n以上为全部数据。\n',
    );
  });

  it('writes merged cells as a JSX table', () => {
    const body = build('    after: 2\n    caption: [3]\n    footer: [7]\n    html:\n      head: [[{ text: 区域, header: true, scope: col, rowspan: 2 }, { text: 数值, header: true, scope: colgroup, colspan: 2 }]]\n      body: [{ split: 5, header: first }]');
    expect(body).toContain('<tr><th scope="col" rowspan="2">区域</th><th scope="colgroup" colspan="2">数值</th></tr>');
    expect(body).toContain('<tr><th scope="row">东部</th><td>812\\.3</td><td>10\\.5%</td></tr>');
  });

  it('names the row whose cells do not match the header', () => {
    expect(() => build('    after: 2\n    header: [区域, 执行额]\n    rows: [5]')).toThrow(/review.yaml: table table-1, row on line 5 has 3 cells, the header 2/);
  });

  it('refuses a table published nowhere', () => {
    expect(() => build('    header: 4\n    rows: [5, 6]')).toThrow(/table table-1 is published nowhere/);
  });
});

describe('run-in headings', () => {
  const source = ['一、定义', '１、参与主体。服务外包的参与主体', '涉及发包方和接包方。', '２、本质属性。服务外包本质上是利用外部资源。'];
  const review = `
file: r.txt
landing: { title: 示例 }
pages: [{ slug: definition, title: 一、定义, to: 4 }]
paragraphs: { shortBelow: 30 }
headings:
  - { at: １、参与主体, level: 3, id: participants, runIn: true }
  - { at: ２、本质属性, level: 3, id: nature, runIn: true }
`;
  it('splits the heading off its paragraph at the first 。', () => {
    const body = importWithReview(parseReview(review, 'review.yaml'), { document: 'r', file: 'r.txt', lines: source, label: 'review.yaml' })[1]!.body;
    expect(body).toBe(
      '### １、参与主体。 {/* #participants */}\n\n服务外包的参与主体涉及发包方和接包方。\n\n### ２、本质属性。 {/* #nature */}\n\n服务外包本质上是利用外部资源。\n',
    );
  });

  it('ends a code-numbered heading at the character the review names (B41 名称，定义…)', () => {
    const coded = review.replace('runIn: true }\n  - { at: ２', "runIn: '，' }\n  - { at: ２").replace('１、参与主体, level: 3', 'B41 人力, level: 4');
    const lines = ['一、定义', 'B41 人力资源管理服务，承接客户方的人力资源', '管理工作。', '２、本质属性。服务外包本质上是利用外部资源。'];
    const body = importWithReview(parseReview(coded, 'review.yaml'), { document: 'r', file: 'r.txt', lines, label: 'review.yaml' })[1]!.body;
    expect(body).toContain('#### B41 人力资源管理服务， {/* #participants */}\n\n承接客户方的人力资源管理工作。\n\n### ２、本质属性。');
  });
});
