/**
 * 《中国服务外包发展报告2019》 part a: chapters 1–3 (source lines 1–2676),
 * one page per 节. Page furniture, footnotes, tables and moved figure
 * captions are declared in src/data/source-maps/development-report-2019/a.json;
 * this file declares headings and their ids, 专栏 boxes, footnote reference
 * positions, table layouts and the editorial notes.
 */
import type { DraftPage, ImportContext } from '../../../../src/lib/import/profile.ts';
import { buildPage, type PageSpec } from './a-build.ts';
import { simpleTable, stagedTable } from './a-tables.ts';

const CH1 = '第一章 中国服务外包发展概况';
const CH2 = '第二章 中国离岸服务外包市场';
const CH3 = '第三章 中国服务外包部分重点领域';

const h2 = (id: string) => ({ level: 2 as const, id });
const h3 = (id: string) => ({ level: 3 as const, id });

export const PAGES: PageSpec[] = [
  {
    slug: 'ch1-overview',
    title: '第一节 总体情况',
    sidebarLabel: '1.1 总体情况',
    chapter: CH1,
    order: 1,
    lines: [1, 133],
    headings: { 3: h2('scale'), 59: h2('contribution') },
    notes: [
      {
        after: 35,
        id: 'en-dr19-ch1-global-growth-gap',
        kind: 'error',
        text: '正文称 2019 年中国离岸服务外包执行额增长 9.3%，“高出全球增速 2.6 个百分点”；而本报告第五章（来源文件第 3949 行）给出的 2019 年全球离岸服务外包执行额增速为 6.4%，两者相差 2.9 个百分点。',
      },
    ],
  },
  {
    slug: 'ch1-structure',
    title: '第二节 产业结构',
    sidebarLabel: '1.2 产业结构',
    chapter: CH1,
    order: 2,
    lines: [134, 553],
    headings: { 187: h2('ito'), 318: h2('bpo'), 437: h2('kpo') },
    boxes: [
      { id: 'box-transwarp', from: 239, to: 291 },
      { id: 'box-career-international', from: 391, to: 425 },
      { id: 'box-kingmed', from: 503, to: 541 },
    ],
    footnotes: [
      { label: 'fn1', line: 138, after: '持续加大', body: 161 },
      { label: 'fn2', line: 140, after: '不断增强', body: 166 },
      { label: 'fn3', line: 146, after: '5.1', body: 169 },
    ],
    notes: [
      {
        after: 181,
        id: 'en-dr19-ch1-onshore-unit',
        kind: 'error',
        text: '“611.9 美元”漏写“亿”字：2019 年在岸服务外包执行额为 611.9 亿美元，见第一节（来源文件第 52 行）。',
      },
      {
        after: 306,
        id: 'en-dr19-ch1-blockchain-unit',
        kind: 'error',
        text: '“承接区块链技术服务 10.2 亿”漏写“美元”：同句其余金额均以亿美元计，应为 10.2 亿美元。',
      },
      {
        after: 386,
        id: 'en-dr19-ch1-hr-unit',
        kind: 'error',
        text: '“至 13.4 亿”漏写“美元”：同句起始值为 0.8 亿美元，应为 13.4 亿美元。',
      },
      {
        after: 454,
        id: 'en-dr19-ch1-share-changes',
        kind: 'error',
        text: '本节所说 2019 年三类业务执行额占比的变化——ITO 比上年下降 0.3 个百分点（来源文件第 205 行）、BPO 提高 0.5 个百分点（第 338 行）、KPO 提高 1.5 个百分点（第 454 行）——合计为提高 1.7 个百分点；三者占比之和两年均为 100%，变化之和应为零，至少有一项有误。',
      },
      {
        after: 454,
        id: 'en-dr19-ch1-kpo-components',
        kind: 'error',
        text: 'KPO 三个组成部分的执行额 51.8 亿美元、339.1 亿美元、130.4 亿美元合计 521.3 亿美元，大于同段给出的 KPO 执行额 518.0 亿美元。',
      },
      {
        after: 470,
        id: 'en-dr19-ch1-offshore-kpo-share',
        kind: 'error',
        text: '离岸 KPO 执行额占比此处为 37.9%，而本节开头的离岸结构比例（来源文件第 152 行）为 37.8%；按 366.2 ÷ 968.9 计算为 37.8%。',
      },
    ],
  },
  {
    slug: 'ch1-enterprises',
    title: '第三节 服务外包企业',
    sidebarLabel: '1.3 服务外包企业',
    chapter: CH1,
    order: 3,
    lines: [554, 748],
    headings: { 556: h2('distribution'), 715: h2('ownership') },
    tables: {
      'table-1-1': simpleTable('table-1-1', ['', '累计企业家数（家）', '2019 年新增企业家数（家）']),
    },
    notes: [
      {
        after: 578,
        id: 'en-dr19-ch1-fig-1-12-remnant',
        kind: 'remark',
        text: '原图（瀑布图）在 PDF 提取时留下了一串数据标签和坐标轴刻度（来源文件第 588–623 行），本站作为图表残留删去，数值仍可在来源文件中查到。这些残留的横轴只标到 2018 年和“总量”，与图题“2009—2019 年”不完全一致。',
      },
      {
        after: 580,
        id: 'en-dr19-ch1-xinjiang',
        kind: 'error',
        text: '正文说除青海省和新疆以外各省份均有服务外包企业，但表 1-1 中新疆维吾尔自治区有 131 家（来源文件第 689 行），企业数为 0 的是青海省和新疆建设兵团（第 703、705 行）；此处的“新疆”或指新疆生产建设兵团。',
      },
      {
        after: 635,
        id: 'en-dr19-ch1-four-provinces-share',
        kind: 'error',
        text: '江苏、广东、浙江、山东四省的企业数 14205 家、5503 家、5378 家、4799 家合计 29885 家，占全国 54548 家（来源文件第 572 行）的 54.8%，而不是正文所说的 28.7%。',
      },
      {
        after: 643,
        id: 'en-dr19-ch1-jiangsu-firms',
        kind: 'error',
        text: '表中江苏省累计企业家数为 124205，而正文（来源文件第 633 行）为 14205 家；按 14205 计，全表累计企业家数合计恰为正文所说的 54548 家（第 572 行），各地区合计也与第 586、635 行一致，124205 当为误植。',
      },
      {
        after: 723,
        id: 'en-dr19-ch1-ownership-sums',
        kind: 'error',
        text: '三类企业的合同额 1560.1 亿美元、215.2 亿美元、592.6 亿美元合计 2367.9 亿美元，执行额 1036.8 亿美元、146.9 亿美元、404.2 亿美元合计 1587.9 亿美元，离岸执行额合计 969.5 亿美元，均与第一节的全国合同额 2357.0 亿美元、执行额 1580.8 亿美元和离岸执行额 968.9 亿美元（来源文件第 11、35 行）不符；各项占比之和则为 100%。',
      },
    ],
  },
  {
    slug: 'ch1-new-tech',
    title: '第四节 新技术新业态新模式',
    sidebarLabel: '1.4 新技术新业态新模式',
    chapter: CH1,
    order: 4,
    lines: [749, 841],
    headings: { 751: h2('new-technologies'), 802: h2('new-models') },
    notes: [
      {
        after: 776,
        id: 'en-dr19-ch1-cloud-growth',
        kind: 'error',
        text: '全球云计算市场规模 2016—2018 年由 874 亿美元增至 1883 亿美元，为原来的 2.154 倍。从 2016 年到 2018 年是两年，年均增速约为 46.8%（2.154 开平方约为 1.468）；正文的“年均增速高达 29.2%”与按三年复合计算的结果相同（2.154 开立方约为 1.292）。',
      },
    ],
  },
  {
    slug: 'ch2-regions',
    title: '第一节 中国离岸服务外包市场区域分布',
    sidebarLabel: '2.1 离岸市场区域分布',
    chapter: CH2,
    order: 5,
    lines: [842, 904],
    headings: { 848: h2('asia'), 866: h2('north-america'), 884: h2('europe') },
    notes: [
      {
        after: 842,
        id: 'en-dr19-ch2-title',
        kind: 'gap',
        text: '原文缺少第二章的章标题页，文本中也没有本章的页眉；章名“中国离岸服务外包市场”是编者根据本章内容推断的。',
      },
      {
        after: 903,
        id: 'en-dr19-ch2-eu-kpo-share',
        kind: 'error',
        text: '承接欧盟 KPO 执行额 54.0 亿美元占承接欧盟服务外包执行额 164.8 亿美元的 32.8%，而不是 32.2%；按正文数字，ITO、BPO、KPO 三项占比之和为 99.4%。',
      },
    ],
  },
  {
    slug: 'ch2-top10-sources',
    title: '第二节 中国十大离岸服务外包来源地',
    sidebarLabel: '2.2 十大离岸来源地',
    chapter: CH2,
    order: 6,
    lines: [905, 1419],
    headings: {
      911: h2('us'),
      950: h2('hong-kong'),
      997: h2('japan'),
      1072: h2('singapore'),
      1130: h2('korea'),
      1173: h2('germany'),
      1248: h2('taiwan'),
      1293: h2('uk'),
      1342: h2('france'),
      1383: h2('switzerland'),
    },
    boxes: [
      { id: 'box-japan-slowdown', from: 1034, to: 1062 },
      { id: 'box-germany-it', from: 1224, to: 1244 },
    ],
    notes: [
      {
        after: 940,
        id: 'en-dr19-ch2-us-components',
        kind: 'error',
        text: '承接美国 ITO、BPO、KPO 执行额 93.5 亿美元、29.6 亿美元、58.5 亿美元合计 181.6 亿美元，与同段的承接美国执行额 196.2 亿美元不符；181.6 亿美元接近按增长 8.0% 倒推的 2018 年数值（约 181.7 亿美元）。',
      },
      {
        after: 1009,
        id: 'en-dr19-ch2-japan-growth-gap',
        kind: 'error',
        text: '承接日本执行额年均增长 15.3%，“比同期中国离岸服务外包执行总额年均增速低 11.1 个百分点”，意味着离岸年均增速为 26.4%；而本节其他来源地的同类比较（如中国香港 34.0% 高 8.6 个百分点、韩国 36.3% 高 10.9 个百分点）和第一章第二节（来源文件第 181 行）都对应约 25.4% 的离岸年均增速，按此应低约 10.1 个百分点。',
      },
      {
        after: 1070,
        id: 'en-dr19-ch2-japan-hr-unit',
        kind: 'error',
        text: '“人力资源管理服务外包执行额 1.3 亿”漏写“美元”，应为 1.3 亿美元。',
      },
      {
        after: 1189,
        id: 'en-dr19-ch2-germany-value',
        kind: 'error',
        text: '此处 2019 年承接德国服务外包执行额为 32.7 亿美元，而下文（来源文件第 1205 行）为 40.5 亿美元。40.5 亿美元与 ITO、BPO、KPO 三项之和（15.1 + 13.5 + 11.9）、占比 4.2%（40.5 ÷ 968.9）以及由 2.3 亿美元起算的年均增长 33.3% 都一致，32.7 亿美元当有误。',
      },
      {
        after: 1268,
        id: 'en-dr19-ch2-taiwan-value',
        kind: 'error',
        text: '此处 2019 年承接中国台湾服务外包执行额为 37.3 亿美元，而上文（来源文件第 1260 行）为 29.6 亿美元。29.6 亿美元与 ITO、BPO、KPO 三项之和（17.6 + 2.0 + 10.0）及占比 3.1%（29.6 ÷ 968.9）一致；按 37.3 亿美元计占比应为 3.8%，37.3 亿美元当有误。',
      },
    ],
  },
  {
    slug: 'ch2-belt-and-road',
    title: '第三节 “一带一路”沿线国家',
    sidebarLabel: '2.3 “一带一路”沿线国家',
    chapter: CH2,
    order: 7,
    lines: [1420, 1504],
    headings: { 1426: h2('overview'), 1467: h2('regions') },
  },
  {
    slug: 'ch3-manufacturing',
    title: '第一节 制造业服务外包',
    sidebarLabel: '3.1 制造业服务外包',
    chapter: CH3,
    order: 8,
    lines: [1505, 2026],
    headings: {
      1507: h2('overview'),
      1697: h2('fields'),
      1734: h2('outlook'),
      1821: h2('cases'),
      1823: h3('case-crrc-changchun'),
      1850: h3('case-faw'),
      1907: h3('case-xcmg'),
      1945: h3('case-dongfang-electronics'),
      2000: h3('case-noblelift'),
    },
    footnotes: [
      { label: 'fn1', line: 1557, after: '研究中心口径', body: 1562 },
      { label: 'fn2', line: 1615, after: '中部和东北地区', body: 1670 },
    ],
    tables: {
      'table-3-1': simpleTable('table-3-1', ['省市自治区', '2015', '2016', '2017', '2018', '2019']),
    },
    notes: [
      {
        after: 1580,
        id: 'en-dr19-ch3-manufacturing-share-change',
        kind: 'error',
        text: '按正文数字，2018 年制造业服务外包执行额约为 356.0 ÷ 1.164 ≈ 305.8 亿美元，全国服务外包执行额约为 1580.8 ÷ 1.090 ≈ 1450.3 亿美元（来源文件第 11–13 行），占比约 21.1%；2019 年占比 22.5% 应比上年提高约 1.4 个百分点，而不是 0.9 个百分点。',
      },
      {
        after: 1584,
        id: 'en-dr19-ch3-offshore-growth-gap',
        kind: 'error',
        text: '离岸制造业服务外包执行额增长 13.4%，离岸服务外包执行额增长 9.3%（来源文件第 35 行），两者相差 4.1 个百分点，而不是正文所说的 4.3 个百分点。',
      },
      {
        after: 1725,
        id: 'en-dr19-ch3-fields-total',
        kind: 'error',
        text: '制造业知识流程外包、业务流程外包、信息技术外包执行额 220.8 亿美元、58.4 亿美元、75.2 亿美元合计 354.4 亿美元，比本节第一部分的制造业服务外包执行额 356.0 亿美元（来源文件第 1578 行）少 1.6 亿美元；正文的三项占比 62.3%、16.5%、21.2% 是以 354.4 亿美元为分母计算的。',
      },
      {
        after: 1801,
        id: 'en-dr19-ch3-rd-growth',
        kind: 'error',
        text: '此处说 5 年来承接制造业研发服务外包增长 8.6 倍、年均增长 57.3%，而本节第二部分（来源文件第 1705–1707 行）说 2015—2019 年承接制造业研发服务外包执行额年均增长 24.6%，两处数字相差很大，原文未说明口径。',
      },
    ],
  },
  {
    slug: 'ch3-cro',
    title: '第二节 生物医药研发合同外包',
    sidebarLabel: '3.2 生物医药研发合同外包',
    chapter: CH3,
    order: 9,
    lines: [2027, 2321],
    headings: {
      2029: h2('global'),
      2031: h3('global-demand'),
      2060: h3('emerging-biotech'),
      2124: h2('china'),
      2126: h3('china-scale'),
      2166: h3('china-contracts'),
      2196: h3('golden-period'),
      2276: h2('trends'),
    },
    tables: {
      'table-3-2': stagedTable('table-3-2', ['研发阶段', '试验内容', '中国试验成本/发达国家试验成本']),
    },
    notes: [
      {
        after: 2049,
        id: 'en-dr19-ch3-fig-3-4-years',
        kind: 'remark',
        text: '图 3-4 的图题所标年份为 2015—2019 年，而正文给出的是 2014—2018 年的数据和 2019—2023 年的预测。',
      },
      {
        after: 2059,
        id: 'en-dr19-ch3-tufts-cut-off',
        kind: 'gap',
        text: '原文此句在“20 世纪 70—80”处中断，本小节（一）的其余内容不在提取文本中。',
      },
      {
        after: 2094,
        id: 'en-dr19-ch3-lost-heading',
        kind: 'gap',
        text: '此处原文缺失：按编号应有的小标题“（三）”和其下第一段的开头都不在文本中，下文从半句“在药物研发领域的专业性……”接续。',
      },
      {
        after: 2151,
        id: 'en-dr19-ch3-fig-3-9',
        kind: 'gap',
        text: '原文图号从图 3-8 直接跳到图 3-10，图 3-9 的图题和数据来源缺失；文本中也没有关于图 3-8 所示中国 CRO 行业规模的叙述，可能一并缺失。',
      },
      {
        after: 2153,
        id: 'en-dr19-ch3-repeated-china',
        kind: 'error',
        text: '“2018 年中国中国药物发现 CRO”中“中国”重复。',
      },
      {
        after: 2257,
        id: 'en-dr19-ch3-table-3-2-source',
        kind: 'remark',
        text: '表 3-2 的数据来源写作“上海医药研究临床中心”，正文（来源文件第 2237 行）作“上海医药研究中心”。',
      },
      {
        after: 2282,
        id: 'en-dr19-ch3-repeated-de',
        kind: 'error',
        text: '“端到端的的业务需求”中“的”字重复。',
      },
    ],
  },
  {
    slug: 'ch3-finance',
    title: '第三节 金融服务外包',
    sidebarLabel: '3.3 金融服务外包',
    chapter: CH3,
    order: 10,
    lines: [2322, 2676],
    headings: { 2381: h2('overview'), 2449: h2('clients'), 2487: h2('providers'), 2607: h2('outlook') },
    boxes: [
      { id: 'box-ibm-spdb', from: 2518, to: 2557 },
      { id: 'box-neusoft', from: 2579, to: 2603 },
    ],
    footnotes: [{ label: 'fn1', line: 2385, after: '研究中心口径', body: 2396 }],
    notes: [
      {
        after: 2345,
        id: 'en-dr19-ch3-idc-parenthesis',
        kind: 'error',
        text: '“在国际数据公司(对全球服务外包的基础统计中”一句括号不配对，“国际数据公司”后疑脱漏了“（IDC）”一类的文字。',
      },
      {
        after: 2353,
        id: 'en-dr19-ch3-nasscom-title',
        kind: 'error',
        text: '报告名《The IT-BPMSector in India》中“IT-BPM”与“Sector”之间缺空格；“( BFIS)”疑为 BFSI（银行、金融服务和保险）之误〔原文未载，依据：印度服务外包行业协会报告通用的行业缩写〕。',
      },
      {
        after: 2492,
        id: 'en-dr19-ch3-guoji',
        kind: 'error',
        text: '“国家金融服务外包企业主要来自美国、印度和英国”中的“国家”疑为“国际”之误，与前文“国际金融服务外包企业”相应。',
      },
      {
        after: 2626,
        id: 'en-dr19-ch3-guodu',
        kind: 'error',
        text: '“逐步过度到大数据征信”中“过度”应为“过渡”。',
      },
    ],
  },
];

export function chaptersOneToThree(context: ImportContext): DraftPage[] {
  return PAGES.map((spec) => buildPage(context, spec));
}
