/**
 * Import profile of the journal paper 《我国承接离岸服务外包业务竞争力研究》
 * (世界经济探索, 2024). The dump marks every paragraph and heading end with a
 * trailing space; headings are numbered "3.1."; five tables and one figure
 * carry bilingual captions. One page per top-level section; the abstracts
 * go with the introduction.
 *
 * Every editorial decision lives here (page split, heading ids, tables,
 * notes), so re-running the import reproduces the committed MDX.
 */
import { escapeMdxText, mdxBlock, mdxHeading, mdxParagraph, mdxTable } from '../../../src/lib/import/mdx.ts';
import type { DocumentProfile, DraftPage, ImportContext } from '../../../src/lib/import/profile.ts';
import type { SourceLine } from '../../../src/lib/source-map.ts';
import { joinWrappedLines } from '../../../src/lib/text.ts';
import { groupByTrailingSpace, joinEnglishLines, numberedHeading } from './offshore-competitiveness-paper/blocks.ts';
import { jsxTable, type Cell } from './offshore-competitiveness-paper/jsx-table.ts';

const DOC = 'offshore-competitiveness-paper';

interface PageSpec {
  slug: string;
  /** Page h1. Pages that start at a numbered section use its heading text exactly. */
  title: string;
  sidebarLabel: string;
  /** True when the page starts at a numbered top-level heading, which becomes the page h1. */
  startsAtHeading: boolean;
  from: number;
  to: number;
  /** Heading ids by section number ("3.1") or by source line ("L1") for unnumbered headings. */
  ids: Record<string, string>;
}

const PAGES: PageSpec[] = [
  {
    slug: 'abstract-introduction',
    title: '摘要与引言',
    sidebarLabel: '摘要与 1. 引言',
    startsAtHeading: false,
    from: 1,
    to: 58,
    ids: { L1: 'abstract', L12: 'abstract-en', '1': 'introduction' },
  },
  {
    slug: 'development-status',
    title: '2. 我国离岸服务外包的发展现状',
    sidebarLabel: '2. 发展现状',
    startsAtHeading: true,
    from: 60,
    to: 138,
    ids: { '2.1': 'global-market', '2.2': 'china-market' },
  },
  {
    slug: 'competitiveness-indices',
    title: '3. 我国离岸服务外包竞争力指标自分析',
    sidebarLabel: '3. 竞争力指标分析',
    startsAtHeading: true,
    from: 140,
    to: 258,
    ids: { '3.1': 'tc-index', '3.2': 'ims-index', '3.3': 'rca-index' },
  },
  {
    slug: 'swot',
    title: '4. 我国承接离岸外包的 SWOT 矩阵分析',
    sidebarLabel: '4. SWOT 矩阵分析',
    startsAtHeading: true,
    from: 259,
    to: 502,
    ids: {
      '4.1': 'strengths',
      '4.1.1': 'labor-cost',
      '4.1.2': 'regional-integration',
      '4.1.3': 'infrastructure',
      '4.2': 'weaknesses',
      '4.2.1': 'market-concentration',
      '4.2.2': 'talent-shortage',
      '4.2.3': 'innovation-capacity',
      '4.2.4': 'policy-gaps',
      '4.3': 'opportunities',
      '4.3.1': 'market-diversification',
      '4.3.2': 'economic-integration',
      '4.4': 'threats',
      '4.4.1': 'demand-decline',
      '4.4.2': 'competition',
      '4.4.3': 'international-order',
      '4.5': 'swot-matrix',
      '4.5.1': 'so-strategy',
      '4.5.2': 'wo-strategy',
      '4.5.3': 'st-strategy',
      '4.5.4': 'wt-strategy',
    },
  },
  {
    slug: 'conclusions',
    title: '5. 结论与政策建议',
    sidebarLabel: '5. 结论与政策建议',
    startsAtHeading: true,
    from: 504,
    to: 602,
    ids: {
      '5.1': 'conclusions',
      '5.2': 'policy-suggestions',
      '5.2.1': 'talent-training',
      '5.2.2': 'infrastructure-investment',
      '5.2.3': 'internationalization',
      '5.2.4': 'market-demand',
    },
  },
];

/** The English abstract: one paragraph, every line of which ends with a space. */
const ENGLISH_ABSTRACT = { from: 13, to: 23 };
/** Unnumbered headings: 摘  要, Abstract. */
const PLAIN_HEADINGS = new Set([1, 12]);
/** Figure 1: captions and source line, published in the order the source map's moves give. */
const FIGURE_1 = new Set([246, 248, 249]);

