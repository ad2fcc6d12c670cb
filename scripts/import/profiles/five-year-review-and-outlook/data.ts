/**
 * Review decisions for “十三五”发展成就及“十四五”展望: the page split, heading
 * ids, run-in lead sentences, footnote pairs and editorial notes, all keyed
 * by source line (1-based, as in sources/five-year-review-and-outlook.txt).
 */

export const SECTION_ONE = '第一节 “十三五”主要成就';
export const SECTION_TWO = '第二节 “十四五”发展展望';

export interface PageSpec {
  /** Source line of the heading that starts the page; its text is the page title. */
  start: number;
  /** Last source line of the page. */
  end: number;
  slug: string;
  chapter: string;
  sidebarLabel?: string;
}

/** One page per 节 opening (its heading and lead-in) and one per 一、 part. */
export const PAGES: PageSpec[] = [
  { start: 1, end: 15, slug: 'achievements', chapter: SECTION_ONE },
  { start: 17, end: 73, slug: 'targets', chapter: SECTION_ONE },
  { start: 75, end: 118, slug: 'structure', chapter: SECTION_ONE },
  { start: 120, end: 163, slug: 'enterprises', chapter: SECTION_ONE },
  { start: 165, end: 197, slug: 'employment', chapter: SECTION_ONE },
  { start: 199, end: 244, slug: 'international-cooperation', chapter: SECTION_ONE },
  { start: 246, end: 294, slug: 'innovation', chapter: SECTION_ONE },
  { start: 296, end: 344, slug: 'demonstration-cities', chapter: SECTION_ONE, sidebarLabel: '七、示范城市引领支撑作用' },
  { start: 346, end: 397, slug: 'promotion-system', chapter: SECTION_ONE },
  { start: 399, end: 407, slug: 'outlook', chapter: SECTION_TWO },
  { start: 409, end: 659, slug: 'trends', chapter: SECTION_TWO },
  { start: 660, end: 813, slug: 'opportunities', chapter: SECTION_TWO },
  { start: 815, end: 837, slug: 'challenges', chapter: SECTION_TWO },
  { start: 839, end: 949, slug: 'prospects', chapter: SECTION_TWO },
];

/** The （一）…（五） headings, published as h2 on their 一、 part's page. */
export const HEADING_IDS: Record<number, string> = {
  433: 'specialization',
  502: 'high-end',
  551: 'nearshore',
  583: 'digital-services',
  621: 'outbound',
  682: 'digital-technology',
  710: 'integration',
  744: 'dual-carbon',
  770: 'opening-up',
  789: 'industrial-transfer',
};

/**
 * Run-in lead sentences (topic sentences that open a paragraph, set in bold
 * in the report's style), by the line where their paragraph starts.
 */
export const LEADS: Record<number, string> = {
  19: '离岸执行额首次突破 1000 亿美元。',
  44: '离岸服务外包成为中国服务出口增长主引擎。',
  77: '信息技术外包（ITO）、业务流程外包（BPO）和知识流程外包（KPO）齐头并进。',
  99: '新兴业务快速发展。',
  122: '企业数量快速增长。',
  142: '企业实力不断增强。',
  167: '服务外包成为大学生就业“容纳器”。',
  181: '众包、众创催生城市就业新形态。',
  201: '服务外包贸易伙伴“朋友圈”不断拓展。',
  211: '承接美日欧等重点贸易伙伴业务稳定增长。',
  225: '共建“一带一路”合作成果丰硕。',
  248: '综合创新能力明显提高。',
  260: '企业国际认证数量大幅增长。',
  288: '业态融合不断加深。',
  298: '示范引领效应明显。',
  320: '对区域服务业开放与合作发挥重要支撑作用。',
  348: '政策体系更加完善。',
  370: '展会促进体系建设成型。',
  386: '营商环境持续改善。',
  441: '全球离岸服务外包将保持稳步增长。',
  467: '结构继续向信息化、知识化方向调整。',
  486: '全球工程技术和工业设计外包有望实现恢复性增长。',
  508: '产业高端化转型升级大势所趋。',
  526: '大额合同数量有望持续扩大。',
  557: '供应链逐步分散化、区域化、本土化。',
  567: '近岸化现象日益明显。',
  589: '数字化服务供需两旺。',
  611: '数字交付能力成为发包方决策的重要因素。',
  631: '发展中国家对外发包有望加快增长。',
  649: '发达国家对外发包规模将保持增长态势。',
  864: '规模稳步扩大，结构优化取得新进展。',
  884: '示范建设提质增效，协同发展获得新成效。',
  904: '区域协调发展加强，产业布局达到新水平。',
  929: '国际市场合作加强，重点市场实现新拓展。',
};

