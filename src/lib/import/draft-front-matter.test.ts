/**
 * What the draft importer makes of the parts a new report has and the five
 * sources lack, found by following README's "Adding a document" with a
 * report nobody tuned for: a title page whose title the running header
 * repeats letter-spaced, a table of contents under its 目录 title, chart
 * legend labels between a figure caption and its data source, a table that
 * splits evenly into cells, and chapters that skip a rung of the ladder.
 * And the one layout fact learnt per document, whether a line break between
 * Chinese and a number stood for a space, on two dumps with opposite habits.
 */
import { describe, expect, it } from 'vitest';
import { checkPages } from './draft-fidelity.ts';
import { draftImport } from './draft.ts';
import { spacesScriptsAtBreaks } from './heuristics.ts';
import { proposedReviewYaml } from './propose-yaml.ts';

/**
 * A paragraph hard-wrapped at about `width` characters as a PDF extraction leaves it: numbers and
 * Latin words are never broken, punctuation never starts a line, and a space at a break is lost.
 */
function wrap(text: string, width = 24): string[] {
  const out: string[] = [];
  let line = '';
  for (const token of text.match(/[0-9A-Za-z.%]+|\s|./gu) ?? []) {
    if ([...line].length + [...token].length > width && line.trim() && !/^[，。、；：！？）%]/.test(token)) {
      out.push(line.trim());
      line = '';
    }
    line += token;
  }
  if (line.trim()) out.push(line.trim());
  return out;
}

const HEADER = '江 北 区 服 务 贸 易 年 度 报 告';
const dumpLines = [
  '江北区服务贸易年度报告',
  '（2023 年度）',
  '江北区商务委员会',
  '2024 年 2 月',
  '目  录',
  '第一章 总体情况 .................... 1',
  '第二章 重点行业 .................... 2',
  '第一章 总体情况',
  ...wrap('全区服务贸易保持平稳增长，结构持续优化，数字服务出口明显加快，对外开放水平进一步提升。'),
  '第一节 规模',
  ...wrap('全区服务贸易进出口额再创新高，其中数字服务出口增长较快，成为拉动全区服务出口的主要力量。'),
  '表 1-1 2021—2023 年全区服务贸易规模',
  '年份 进出口额（亿元） 出口额（亿元）',
  '2021 120.5 60.2',
  '2022 131.8 66.9',
  '2023 140.1 72.4',
  '数据来源：江北区商务委员会',
  ...wrap('从三年走势看，全区服务贸易进出口额稳步增长，出口增速快于进口增速，贸易结构不断改善。'),
  '',
  '- 1 -',
  '',
  HEADER,
  '',
  '第二节 结构',
  ...wrap('信息技术服务、业务流程服务和知识流程服务的占比分别约为四成、三成和三成，结构较为均衡。'),
  '图 1-1 2023 年全区服务外包执行额结构',
  'ITO',
  'BPO KPO',
  '41.0%',
  '30.5%',
  '数据来源：江北区商务委员会',
  ...wrap('知识流程服务的占比比上年提高，检验检测、工业设计和研发服务增长较快，附加值不断提高。'),
  '第二章 重点行业',
  '一、软件和信息技术服务',
  ...wrap('软件和信息技术服务是全区服务出口的第一大行业，一批企业进入国际头部客户的供应链体系。'),
  '二、检验检测服务',
  ...wrap('检验检测服务机构数量稳步增加，国际互认资质不断扩展，承接离岸检测业务的能力明显提升。'),
  '',
  '- 2 -',
  '',
  HEADER,
];
const text = `${dumpLines.join('\n')}\n`;
const draft = draftImport('jiangbei-trade-report-2023', 'jiangbei-trade-report-2023.txt', text);
const bodies = draft.pages.map((p) => p.body).join('\n');
const lineOf = (t: string) => dumpLines.indexOf(t) + 1;