function note(id: string, kind: 'error' | 'gap' | 'move' | 'remark', text: string): string {
  return mdxBlock('EditorNote', { id: `en-ocp-${id}`, kind }, escapeMdxText(text));
}

/** Source text of line n, trimmed. */
type LineText = (n: number) => string;

function tableOne(line: LineText): string {
  const expect = (n: number, text: string) => {
    if (line(n) !== text) throw new Error(`${DOC} table 1: line ${n} is "${line(n)}", expected "${text}"`);
  };
  expect(106, '服务类别');
  expect(107, '进出口 出口 进口');
  expect(109, '贸易差额');
  const sub = line(110).split(/\s+/);
  if (sub.length !== 6) throw new Error(`${DOC} table 1: line 110 should have 6 sub-headers`);
  const head: Cell[][] = [
    [
      { lines: ['服务类别'], header: true, scope: 'col', rowspan: 2 },
      { lines: ['进出口'], header: true, scope: 'colgroup', colspan: 2 },
      { lines: ['出口'], header: true, scope: 'colgroup', colspan: 2 },
      { lines: ['进口'], header: true, scope: 'colgroup', colspan: 2 },
      { lines: ['贸易差额'], header: true, scope: 'col', rowspan: 2 },
    ],
    sub.map((s) => ({ lines: [s], header: true, scope: 'col' as const })),
  ];
  const body: Cell[][] = [];
  for (let n = 112; n <= 136; n += 2) {
    const [label, ...values] = line(n).split(/\s+/);
    if (values.length !== 7) throw new Error(`${DOC} table 1: line ${n} has ${values.length} values, expected 7`);
    body.push([{ lines: [label!], header: true, scope: 'row' }, ...values.map((v) => ({ lines: [v] }))]);
  }
  return mdxBlock(
    'TableBlock',
    { id: 'table-1' },
    [
      mdxParagraph([line(100)]),
      mdxParagraph([line(99)]),
      mdxParagraph([line(102)]),
      mdxParagraph([line(104)]),
      jsxTable(head, body),
      mdxParagraph([line(138)]),
      note(
        'table-1-units',
        'remark',
        '表 1 各“同比”列的单位均为 %，原表只在出口一列标出“(%)”，且出口同比一列取整数。此表是服务贸易的分类统计，并未单列服务外包。',
      ),
    ].join('\n\n'),
  );
}

function tableTwo(line: LineText): string {
  return mdxBlock(
    'TableBlock',
    { id: 'table-2' },
    [
      mdxParagraph([line(154)]),
      mdxParagraph([line(153)]),
      mdxTable(line(156).split(/\s+/), [line(158).split(/\s+/)]),
    ].join('\n\n'),
  );
}

function rowsOf(line: LineText, lines: number[], width: number): string[][] {
  return lines.map((n) => {
    const cells = line(n).split(/\s+/);
    if (cells.length !== width) throw new Error(`${DOC}: table row on line ${n} has ${cells.length} cells, expected ${width}`);
    return cells;
  });
}

function tableThree(line: LineText): string {
  if (line(176) !== '年份 服务出口额 服务进口额 TC 指数') throw new Error(`${DOC} table 3: unexpected header on line 176`);
  const rows = rowsOf(line, [178, 180, 182, 184, 186, 188, 190, 192, 194, 196], 4);
  return mdxBlock(
    'TableBlock',
    { id: 'table-3' },
    [
      mdxParagraph([line(174)]),
      mdxParagraph([line(173)]),
      mdxTable(['年份', '服务出口额', '服务进口额', 'TC 指数'], rows),
      mdxParagraph([line(198)]),
      note(
        'table-3-unit',
        'error',
        '表 3 英文标题所注单位“US$ billion”（十亿美元）有误，应与中文标题一致，为“亿美元”（1 亿美元 = 100 million 美元 = 0.1 billion 美元）；表中进出口额按亿美元计，TC 指数为比值，无单位。',
      ),
    ].join('\n\n'),
  );
}

