/**
 * A small report-style text dump generated for tests, with everything a PDF
 * text extraction leaves in a Chinese government report: a chapter and
 * section ladder, hard-wrapped paragraphs whose first line is two characters
 * narrower, page feet with a spaced-out running header and page numbers, a
 * paragraph broken across a page, a footnote, a flattened table, a figure
 * caption with stray axis labels. It returns the dump and the truth the
 * importer should recover. Nothing in the engine was tuned on it.
 */

export interface GeneratedDump {
  text: string;
  /** Paragraph texts in reading order, as they must be published. */
  paragraphs: string[];
  /** Heading lines and the level the ladder implies (1 = page title). */
  headings: { text: string; level: number }[];
  /** 1-based line numbers of page furniture (headers, page numbers, axis labels). */
  furniture: number[];
  /** The figure caption line and its 数据来源 line. */
  figure: { caption: number; source: number };
  footnote: { body: number; markerLine: number; text: string };
  table: { caption: number; from: number; to: number };
  /** A 专栏 box: its title line and its one paragraph. */
  box: { title: string; text: string };
  /** Bullet items, in order, without their glyph. */
  listItems: string[];
  /** How many paragraphs a page foot interrupts. */
  brokenAcrossPage: number;
}

const WIDTH = 31; // characters on a full printed line

