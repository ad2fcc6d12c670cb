/**
 * Editorial notes of zhejiang-statistics-training-2015, keyed by the source
 * line after whose block they are published. Every note is a self-contained
 * sentence (they are also listed on the site-wide 勘误与编者注 page).
 */
export interface Note {
  id: string;
  kind: 'error' | 'gap' | 'move' | 'remark';
  /** The note follows the block (or table) that contains this source line. */
  after: number;
  text: string;
}

export const NOTES: readonly Note[] = [
  // 服务外包统计操作指引: 一、定义及范围
  {
    id: 'en-zj-sna-g',
    kind: 'remark',
    after: 24,
    text: '《服务外包统计操作指引》“G中间消耗”中的“G”原文未作解释（第 24–26 行），疑为所引《2008 国民账户体系》小节的字母编号或排版残留，本站照录。',
  },
  // 二、产业分类
  {
    id: 'en-zj-fig-1',
    kind: 'gap',
    after: 107,
    text: '《服务外包统计操作指引》图 1“服务外包统计分类”原为图片，未随文本保存（第 105 行只有图题），图注所说标示新增及调整内容的斜体也无从复原。分类树的全部条目（3 个门类、9 个大类、35 个中类）由原文“（三）业务术语解释及典型业务举例”（第 108 行起）逐条列出。',
  },
  // （三）BPO
  {
    id: 'en-zj-b51-image',
    kind: 'error',
    after: 351,
    text: '《服务外包统计操作指引》B51 数据处理服务的定义中“影响文件管理”（第 353 行）疑为“影像文件管理”之误。',
  },
  {
    id: 'en-zj-b6-repeat',
    kind: 'error',
    after: 408,
    text: '《服务外包统计操作指引》B6 供应链外包服务的定义“提供为客户提供采购、物流等整体方案设计”（第 408 行）中“提供”重复，疑衍。',
  },
  {
    id: 'en-zj-b62-label',
    kind: 'error',
    after: 433,
    text: '《服务外包统计操作指引》B62 采购外包服务的第二项典型业务原文作“典行业务 2”（第 433 行），“行”当为“型”；本站按典型业务计，锚点为 b62-t2。',
  },
  // （三）KPO
  {
    id: 'en-zj-k71-repeat',
    kind: 'error',
    after: 451,
    text: '《服务外包统计操作指引》K71 知识产权外包服务的定义“集成电路布图设计等的等各类知识产权”（第 451 行）中“等”字重复，疑衍。',
  },
  {
    id: 'en-zj-k71-typo',
    kind: 'error',
    after: 472,
    text: '《服务外包统计操作指引》K71 第一项典型业务“协助客户寻找、估价和开发自已的知识产权资产”（第 461 行）中“自已”当为“自己”。',
  },
  {
    id: 'en-zj-k8-unfinished',
    kind: 'error',
    after: 521,
    text: '《服务外包统计操作指引》K8 技术服务外包的定义“指专业技术服务领域的委托外包行为，”（第 521 行）以逗号结尾，句子未完；该行位于原 PDF 页面中部，并非断页所致，当为原文缺漏。',
  },
  // （四）表 1
  {
    id: 'en-zj-dispute-layout',
    kind: 'remark',
    after: 1106,
    text: '表 1 在提取文本中按单元格逐格排出（第 619–1106 行），本站据各栏行宽、缩进与项目符号复原为 9 行 5 栏，文字未作增删。“运输仓储”一行的“仓储运输属于一般性服务业。”与“电子商务”一行的“电子商务是指……不能全部归为服务外包。”读来像理由，但按版式属“正确处理方式”栏；“劳务派遣”一行的“注：内部职能和管理流程一般均指长期业务,下同”排在“理由及原因”栏末。',
  },
  {
    id: 'en-zj-dispute-sgs',
    kind: 'error',
    after: 1106,
    text: '表 1 “检验检测”一行企业案例中的“通用标标准技术服务有限公司”（第 737 行）疑为“通标标准技术服务有限公司”之误；“INTERNATIONAL INSPIRATIONS LTD10 多家国外公司”（第 741–745 行）疑脱一“等”字，即“……LTD 等 10 多家国外公司”。',
  },
  {
    id: 'en-zj-dispute-youhua',
    kind: 'error',
    after: 1106,
    text: '表 1 “运输仓储”一行理由中的“设计和忧化服务模式”（第 779 行），“忧化”当为“优化”。',
  },
  {
    id: 'en-zj-dispute-xianjin',
    kind: 'error',
    after: 1106,
    text: '表 1 “工业设计”一行正确处理方式中的“导入国内外新进工业设计”（第 890 行），“新进”疑为“先进”之误。',
  },
  {
    id: 'en-zj-dispute-design-case',
    kind: 'remark',
    after: 1106,
    text: '表 1 “工业设计”一行的“企业案例”栏只有“一般的工业及其零部件设计。”一句（第 912–914 行），并非具体的企业案例，本站照录。',
  },
  {
    id: 'en-zj-dispute-procurement-case',
    kind: 'remark',
    after: 1106,
    text: '表 1 “代理采购”一行的“企业案例”栏在提取文本中为空（第 1106 行之后至第 1114 行无文字），原表此栏大概本为空白。',
  },
  {
    id: 'en-zj-revision-notes',
    kind: 'remark',
    after: 1114,
    text: '《服务外包统计操作指引》“三、修订说明”一节原文从略，只有标题。',
  },
  // 讲话
  {
    id: 'en-zj-speech-punct',
    kind: 'error',
    after: 1156,
    text: '邱丽新讲话“服务外包示范城市建设取得明显成效，。”（第 1150 行）逗号与句号重复。',
  },
  // 2015 年上半年浙江省服务外包数据
  {
    id: 'en-zj-h1-2081',
    kind: 'error',
    after: 1330,
    text: '《2015 年上半年浙江省服务外包数据》称研发服务外包接包执行金额“2081 亿美元”（第 1330 行），而产业结构情况表（第 1362 行）为 2.81 亿美元、占 9.91%（2.81÷28.31≈9.93%），“2081”当为“2.81”之误。',
  },
  {
    id: 'en-zj-h1-quzhou',
    kind: 'error',
    after: 1411,
    text: '《2015 年上半年浙江省服务外包数据》正文称衢州离岸执行额增幅为 927.51%（第 1411–1413 行），而各市情况表衢州一行（第 1459 行）的离岸执行额增幅为“--”，两处不一致；金华、嘉兴、湖州的增幅与表中相符。',
  },
  {
    id: 'en-zj-h1-punct',
    kind: 'error',
    after: 1416,
    text: '《2015 年上半年浙江省服务外包数据》“供应链管理服务等、湖州市外包业务”（第 1416 行）处的顿号当为分号；“IT 解决方案互联网营销推广服务”（第 1418 行）之间缺顿号。',
  },
  {
    id: 'en-zj-h1-zhejiang-total',
    kind: 'error',
    after: 1467,
    text: '各市情况表“浙江”一行的离岸合同额为 28.31（第 1467 行），与离岸执行额相同；而正文（第 1473 行）称上半年全省离岸合同额 25.61 亿美元、同比下降 15.09%，表中 11 个市的合同额之和为 25.58，故 28.31 当为 25.61 之误（同行增幅 -15.09% 与 25.61 相符）。',
  },
  {
    id: 'en-zj-h1-garbled',
    kind: 'error',
    after: 1475,
    text: '《2015 年上半年浙江省服务外包数据》末句“个别市地下降明显示”（第 1475 行）文字不通，疑为“下降明显”，衍“示”字。',
  },
];