function tableFour(line: LineText): string {
  const header = ['', ...line(221).split(/\s+/)];
  if (header.length !== 4) throw new Error(`${DOC} table 4: unexpected header on line 221`);
  const rows = rowsOf(line, [223, 225, 227], 4);
  return mdxBlock(
    'TableBlock',
    { id: 'table-4' },
    [
      mdxParagraph([line(219)]),
      mdxParagraph([line(218)]),
      mdxTable(header, rows),
      mdxParagraph([line(229)]),
      note(
        'table-4-unit',
        'error',
        '表 4 英文标题所注单位“US$ billion”（十亿美元）有误，应与中文标题一致，为“亿美元”；表中服务出口总额按亿美元计，IMS 为比值，无单位。表头首列为年份，原表未标列名。',
      ),
      note(
        'table-4-vs-table-3',
        'remark',
        '表 4 中 2015—2017 年我国服务出口总额（2176、2083、2264 亿美元）与表 3 同年数值（2186.2、2095.3、2280.9 亿美元）不同：表 4 的数据来源为国际统计年鉴（第 229 行），表 3 为中国统计年鉴（第 198 行），原文没有说明两者口径的差别。',
      ),
    ].join('\n\n'),
  );
}

function tableFive(line: LineText): string {
  const expect = (n: number, text: string) => {
    if (line(n) !== text) throw new Error(`${DOC} table 5: line ${n} is "${line(n)}", expected "${text}"`);
  };
  expect(415, '内部因素');
  expect(417, '优势 S 劣势 W');
  expect(441, '机会 O SO WO');
  expect(460, '威胁 T ST WT');
  const items = (...ns: number[]) => ns.map(line);
  const joined = (...ns: number[]) => [joinWrappedLines(ns.map(line))];
  const th = (text: string, scope: Cell['scope'], extra: Partial<Cell> = {}): Cell => ({ lines: [text], header: true, scope, ...extra });
  // The vertical row label 外部环境 becomes a full-width row-group header, so
  // that the matrix keeps three columns on narrow screens.
  const head: Cell[][] = [
    [{ lines: [], rowspan: 2 }, th('内部因素', 'colgroup', { colspan: 2 })],
    [th('优势 S', 'col'), th('劣势 W', 'col')],
  ];
  const body: Cell[][] = [
    [{ lines: [] }, { lines: items(427, 429, 430) }, { lines: items(432, 433, 434, 436, 437, 439) }],
    [{ lines: joined(419, 421, 422, 424), header: true, scope: 'rowgroup', colspan: 3 }],
    [th('机会 O', 'row'), th('SO', 'col'), th('WO', 'col')],
    [{ lines: items(443, 444, 445, 446) }, { lines: joined(448, 449, 450, 452) }, { lines: joined(454, 455, 457, 458) }],
    [th('威胁 T', 'row'), th('ST', 'col'), th('WT', 'col')],
    [{ lines: items(461, 462, 463, 464) }, { lines: joined(466, 468, 470) }, { lines: joined(472, 473) }],
  ];
  return [
    mdxBlock(
      'TableBlock',
      { id: 'table-5' },
      [
        mdxParagraph([line(412)]),
        mdxParagraph([line(411)]),
        jsxTable(head, body, ['24%', '38%', '38%']),
        note(
          'table-5-layout',
          'remark',
          '表 5 的文本提取把矩阵各格逐列排成文字，纵排的行标题“外部环境”被拆成四行（第 419—424 行）；本站按原表的行列关系重排为矩阵（“外部环境”改作横贯全表的分组标题），格中文字照录，优势、劣势、机会、威胁各项每行一项。',
        ),
        note(
          'table-5-vs-text',
          'remark',
          '表 5 与 4.1—4.4 节的正文不尽对应：劣势 W 中的“缺乏行业协会的组织领导”“人民币升值带来的出口影响”和机会 O 中的“要素双向流动加快”在正文中没有对应的小节（人民币升值只在第 571—572 行的政策建议中提到）；优势 S 中的“基础设施建设相对领先”对应 4.1.3 节“基础设施建设”。本站照原表录出，未作增补。',
        ),
      ].join('\n\n'),
    ),
  ].join('\n\n');
}

