/**
 * A policy notice (通知), a kind of document none of the five sources is: a
 * centred title and document number (文号), an addressee, a preamble, a
 * 一、 / （一） ladder with run-in titles, a footnote under its rule, a
 * running header that comes once (the notice has two pages), and a closing
 * block of label lines (联系人：…, 附件：…) over a signature and date set right.
 * Written as the dumps of this repository are (a blank line after every
 * line, running text at the margin) and as `pdftotext -layout` writes it
 * (paragraphs indented, no blank lines inside a paragraph).
 */
import { describe, expect, it } from 'vitest';
import { checkPages } from './draft-fidelity.ts';
import { draftImport } from './draft.ts';

const TITLE = '商务部办公厅关于做好 2021 年服务外包统计工作的通知';

/** The notice's lines: [indent, text], indent 'p' for a paragraph's first line (indented only in layout mode). */
const NOTICE: readonly (readonly [number | 'p', string])[] = [
  [17, TITLE],
  [30, '商办服贸函〔2021〕88 号'],
  [0, '各省、自治区、直辖市及计划单列市、新疆生产建设兵团商务主管部门：'],
  ['p', '为贯彻落实《关于推动服务外包加快转型升级的指导意见》，进一步提高服务外包统'],
  [0, '计数据质量，现就做好 2021 年服务外包统计工作有关事项通知如下：'],
  ['p', '一、统计范围'],
  ['p', '（一）统计对象。在中华人民共和国境内依法注册、从事服务外包业务的企业，均应'],
  [0, '按照《服务外包统计调查制度》报送数据。企业承接境外客户的业务为离岸服务外包，承'],
  [0, '接境内客户的业务为在岸服务外包。'],
  ['p', '（二）统计内容。包括合同签约金额、合同执行金额、从业人员数和企业基本情况。'],
  [0, '2020 年，全国企业承接服务外包合同额 21961 亿元，执行额 14669 亿元，分别增长 9.2%'],
  [0, '和 14.6%。'],
  ['p', '二、报送要求'],
  ['p', '（一）按月报送。企业应于每月 10 日前通过服务外包业务管理和统计系统报送上月数'],
  [0, '据，各地商务主管部门应于每月 15 日前完成审核。'],
  ['p', '（二）确保质量。各地要建立数据核查机制，对执行额超过 1000 万美元的合同逐笔核'],
  [0, '对。对于劳务派遣、单纯的人员租赁等不属于服务外包的业务，不得纳入统计①。'],
  [1, '——————————————————'],
  ['p', '① 具体界定以《服务外包统计调查制度》附件 2 为准。'],
  [37, '—1—'],
  [0, '服务外包统计工作通知'],
  ['p', '三、工作保障'],
  ['p', '（一）加强组织领导。各地商务主管部门要明确专人负责，将统计工作纳入示范城市'],
  [0, '综合评价，于 2021 年 12 月 31 日前报送年度工作总结。'],
  ['p', '（二）加强培训指导。商务部将于 2021 年下半年举办 2 期统计培训班，每期培训 150'],
  [0, '人左右。'],
  ['p', '联系人：服务贸易和商贸服务业司  张三'],
  ['p', '电  话：010-85093XXX'],
  ['p', '附件：服务外包统计报表填报说明'],
  [47, '商务部办公厅'],
  [46, '2021 年 3 月 5 日'],
  [37, '—2—'],
];

function dump(layout: boolean, without: readonly string[] = []): string {
  const lines = NOTICE.filter(([, t]) => !without.includes(t)).map(([indent, text]) => `${' '.repeat(indent === 'p' ? (layout ? 4 : 0) : indent)}${text}`);
  return `${(layout ? lines : lines.flatMap((l) => [l, ''])).join('\n')}\n`;
}