describe('draft of a report with a title page, contents, a legend and an even table', () => {
  it('keeps the title page as the landing page, a paragraph a line, and proposes its title', () => {
    expect(draft.review.landing.title).toBe('江北区服务贸易年度报告（2023 年度）');
    const landing = draft.pages.find((p) => p.slug === 'index')!;
    expect(landing.body.trim().split(/\n\n+/)).toEqual(['江北区服务贸易年度报告', '（2023 年度）', '江北区商务委员会', '2024 年 2 月']);
  });

  it('drops the letter-spaced running header, but not the title it repeats', () => {
    const dropped = new Map(draft.proposal.dropped.map((d) => [d.line, d.reason]));
    expect(dropped.has(1)).toBe(false);
    for (const [n, line] of dumpLines.entries()) if (line === HEADER) expect(dropped.get(n + 1)).toMatch(/running header/);
  });

  it('drops the table of contents with its 目录 title', () => {
    const dropped = new Map(draft.proposal.dropped.map((d) => [d.line, d.reason]));
    expect(dropped.get(lineOf('目  录'))).toMatch(/table of contents title/);
    expect(dropped.get(lineOf('第一章 总体情况 .................... 1'))).toMatch(/table of contents/);
    expect(bodies).not.toContain('目  录');
  });

  it('drops the chart’s legend and value labels, so that the data source joins its caption', () => {
    const dropped = new Map(draft.proposal.dropped.map((d) => [d.line, d.reason]));
    for (const label of ['ITO', 'BPO KPO', '41.0%', '30.5%']) expect(dropped.get(lineOf(label))).toMatch(/chart axis labels/);
    expect(bodies).toContain('<Figure id="fig-1-1">\n\n图 1-1 2023 年全区服务外包执行额结构\n\n数据来源：江北区商务委员会\n\n</Figure>');
  });

  it('rebuilds a table whose lines split evenly into cells, caption and source line in its block', () => {
    expect(bodies).toContain(
      [
        '<TableBlock id="table-1-1">',
        '表 1-1 2021—2023 年全区服务贸易规模',
        '| 年份 | 进出口额（亿元） | 出口额（亿元） |\n| --- | --- | --- |\n| 2021 | 120\\.5 | 60\\.2 |\n| 2022 | 131\\.8 | 66\\.9 |\n| 2023 | 140\\.1 | 72\\.4 |',
        '数据来源：江北区商务委员会',
        '</TableBlock>',
      ].join('\n\n'),
    );
    expect(draft.proposal.tables).toEqual([]);
  });

  it('sets the highest rung on each page at level 2: 一、 under a chapter without 第X节', () => {
    expect(draft.review.headings.map((h) => [h.at, h.level])).toEqual([
      ['第一节 规模', 2],
      ['第二节 结构', 2],
      ['一、软件和信息技术服务', 2],
      ['二、检验检测服务', 2],
    ]);
  });

  it('publishes every sentence of the dump once, in order', () => {
    const report = checkPages(draft.pages, draft.map, text.replace(/\n$/, '').split('\n'));
    expect(report.missing).toEqual([]);
    expect(report.duplicated).toEqual([]);
  });
});

describe('a table the draft leaves to a person', () => {
  it('does not rebuild lines of running text that happen to split into as many parts as the header', () => {
    const lines = [
      '第一章 概况',
      ...wrap('全区服务贸易保持平稳增长，结构持续优化，数字服务出口明显加快，对外开放水平进一步提升。'),
      '第二章 指标',
      ...wrap('各项指标的衡量标准见下表，数值越大表明竞争力越强，数值越小表明竞争力越弱，详见正文。'),
      '表 2 指数衡量标准',
      '−1 0 1',
      '竞争力弱 竞争力中等 竞争力强',
      '本文运用 TC 指数来衡量竞争力。',
      ...wrap('由表可知，近十年来指数均为负值，表明服务进口额大于服务出口额，竞争力仍有待提升。'),
    ];
    const result = draftImport('paper', 'paper.txt', `${lines.join('\n')}\n`);
    expect(result.review.tables).toEqual([]);
    expect(proposedReviewYaml(result.proposal, 'paper.txt')).toContain(`#   lines ${lines.indexOf('−1 0 1') + 1}-`);
  });
});