/** Blocks to publish after the block that ends on a given source line. */
function insertions(line: LineText): Map<number, string[]> {
  return new Map<number, string[]>([
    [
      11,
      [
        note(
          'abstract-ben',
          'error',
          '中文摘要首句“本服务外包是一种国际贸易新兴模式”（第 3 行）中的“本”字与上下文不连，疑为衍字（或为“本文”的残字）；英文摘要的对应句作“Service outsourcing is a new mode of international trade”（第 13 行），没有这个字。',
        ),
      ],
    ],
    [
      58,
      [
        note(
          'references',
          'gap',
          '所收文本没有参考文献列表：正文中的引用标记 [1]—[20]（首见于第 44 行，末见于第 591 行）在文本中找不到对应条目。本站照录这些标记。原刊的 DOI 为 10.12677/wer.2024.131010〔原文未载，依据：出版社页面〕。',
        ),
      ],
    ],
    [
      82,
      [
        note(
          'dating',
          'remark',
          '本文 2024 年发表〔原文未载，依据：出版社页面（DOI 10.12677/wer.2024.131010）〕，但正文约成文于 2020 年：所引最新的年度数据是 2019 年（第 82、90 行），又述及 2020 年一季度 GDP（第 379—381 行）和“今年新冠疫情期间”（第 584 行）。因此这里的“近五年来”约指 2015—2019 年，下文“日前发布的数据”指 2020 年初发布的 2019 年数据；全文的“近年来”“目前”等时间词也都以 2020 年为准，而不是发表的年份。',
        ),
      ],
    ],
    [
      89,
      [
        note(
          'qianbaishi',
          'error',
          '第 83—85 行称“1996 年，商务部启动了鼓励承接服务外包的‘千百十工程’，一直到 2006 年，十年时间”，年份有误：商务部 2003 年才组建，服务外包“千百十工程”于 2006 年启动实施〔原文未载，依据：2003 年国务院机构改革组建商务部；商务部 2006 年启动“千百十工程”的文件〕。',
        ),
        note(
          'belt-road-share',
          'remark',
          '第 87—89 行称 2018 年承接“一带一路”沿线国家服务外包执行额 152.7 亿美元，“约占离岸服务外包执行总额的五分之一”。按第 82 行 2019 年离岸执行额 968.9 亿美元、同比增长 9.3% 推算，2018 年离岸执行额约 886 亿美元，152.7 亿美元约占 17%，更接近六分之一。',
        ),
      ],
    ],
    [96, [tableOne(line)]],
    [150, [tableTwo(line)]],
    [170, [tableThree(line)]],
    [
      215,
      [
        tableFour(line),
        note(
          'ims-growth',
          'error',
          '第 211—213 行称我国服务出口总额“在递增，速度与世界服务出口额增速所差无几”，与表 4 不符：表中我国服务出口总额 2016 年比 2015 年下降（2176→2083 亿美元），2015—2017 年共增长约 4.0%，同期世界服务出口总额增长约 8.6%（48635→52794 亿美元），IMS 也由 0.0447 降至 0.0429。',
        ),
      ],
    ],
    [
      246,
      [
        note(
          'figure-1',
          'gap',
          '图 1 的图像没有随文本保存，正文和各表也没有给出 RCA 的逐年数值和所涉年份，无法据正文重建此图；正文只说我国离岸服务外包的 RCA “一直小于 1，且 RCA 呈递减趋势”（第 238 行）。',
        ),
      ],
    ],
    [
      279,
      [
        note(
          'birth-rate',
          'error',
          '第 277 行“近五年来出生率保持在 10%以上”有误：人口出生率以千分率计，我国 2015—2019 年的人口出生率约为 10.5‰—13.0‰〔原文未载，依据：国家统计局《中国统计年鉴》各年的人口出生率〕，应为 10‰以上，而不是 10%。',
        ),
      ],
    ],
    [
      320,
      [
        note(
          'firms-dated',
          'remark',
          '第 312—316 行的企业排名（东软、海辉软件、中讯）、龙头企业人数和“目前”的软件服务外包企业数都没有注明统计年份，应是较早的数据：海辉软件 2012 年已与文思信息合并为文思海辉〔原文未载，依据：两家公司 2012 年合并的公开报道〕，早于本文约 2020 年的成文时间，更早于 2024 年的发表时间〔原文未载，依据：出版社页面（DOI 10.12677/wer.2024.131010）〕。',
        ),
      ],
    ],
    [
      385,
      [
        note(
          'gdp-source',
          'error',
          '第 379—381 行把 2020 年第一季度 GDP 同比下降 6.8% 说成“据商务部统计”；季度 GDP 数据由国家统计局发布，不是商务部的统计〔原文未载，依据：国家统计局 2020 年 4 月 17 日发布的一季度国民经济运行数据；《中国服务外包发展报告2019》的脚注也说“GDP 数据来源中国国家统计局”（development-report-2019.txt 第 4561 行）〕。',
        ),
      ],
    ],
    [408, [tableFive(line)]],
    [520, [note('fumao-typo', 'error', '第 512 行“服贸贸易进出口总额”中的“服贸贸易”疑为“服务贸易”之误。')]],
    [
      586,
      [
        note(
          'this-year',
          'remark',
          '此段“今年新冠疫情期间”的“今年”指 2020 年（本文约成文于 2020 年〔编者推断，依据：所引最新的年度数据是 2019 年，又述及 2020 年一季度 GDP（第 379—381 行）〕，2024 年才发表〔原文未载，依据：出版社页面（DOI 10.12677/wer.2024.131010）〕），所说的企业裁员、业务量锐减甚至资金冻结，都是 2020 年疫情初期的情况。',
        ),
      ],
    ],
  ]);
}