/** Footnotes: the line holding the (deleted) marker and the first line of the body. */
export const FOOTNOTES: { marker: number; body: number }[] = [
  { marker: 50, body: 66 },
  { marker: 105, body: 109 },
  { marker: 169, body: 193 },
  { marker: 171, body: 194 },
  { marker: 264, body: 280 },
  { marker: 298, body: 328 },
  { marker: 306, body: 329 },
  { marker: 530, body: 544 },
];

export interface NoteSpec {
  id: string;
  kind: 'error' | 'gap' | 'move' | 'remark';
  text: string;
}

/** Note on the landing page. */
export const LANDING_NOTE: NoteSpec = {
  id: 'en-fyr-chapter-title',
  kind: 'remark',
  text:
    '本章标题“‘十三五’发展成就及‘十四五’展望”在原文中只出现在页眉（第 455、593、724 行，字间带空格，旁有页码 12、15、17），' +
    '本站以它作文档标题，并删去页眉与页码；正文从第 1 行“第一节 ‘十三五’主要成就”开始。' +
    '图号为图 1-1 至图 1-12，可见本章在原书中是第一章。',
};

/** Editorial notes, published after the paragraph that ends at the given source line. */
export const NOTES_AFTER: Record<number, NoteSpec[]> = {
  136: [
    {
      id: 'en-fyr-new-firms-5000',
      kind: 'error',
      text:
        '第 124 行称新增服务外包企业“年增超过 5000家”，但同一句（第 122—124 行）所列 2016 年、2017 年的新增数分别为 4996 家和 4173 家，都不足 5000 家；' +
        '五年合计 26347 家，年均约 5269 家，“超过 5000家”只在年均意义上成立。',
    },
    {
      id: 'en-fyr-east-share',
      kind: 'error',
      text:
        '第 128 行称东部地区企业 42415 家，“占全国企业数量的 70.5%”，但按第 126 行的全国总数 60574 家计算只占 70.0%。' +
        '四个区域的企业数（42415、9437、4804、3918 家）之和恰为 60574 家，所列比重 70.5%、15.6%、7.9%、6.5% 之和却为 100.5%；“70.5%”疑为“70.0%”之误。',
    },
  ],
  175: [
    {
      id: 'en-fyr-graduate-rate',
      kind: 'error',
      text:
        '第 171 行称新增大学毕业生（含大专）340.5 万人，“对全国高校毕业生就业贡献率达 8.4%”，但按脚注（第 194 行）所给“十三五”以来高校毕业生累计 4088 万人计算，' +
        '340.5 ÷ 4088 ≈ 8.3%。同段第 169 行的 8.3% 与其脚注（第 193 行，城镇新增就业 6564 万人）相符（545.9 ÷ 6564 ≈ 8.3%）。原文未说明 8.4% 的计算口径。',
    },
  ],
  274: [
    {
      id: 'en-fyr-certification-footnote',
      kind: 'error',
      text:
        '本段脚注（第 280 行）作“十三项国家认证”，而正文第 262、264 行均作“十三项国际认证”，图 1-8 的标题（第 276 行）也作“国际认证”，' +
        '脚注所列 CMMI、ISO9001 等都是国际认证；脚注中的“国家”疑为“国际”之误。',
    },
  ],
  647: [
    {
      id: 'en-fyr-stray-character',
      kind: 'error',
      text: '第 637 行“纳米技术伏等前沿技术”中的“伏”字与上下文不通，疑为误植的多余字符。',
    },
  ],
  813: [
    {
      id: 'en-fyr-foreign-offshore-share',
      kind: 'error',
      text:
        '第 803—805 行称外资企业承接离岸业务执行额 206.6 亿美元，“占中国承接离岸服务外包执行总额的 24.7%”。' +
        '按第 33 行所载 2020 年离岸执行额 1057.7 亿美元计算，206.6 亿美元只占约 19.5%；若 24.7% 无误，离岸执行总额应约为 836 亿美元。' +
        '两个数字至少有一个有误，原文也未注明 206.6 亿美元所属的年份。',
    },
  ],
};