describe('a line break between Chinese and a number, learnt from the dump’s own lines', () => {
  /** The same report twice: once setting numbers off with spaces inside its lines, once not. */
  const report = (spaced: boolean) => {
    const s = spaced ? ' ' : '';
    const sentences = Array.from({ length: 8 }, (_, k) => `第${s}${k + 1}${s}季度，全区有${s}${20 + k}${s}家企业承接离岸业务，执行额${s}${k + 3}.5${s}亿美元，同比增长${s}${k + 10}%。`);
    return `第一章 概况\n${wrap(sentences.join(''), 23).join('\n')}\n`;
  };
  const paragraphOf = (spaced: boolean) => draftImport('report', 'report.txt', report(spaced)).pages.find((p) => p.slug !== 'index')!.body;

  it('puts the space back where the document spaces numbers inside its lines, and only there', () => {
    const spaced = draftImport('report', 'report.txt', report(true));
    const plain = draftImport('report', 'report.txt', report(false));
    expect(spaced.review.paragraphs.spaceBetweenScripts).toBe(true);
    expect(plain.review.paragraphs.spaceBetweenScripts).toBe(false);
    // Every sentence comes out as the document writes it inside a line, wherever the lines broke.
    for (const k of [0, 3, 7]) {
      expect(paragraphOf(true)).toContain(`第 ${k + 1} 季度，全区有 ${20 + k} 家企业承接离岸业务，执行额 ${k + 3}.5 亿美元，同比增长 ${k + 10}%。`);
      expect(paragraphOf(false)).toContain(`第${k + 1}季度，全区有${20 + k}家企业承接离岸业务，执行额${k + 3}.5亿美元，同比增长${k + 10}%。`);
    }
  });

  it('judges each direction on its own: a number after Chinese always spaced, Chinese after a number only sometimes', () => {
    // Inside lines: “有 25”, “额 3.5” spaced every time; “25家” joined, “3.5 亿” spaced: two of three.
    const sentences = Array.from({ length: 8 }, (_, k) => `第 ${k + 1} 季度，全区有 ${20 + k}家企业承接离岸业务，执行额 ${k + 3}.5 亿美元。`);
    const broken = ['第 9 季度，全区承接离岸业务的企业有', '28家，比上年增加 3 家，执行额合计为 11.5', '亿美元，同比增长 12%。'];
    const draft = draftImport('report', 'report.txt', `第一章 概况\n${wrap(sentences.join(''), 23).join('\n')}\n${broken.join('\n')}\n`);
    expect(draft.review.paragraphs.spaceBetweenScripts).toBe('after-chinese');
    const body = draft.pages.find((p) => p.slug !== 'index')!.body;
    // The break after “有” gets its space back; the break after “11.5”, a direction the lines space only sometimes, is joined as the dump has it.
    expect(body).toContain('第 9 季度，全区承接离岸业务的企业有 28家，比上年增加 3 家，执行额合计为 11.5亿美元，同比增长 12%。');
    expect(proposedReviewYaml(draft.proposal, 'report.txt')).toContain("# paragraphs.spaceBetweenScripts is 'after-chinese'");
  });

  it('judges the other direction the same way, and a direction too rare to judge by the two together', () => {
    const lines = (sentence: (k: number) => string) => Array.from({ length: 24 }, (_, k) => sentence(k));
    expect(spacesScriptsAtBreaks(lines((k) => `全区${k + 20} 家企业，执行额${k + 3}.5 亿美元。`))).toBe('before-chinese');
    expect(spacesScriptsAtBreaks(lines((k) => `全区企业 ${k + 20}家，其中 ${k + 3} 家新设。`))).toBe('after-chinese');
    // Only numbers at line ends here: nothing follows a number inside a line, so “有 25” decides both.
    expect(spacesScriptsAtBreaks(lines((k) => `全区企业有 ${k + 20}`))).toBe(true);
    expect(spacesScriptsAtBreaks(lines((k) => `全区${k + 20}家，${k + 3}家新设。`))).toBe(false);
  });

  it('leaves the breaks alone in a dump that keeps line-end spaces (the break itself then says whether there was one)', () => {
    const withTrailing = report(true).replace(/([\u4e00-\u9fff])\n/, '$1 \n');
    expect(draftImport('report', 'report.txt', withTrailing).review.paragraphs.spaceBetweenScripts).toBe(false);
  });
});