function buildPage(spec: PageSpec, order: number, ctx: ImportContext, inserts: Map<number, string[]>, used: Set<number>): DraftPage {
  const flow = ctx.mapped.flow.filter((l) => l.n >= spec.from && l.n <= spec.to && l.text.trim() !== '');
  const groups = groupByTrailingSpace(flow);
  const blocks: string[] = [];
  const after = (n: number) => {
    const extra = inserts.get(n);
    if (extra) {
      blocks.push(...extra);
      used.add(n);
    }
  };
  const headingId = (key: string, text: string) => {
    const id = spec.ids[key];
    if (!id) throw new Error(`${DOC}: no heading id for "${text}" (key ${key}) on page ${spec.slug}`);
    return id;
  };
  let titleSeen = !spec.startsAtHeading;
  for (let i = 0; i < groups.length; i++) {
    const group = groups[i]!;
    const first = group[0]!;
    if (first.n >= ENGLISH_ABSTRACT.from && first.n <= ENGLISH_ABSTRACT.to) {
      const lines: SourceLine[] = [];
      while (i < groups.length && groups[i]![0]!.n <= ENGLISH_ABSTRACT.to) lines.push(...groups[i++]!);
      i--;
      blocks.push(escapeMdxText(joinEnglishLines(lines, (n) => ctx.lines[n - 1]!)));
      after(lines.at(-1)!.n);
      continue;
    }
    if (FIGURE_1.has(first.n)) {
      const lines: SourceLine[] = [];
      while (i < groups.length && FIGURE_1.has(groups[i]![0]!.n)) lines.push(...groups[i++]!);
      i--;
      blocks.push(mdxBlock('Figure', { id: 'fig-1' }, lines.map((l) => mdxParagraph([l.text])).join('\n\n')));
      after(lines.at(-1)!.n);
      continue;
    }
    if (group.length === 1 && PLAIN_HEADINGS.has(first.n)) {
      blocks.push(mdxHeading(2, first.text.replace(/\s+/g, ''), headingId(`L${first.n}`, first.text)));
      after(first.n);
      continue;
    }
    const heading = group.length === 1 ? numberedHeading(first.text) : undefined;
    if (heading) {
      if (heading.depth === 1 && spec.startsAtHeading) {
        if (heading.text !== spec.title) throw new Error(`${DOC}: page title "${spec.title}" is not the heading "${heading.text}"`);
        titleSeen = true;
      } else {
        const level = (spec.startsAtHeading ? heading.depth : heading.depth + 1) as 2 | 3 | 4;
        blocks.push(mdxHeading(level, heading.text, headingId(heading.number, heading.text)));
      }
      after(first.n);
      continue;
    }
    blocks.push(mdxParagraph(group.map((l) => l.text)));
    after(group.at(-1)!.n);
  }
  if (!titleSeen) throw new Error(`${DOC}: page ${spec.slug} does not start at its heading`);
  return {
    slug: spec.slug,
    frontmatter: {
      title: spec.title,
      sidebarLabel: spec.sidebarLabel,
      document: DOC,
      order,
      source: { file: ctx.file, lines: [spec.from, spec.to] },
    },
    body: blocks.join('\n\n') + '\n',
  };
}

const profile: DocumentProfile = {
  document: DOC,
  pages(ctx: ImportContext): DraftPage[] {
    const line: LineText = (n) => ctx.lines[n - 1]!.trim();
    const inserts = insertions(line);
    const used = new Set<number>();
    const pages = PAGES.map((spec, i) => buildPage(spec, i + 1, ctx, inserts, used));
    const unused = [...inserts.keys()].filter((n) => !used.has(n));
    if (unused.length) throw new Error(`${DOC}: insertions after lines ${unused.join(', ')} match no block end`);
    const last = ctx.lines.findLastIndex((t) => t.trim() !== '') + 1;
    const landing: DraftPage = {
      slug: 'index',
      frontmatter: {
        title: '我国承接离岸服务外包业务竞争力研究',
        document: DOC,
        order: 0,
        source: { file: ctx.file, lines: [1, last] },
      },
      body: '',
    };
    return [landing, ...pages];
  },
};
export default profile;