describe.each([
  ['as this repository’s dumps are written', false],
  ['as pdftotext -layout writes it', true],
] as const)('a policy notice, %s', (_, layout) => {
  const text = dump(layout);
  const draft = draftImport('notice-2021', 'notice-2021.txt', text);
  const landing = draft.pages.find((p) => p.slug === 'index')!;
  const pages = draft.pages.filter((p) => p.slug !== 'index');
  const bodies = pages.map((p) => p.body).join('\n\n');

  it('takes the centred first line for the title, and keeps the text before 一、 on the landing page a line a paragraph', () => {
    expect(landing.frontmatter.title).toBe(TITLE);
    expect(landing.body.trim().split(/\n\n+/)).toEqual([
      TITLE,
      '商办服贸函〔2021〕88 号',
      '各省、自治区、直辖市及计划单列市、新疆生产建设兵团商务主管部门：',
      '为贯彻落实《关于推动服务外包加快转型升级的指导意见》，进一步提高服务外包统计数据质量，现就做好 2021 年服务外包统计工作有关事项通知如下：',
    ]);
  });

  it('makes a page of each 一、 and nothing else, the signature and date included', () => {
    expect(pages.map((p) => p.frontmatter.title)).toEqual(['一、统计范围', '二、报送要求', '三、工作保障']);
    // Without a 文号 there are only three set-in lines left (title, signature, date): still no pages.
    const bare = draftImport('notice-2021', 'notice-2021.txt', dump(layout, ['商办服贸函〔2021〕88 号']));
    expect(bare.pages.filter((p) => p.slug !== 'index').map((p) => p.frontmatter.title)).toEqual(['一、统计范围', '二、报送要求', '三、工作保障']);
  });

  it('goes on past a line ending in a number', () => {
    expect(bodies).toContain('2020 年，全国企业承接服务外包合同额 21961 亿元，执行额 14669 亿元，分别增长 9.2% 和 14.6%。\n');
  });

  it('drops the footnote rule and the running header that came once, and keeps the footnote', () => {
    expect(draft.proposal.dropped.map((d) => d.reason)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^rule line/), expect.stringMatching(/^running header \(the title, shortened/), 'page number']),
    );
    expect(bodies).not.toMatch(/^服务外包统计工作通知$/m);
    expect(bodies).not.toContain('———');
    expect(bodies).toContain('不得纳入统计[^fn1]。');
    expect(bodies).toContain('[^fn1]: 具体界定以《服务外包统计调查制度》附件 2 为准。');
  });

  it('keeps each line of the closing block a paragraph of its own', () => {
    const last = pages.at(-1)!.body.trim().split(/\n\n+/).slice(-6);
    expect(last).toEqual(['商务部将于 2021 年下半年举办 2 期统计培训班，每期培训 150 人左右。', '联系人：服务贸易和商贸服务业司  张三', '电  话：010-85093XXX', '附件：服务外包统计报表填报说明', '商务部办公厅', '2021 年 3 月 5 日']);
  });

  it('publishes every sentence of the dump once, in order', () => {
    const report = checkPages(draft.pages, draft.map, text.replace(/\n$/, '').split('\n'));
    expect(report.missing).toEqual([]);
    expect(report.duplicated).toEqual([]);
  });
});

describe('running text that merely ends a line with a 文号 or a date', () => {
  it('goes on: only a line that is all 文号, or all date, stands alone', () => {
    const lines = [
      '第一章 概况',
      '根据商务部、国家统计局关于印发《服务外包统计报表制度》的通知（商服贸函〔2015〕145 号',
      '），各地应按月报送服务外包统计数据，并于每季度结束后的次月完成审核，截至 2021 年 3 月 5 日',
      '已有 31 个示范城市完成了上年度数据的核对工作。',
    ];
    const body = draftImport('report', 'report.txt', `${lines.join('\n\n')}\n`).pages.find((p) => p.slug !== 'index')!.body;
    expect(body).toContain('根据商务部、国家统计局关于印发《服务外包统计报表制度》的通知（商服贸函〔2015〕145 号），各地应按月报送服务外包统计数据，并于每季度结束后的次月完成审核，截至 2021 年 3 月 5 日已有 31 个示范城市完成了上年度数据的核对工作。');
  });
});

describe('a statistical bulletin (统计公报) of two pages', () => {
  const TITLE_LINE = '2022 年杭州市服务贸易和服务外包发展统计公报';
  const lines = [
    `          ${TITLE_LINE}`,
    '                    杭州市商务局',
    '一、服务贸易总体情况',
    '2022 年，全市服务贸易进出口额 2580.6 亿元，同比增长 8.7%。其中，出口 1642.3 亿元，',
    '增长 11.2%；进口 938.3 亿元，增长 4.6%。',
    '（一）知识密集型服务贸易快速增长。全年知识密集型服务贸易进出口额 1730.2 亿元，',
    '增长 12.4%，占服务贸易进出口总额的比重为 67.0%，比上年提高 2.2 个百分点。',
    '（二）全年数字服务出口较快增长，占服务出口的比重达 67.3%。数字服务出口 1105.8 亿',
    '元，增长 15.1%。',
    '                                   —1—',
    TITLE_LINE,
    '二、服务外包发展情况',
    '全市企业承接服务外包合同额 1120.5 亿元，执行额 865.2 亿元，同比分别增长 9.8%和',
    '10.6%。',
    '                                   —2—',
  ];
  const draft = draftImport('hz-bulletin-2022', 'hz-bulletin-2022.txt', `${lines.flatMap((l) => [l, '']).join('\n')}\n`);
  const pages = draft.pages.filter((p) => p.slug !== 'index');

  it('drops the running header that repeats the whole title at the page break, and keeps the title line', () => {
    expect(draft.proposal.dropped).toContainEqual({ line: 2 * lines.indexOf(TITLE_LINE) + 1, reason: 'running header (the title, at a page break)' });
    expect(pages.map((p) => p.body).join('\n')).not.toContain(TITLE_LINE);
    expect(draft.pages.find((p) => p.slug === 'index')!.body).toContain(TITLE_LINE);
  });

  it('reads a run-in title of 14 characters after its number as a heading, and a first sentence with a comma as text', () => {
    const first = pages[0]!.body;
    expect(first).toMatch(/^## （一）知识密集型服务贸易快速增长。 \{\/\* #part-1 \*\/\}$/m);
    expect(first).toContain('\n全年知识密集型服务贸易进出口额 1730.2 亿元，增长 12.4%');
    expect(first).not.toMatch(/^## （二）/m);
    expect(first).toContain('\n（二）全年数字服务出口较快增长，占服务出口的比重达 67.3%。数字服务出口 1105.8 亿元，增长 15.1%。');
  });
});