/** A deterministic pseudo-random sequence (mulberry32), so the dump is the same on every run. */
function random(seed: number): () => number {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = ['全市服务贸易', '离岸服务外包执行额', '数字服务出口', '知识流程外包业务', '技术贸易合同额', '重点企业营业收入'];
const VERBS = ['同比增长', '较上年提高', '年均增长', '同比下降'];
const TAILS = ['结构持续优化。', '新业态加快发展。', '区域布局更加均衡。', '国际市场不断拓展，企业竞争力明显增强。', '对稳就业的作用进一步显现。'];

export function generateReportDump(seed = 7): GeneratedDump {
  const next = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const sentence = () => `${2015 + Math.floor(next() * 7)}年，${pick(SUBJECTS)}${pick(VERBS)}${(next() * 30).toFixed(1)}%，${pick(TAILS)}`;
  const out: string[] = [];
  const truth: GeneratedDump = { text: '', paragraphs: [], headings: [], furniture: [], figure: { caption: 0, source: 0 }, footnote: { body: 0, markerLine: 0, text: '' }, table: { caption: 0, from: 0, to: 0 }, brokenAcrossPage: 0, listItems: [], box: { title: '', text: '' } };
  let page = 1;
  let linesOnPage = 0;
  let pendingFootnote: string | undefined;

  const pageFoot = () => {
    if (pendingFootnote) {
      out.push('');
      truth.footnote.body = out.push(pendingFootnote);
      pendingFootnote = undefined;
    }
    out.push('');
    truth.furniture.push(out.push(`- ${page} -`));
    out.push('');
    truth.furniture.push(out.push('2 0 2 1 年 度 服 务 贸 易 发 展 报 告'));
    out.push('');
    page++;
    linesOnPage = 0;
  };
  /** Emits a line; returns its line number. */
  const emit = (line: string): number => {
    out.push(line);
    const n = out.length;
    linesOnPage++;
    if (linesOnPage >= 24) pageFoot();
    return n;
  };
  const paragraph = (text: string, raw = text) => {
    truth.paragraphs.push(text);
    const chars = [...raw];
    let width = WIDTH - 2; // the first line is indented
    const pageBefore = page;
    while (chars.length) {
      emit(chars.splice(0, width).join(''));
      width = WIDTH;
      if (chars.length && page !== pageBefore) truth.brokenAcrossPage++;
    }
  };
  const heading = (text: string, level: number) => {
    truth.headings.push({ text, level });
    emit(text);
  };

  const chapters = ['第一章 发展概况', '第二章 重点领域'];
  const sections = ['第一节 总体情况', '第二节 结构变化'];
  const parts = ['一、规模稳步扩大', '二、结构持续优化'];
  chapters.forEach((chapter, c) => {
    heading(chapter, 1);
    sections.forEach((section, s) => {
      heading(section, 2);
      parts.forEach((part, p) => {
        heading(part, 3);
        for (let k = 0; k < 3; k++) {
          const length = 2 + Math.floor(next() * 3);
          paragraph(Array.from({ length }, sentence).join(''));
        }
        if (c === 0 && s === 0 && p === 0) {
          // A footnote marker glued to the text; its body goes to the foot of this page.
          const text = `本年度服务外包执行额，比上年增加较多。${sentence()}`;
          paragraph(text, text.replace('执行额，', '执行额1，'));
          truth.footnote.markerLine = out.findIndex((l) => l.includes('执行额1，')) + 1;
          truth.footnote.text = '服务外包执行额按合同实际执行金额统计。';
          pendingFootnote = `1 ${truth.footnote.text}`;
        }
        if (c === 0 && s === 1 && p === 0) {
          // A figure: axis labels left by the extraction, the caption, its data source.
          for (const label of ['800', '600', '400', '200', '0', '2017 2018 2019 2020 2021']) truth.furniture.push(emit(label));
          truth.figure.caption = emit('图 1-1 2017—2021 年服务外包执行额及增速');
          truth.figure.source = emit('数据来源：商务部');
        }
        if (c === 1 && s === 1 && p === 0) {
          // A bulleted list in a PDF symbol font: the glyph survives as a private-use character.
          for (const item of ['加快数字化转型。', '培育龙头企业。', '拓展国际市场。']) {
            truth.listItems.push(item);
            emit(`\uF06C ${item}`);
          }
        }
        if (c === 0 && s === 1 && p === 1) {
          // A 专栏 box at the end of a section: its title, then one paragraph.
          truth.box.title = '专栏：某市服务外包产业园区';
          emit(truth.box.title);
          truth.box.text = `${sentence()}${sentence()}`;
          paragraph(truth.box.text);
          truth.paragraphs.pop(); // published inside the box, checked there
        }
        if (c === 1 && s === 0 && p === 1) {
          // A flattened table.
          truth.table.caption = emit('表 2-1 2021 年各区域服务外包执行额');
          const rows = ['区域 执行额（亿美元） 增速', '东部 812.3 10.5%', '中部 120.8 15.2%', '西部 98.4 12.0%'].map(emit);
          truth.table.from = rows[0]!;
          truth.table.to = rows.at(-1)!;
          emit('数据来源：商务部');
        }
      });
    });
  });
  if (linesOnPage > 0) pageFoot();
  truth.text = `${out.join('\n')}\n`;
  return truth;
}

/**
 * A second kind of document, nobody tuned the heuristics on it: a provincial training pack as a
 * Word-made PDF leaves it. Three pieces under centred titles (a notice, a catalogue of indicators,
 * a speech whose title stands over a “——” byline); the catalogue numbers its headings with
 * classification codes (（1）T1 运输服务，指… / T11 海运服务，指…) that run into their definitions.
 * No running header and no page number: each page's first line is set in by one space, the only
 * sign of a page top, and a footnote at a page foot ends there. Numbers are set off from Chinese
 * by spaces, and a line break eats such a space (“有” / “25 个”). A figure's caption and source
 * line stand between two lines of a sentence.
 */
export interface GeneratedPack {
  text: string;
  paragraphs: string[];
  /** Headings in order; level 1 for the pieces' titles, which become pages. */
  headings: { text: string; level: number }[];
  /** The code-numbered headings as published: the title up to its comma. */
  codeHeadings: string[];
  footnote: { body: number; markerLine: number; text: string };
  /** Paragraphs that a line break splits between Chinese and a number, as published (space restored). */
  spacedAtBreak: string[];
  brokenAcrossPage: number;
  /** The caption and source lines of a figure set in the middle of a sentence, and that paragraph. */
  figureLines: number[];
  figureAfter: string;
}

const PACK_COLUMNS = 70; // display columns of a full printed line

const displayColumns = (ch: string) => (/[\u2e80-\u9fff\uff00-\uff60\u3000-\u303f“”]/.test(ch) ? 2 : 1);

/** How many characters fit in `limit` columns; closing punctuation never starts a line (it hangs, as typesetters do). */
function fitColumns(chars: readonly string[], limit: number): number {
  let width = 0;
  let take = 0;
  while (take < chars.length && width + displayColumns(chars[take]!) <= limit) width += displayColumns(chars[take++]!);
  while (take < chars.length && /[，。、；：！？）”%.]/.test(chars[take]!)) take++;
  return take;
}

export function generateTrainingPackDump(seed = 11): GeneratedPack {
  const next = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const AREAS = ['全省', '杭州市', '宁波市', '温州市', '嘉兴市'];
  const ITEMS = ['服务贸易进出口额', '运输服务出口额', '旅行服务进口额', '技术服务合同额', '数字服务出口额'];
  const sentence = () =>
    `${2018 + Math.floor(next() * 4)} 年，${pick(AREAS)}${pick(ITEMS)} ${(100 + next() * 900).toFixed(1)} 亿元，同比增长 ${(next() * 30).toFixed(1)}%，有 ${2 + Math.floor(next() * 40)} 个重点企业参与统计。`;
  const out: string[] = [];
  const truth: GeneratedPack = { text: '', paragraphs: [], headings: [], codeHeadings: [], footnote: { body: 0, markerLine: 0, text: '' }, spacedAtBreak: [], brokenAcrossPage: 0, figureLines: [], figureAfter: '' };
  let linesOnPage = 0;
  let pageTop = false;
  let pendingFootnote: string | undefined;
  const emit = (line: string): number => {
    out.push(pageTop ? ` ${line}` : line);
    pageTop = false;
    out.push('');
    const n = out.length - 1;
    if (++linesOnPage >= 20) {
      if (pendingFootnote) {
        truth.footnote.body = out.push(pendingFootnote);
        out.push('');
        pendingFootnote = undefined;
      }
      linesOnPage = 0;
      pageTop = true;
    }
    return n;
  };
  /** Wraps a paragraph by display columns, the first line indented by two characters; a break eats a space. */
  const paragraph = (text: string, raw = text, interruptedBy: string[] = []) => {
    truth.paragraphs.push(text);
    const chars = [...raw];
    let limit = PACK_COLUMNS - 4;
    let lineNo = 0;
    let brokeSpace = false;
    while (chars.length) {
      let line = chars.splice(0, fitColumns(chars, limit)).join('');
      if (chars[0] === ' ') {
        chars.shift();
        brokeSpace = true;
      } else if (line.endsWith(' ')) {
        line = line.trimEnd();
        brokeSpace = true;
      }
      const before = pageTop;
      emit(line);
      if (chars.length && pageTop && !before) truth.brokenAcrossPage++;
      // A figure the layout set between two lines of a sentence.
      if (++lineNo === 1 && chars.length) for (const l of interruptedBy) truth.figureLines.push(emit(l));
      limit = PACK_COLUMNS;
    }
    if (brokeSpace) truth.spacedAtBreak.push(text);
  };
  const heading = (text: string, level: number) => {
    truth.headings.push({ text, level });
    emit(text);
  };
  const centred = (text: string) => {
    truth.headings.push({ text, level: 1 });
    out.push(`      ${text}`);
    out.push('');
    linesOnPage++;
  };

  centred('关于举办 2022 年服务贸易统计培训班的通知');
  for (let k = 0; k < 3; k++) paragraph(Array.from({ length: 3 }, sentence).join(''));

  centred('服务贸易统计指标解释');
  const codes: [string, string, [string, string][]][] = [
    ['T1 运输服务', '指以各种运输方式提供的客货运输及相关辅助服务', [['T11 海运服务', '指远洋和沿海客货运输服务'], ['T12 空运服务', '指航空客货运输及机场服务'], ['T19 其他运输服务', '指未列明的运输服务']]],
    ['T2 旅行服务', '指旅行者在境外停留期间购买的货物和服务', [['T21 商务旅行', '指出于商务目的的旅行'], ['T22 个人旅行', '指出于个人目的的旅行，含留学和就医']]],
  ];
  heading('一、指标分类', 2);
  heading('（一）运输与旅行。', 3);
  codes.forEach(([title, definition, children], i) => {
    const head = `（${i + 1}）${title}，`;
    truth.headings.push({ text: head, level: 4 });
    truth.codeHeadings.push(head);
    emit(`${head}${definition}。`);
    truth.paragraphs.push(`${definition}。`);
    for (const [child, text] of children) {
      truth.headings.push({ text: `${child}，`, level: 5 });
      truth.codeHeadings.push(`${child}，`);
      const body = `${text}。${sentence()}`;
      const first = [...`${child}，${body}`];
      // The definition wraps like any paragraph (first line not indented: it opens with the code).
      const lines: string[] = [];
      while (first.length) {
        lines.push(first.splice(0, fitColumns(first, PACK_COLUMNS)).join('').trim());
        if (first[0] === ' ') first.shift();
      }
      lines.forEach((l) => emit(l));
      truth.paragraphs.push(body);
    }
  });
  heading('二、填报要求', 2);
  heading('（一）报送时限。', 3);
  // A footnote marker glued to a word; the body goes to this page's foot.
  const noted = `各地商务主管部门应于每季度结束后 15 日内完成审核。${sentence()}${sentence()}`;
  paragraph(noted, noted.replace('审核。', '审核1。'));
  truth.footnote.markerLine = out.findIndex((l) => l.includes('审核1。')) + 1;
  truth.footnote.text = '审核以企业填报的合同和收付汇凭证为准。';
  pendingFootnote = `1 ${truth.footnote.text}`;
  for (let k = 0; k < 4; k++) paragraph(Array.from({ length: 2 + Math.floor(next() * 2) }, sentence).join(''));
  heading('（二）数据质量。', 3);
  for (let k = 0; k < 3; k++) paragraph(Array.from({ length: 3 }, sentence).join(''));

  // A speech: its title over a byline.
  truth.headings.push({ text: '新形势下服务贸易统计工作的几点思考', level: 1 });
  emit('新形势下服务贸易统计工作的几点思考');
  paragraph('——省商务厅副厅长 张某某 2022 年 3 月 15 日');
  heading('一、统计工作取得的成效', 2);
  const interrupted = Array.from({ length: 3 }, sentence).join('');
  paragraph(interrupted, interrupted, ['图 1 2018—2021 年全省服务贸易进出口额', '数据来源：省商务厅']);
  truth.figureAfter = interrupted;
  for (let k = 0; k < 2; k++) paragraph(Array.from({ length: 3 }, sentence).join(''));
  heading('二、下一步工作安排', 2);
  for (let k = 0; k < 3; k++) paragraph(Array.from({ length: 2 }, sentence).join(''));
  truth.text = `${out.join('\n')}\n`;
  return truth;
}
