/**
 * Heuristics for a document that has no review file yet: they read the layout
 * conventions of Chinese government reports, newsletters, papers and training
 * packs in a PDF text dump and propose a review file, which the engine turns
 * into draft pages and a person then corrects. Nothing here knows any
 * particular document. Pure functions, no I/O.
 */
import { proposeAnchor } from './anchors.ts';
import { displayWidth, endsParagraph, type ParagraphRules, type ScriptSpacing } from './paragraphs.ts';
import type { Review } from './review-schema.ts';

const CN_NUM = '[一二三四五六七八九十百零〇]+';
const FULL_DIGITS = '[0-9０-９]+';

/** A kind of heading, from the usual ladder of Chinese documents; `rank` orders them, smaller is higher. */
interface HeadingKind {
  name: string;
  rank: number;
  pattern: RegExp;
}

/** The ladder: 第X章 > 第X节 > 一、 > （一） > 1、/1． > （1）; and numbered sections 1. > 1.1. > 1.1.1. of papers. */
export const HEADING_KINDS: readonly HeadingKind[] = [
  { name: '第X章', rank: 10, pattern: new RegExp(`^第${CN_NUM}章(?:\\s|$)`) },
  { name: '第X节', rank: 20, pattern: new RegExp(`^第${CN_NUM}节(?:\\s|$)`) },
  { name: '一、', rank: 30, pattern: new RegExp(`^${CN_NUM}、`) },
  { name: '（一）', rank: 40, pattern: new RegExp(`^[（(]${CN_NUM}[）)]`) },
  // Numbered sections need a space or a final dot before the title, so that 25.8% or 3.3个 never match.
  { name: '1.', rank: 31, pattern: /^\d{1,2}[.．]\s*(?=[\u4e00-\u9fffA-Za-z“])/ },
  { name: '1.1.', rank: 41, pattern: /^\d{1,2}[.．]\d{1,2}(?:[.．]\s*|\s+)(?=[\u4e00-\u9fffA-Za-z“])/ },
  { name: '1.1.1.', rank: 51, pattern: /^\d{1,2}[.．]\d{1,2}[.．]\d{1,2}(?:[.．]\s*|\s+)(?=[\u4e00-\u9fffA-Za-z“])/ },
  // “1、2015 年…” is a heading; “1．5 倍” is a number.
  { name: '1、', rank: 50, pattern: new RegExp(`^${FULL_DIGITS}(?:、|．(?![0-9０-９]))`) },
  { name: '（1）', rank: 60, pattern: new RegExp(`^[（(]${FULL_DIGITS}[）)]`) },
  // Classification codes of statistical catalogues (门类 B, 大类 B4, 中类 B41), one digit per level,
  // optionally after a list number (“（1）B4 内部管理外包服务，…”). Ranked by their digits: B4 above B41.
  { name: 'A1', rank: 62, pattern: /^(?:[（(][0-9０-９]+[）)])?[A-Z]\d(?![\d.])(?:\s*(?=[\u4e00-\u9fff])|\s+(?=[A-Z]))/ },
  { name: 'A11', rank: 63, pattern: /^(?:[（(][0-9０-９]+[）)])?[A-Z]\d{2}(?![\d.])(?:\s*(?=[\u4e00-\u9fff])|\s+(?=[A-Z]))/ },
  { name: 'A111', rank: 64, pattern: /^(?:[（(][0-9０-９]+[）)])?[A-Z]\d{3}(?![\d.])(?:\s*(?=[\u4e00-\u9fff])|\s+(?=[A-Z]))/ },
];
/** Kinds numbered by classification codes: a heading only where the document uses such codes for a ladder. */
const isCodeKind = (kind: HeadingKind | undefined) => !!kind && /^A1/.test(kind.name);
/** The letter of a classification code opening a line (“B” of “（1）B4 …”, “B41 …”). */
const codeLetter = (text: string) => /^(?:[（(][0-9０-９]+[）)])?([A-Z])\d/.exec(text)?.[1];

/** Section names that stand alone in papers and reports (spaces inside ignored). */
const NAMED_SECTION = /^(?:摘要|abstract|关键词|keywords|引言|前言|序言|导言|结论|结语|参考文献|references|附录|致谢)$/i;
/** 图 1-1 / 图1 / 表 2-3 captions. */
export const FIGURE_CAPTION = /^图\s*\d+(?:\s*[-－—–.．]\s*\d+)?(?:\s|[：:．.]|(?=[\u4e00-\u9fff]))/;
export const TABLE_CAPTION = /^表\s*\d+(?:\s*[-－—–.．]\s*\d+)?(?:\s|[：:．.]|(?=[\u4e00-\u9fff]))/;
/** The title of a 专栏 box: “专栏：…”, “专栏 1 …”, “专栏一 …”. */
export const BOX_TITLE = /^专栏\s*(?:[：:]|\d|[一二三四五六七八九十])/;
/** A bullet glyph from a PDF font and the spaces after it, as it may precede a 专栏 title. */
const LEADING_GLYPH = /^[\uE000-\uF8FF•●○◆◇■□▪▫➢➤►▶✓✔√·]\s*/;
/** A 专栏 title, possibly after a bullet glyph (“\uF06E 专栏：…”). */
const isBoxTitle = (text: string) => BOX_TITLE.test(text.trim().replace(LEADING_GLYPH, ''));
/** English captions of bilingual papers: “Figure 1.”, “Table 2:”. */
const EN_CAPTION = /^(?:Figure|Fig\.|Table)\s*\d+(?:[-.]\d+)*[.:]?\s/i;
/** Lines belonging under a caption: data source and notes. */
const CAPTION_TAIL = /^(?:数据来源|资料来源|来源|注|说明)\s*[：:]/;
/** Lines that end a sentence or clause: such a line is running text, not a heading. */
const CLAUSE_END = /[。；，,;！？]$/;
/** A line that is only numbers, years, percentages or units: chart axis labels left by the extraction. */
const AXIS_LABELS = /^[\d\s.,，%％\-－—–+]+(?:[年亿万元美%％个家]+)?[\d\s.,，%％\-－—–+年亿万元美个家]*$/;
/** Legend and category labels of a chart: a short line of Latin abbreviations or codes (“ITO”, “Q1 Q2”), no Chinese. */
const LEGEND_LABELS = /^[A-Za-z][A-Za-z0-9&]{0,7}(?:\s+[A-Za-z][A-Za-z0-9&]{0,7}){0,5}$/;
/** A line a chart left behind: axis numbers, or legend labels (only counted next to a figure caption). */
const chartLabel = (text: string) => AXIS_LABELS.test(text) || LEGEND_LABELS.test(text);
/**
 * A table line's cells as the engine splits them (at spaces), except that a number set off from the
 * Chinese word it belongs to (“2019 年新增企业数”) is one cell, not two: where that happens, the engine's
 * split would be wrong, and the cell counts tell the table apart from a uniform one.
 */
const tableCells = (text: string) => text.split(/\s+/).reduce<string[]>((cells, token) => {
  const last = cells.at(-1);
  if (last !== undefined && /^\d+(?:\.\d+)?$/.test(last) && /^[\u4e00-\u9fff]/.test(token)) cells[cells.length - 1] = `${last} ${token}`;
  else cells.push(token);
  return cells;
}, []);
/** The title of a table of contents: 目录 / 目  录 / 目　录. */
const TOC_TITLE = /^目[\s\u3000]*录$/;
/** Glyphs PDF fonts use for bullets (private-use Wingdings and the common symbol bullets). */
export const BULLET = /^[\uE000-\uF8FF•●○◆◇■□▪▫➢➤►▶✓✔√·]/;
/** “第 3 页 共 35 页”, “- 12 -”, “— 12 —”, “12 / 35”, “Page 3”. */
const PAGE_NUMBER = /^(?:第\s*\d+\s*页(?:\s*[，,/]?\s*共\s*\d+\s*页)?|[-－—–]\s*\d{1,3}\s*[-－—–]|\d{1,3}\s*\/\s*\d{1,3}|page\s*\d+)$/i;
/** A table-of-contents line: a numbered title, dot leaders or not, then its page number. */
const TOC_ENTRY = /^(?:第[一二三四五六七八九十百零〇]+[章节]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+(?:[.．]\d+)*[.．]?\s).*?[\u4e00-\u9fff）)A-Za-z]\s*(?:[.．·…⋯]{2,}\s*)?\d{1,3}$/;
/** A line of rule characters only: the rule above a page's footnotes, or a drawn separator. */
const RULE_LINE = /^[—─━_＿\-－=＝·…]{5,}$/;
/** A date on a line of its own: an issuing date under a signature, never a title. */
const DATE_LINE = /^[0-9０-９〇一二三四五六七八九十]{2,4}\s*年\s*[0-9０-９一二三四五六七八九十]{1,2}\s*月\s*(?:[0-9０-９一二三四五六七八九十]{1,3}\s*日)?$/;
/** A document number (文号) such as 商办服贸函〔2021〕88 号, the whole line: a line of its own under a title (one that only ends with a 文号 is running text). */
const DOCUMENT_NUMBER = /^[\u4e00-\u9fff]{1,12}\s*[〔[（(]\s*(?:19|20)\d{2}\s*[〕\]）)]\s*\d+\s*号$/;
/** A short label and its value on one line (联系人：…, 电  话：…, 附件：…): a line of its own. */
const FIELD_LINE = /^[\u4e00-\u9fff](?:[\u4e00-\u9fff]|[ \u3000]){1,5}[：:]\s*\S/;
/** CJK characters spaced out as in a running header (“中 国 服 务 外 包 发 展 报 告”). */
const SPACED_OUT = /^(?:[\u4e00-\u9fff\d]{1,2}\s+){3,}[\u4e00-\u9fff\d]{1,2}$/;
/** The same with quotes and brackets spaced along (“十 三 五 ”发 展 成 就): removing them leaves a spaced-out line. */
const spacedOut = (text: string) => SPACED_OUT.test(text) || SPACED_OUT.test(text.replace(/[“”‘’「」《》（）()]/g, '').replace(/\s+/g, ' ').trim());

export interface DroppedLine {
  line: number;
  reason: string;
}

export interface Proposal {
  review: Review;
  /** Furniture dropped, with reasons (also in review.furniture, ranges merged). */
  dropped: DroppedLine[];
  /** Flattened tables found after a 表 caption that the draft could not rebuild: lines from..to; a person rebuilds them. */
  tables: { caption: string; from: number; to: number }[];
}

const squash = (text: string) => text.replace(/[\s\u3000]+/g, '');

/** The usual width of a full printed line: the 90th percentile of line widths. */
export function fullLineWidth(lines: readonly string[], wideQuotes = false): number {
  const widths = lines.map((l) => displayWidth(l, wideQuotes)).filter((w) => w > 0).sort((a, b) => a - b);
  return widths[Math.floor(widths.length * 0.9)] ?? 60;
}

/** Page furniture: repeated lines (running headers and footers), page numbers, spaced-out headers, axis labels. */
export function findFurniture(lines: readonly string[]): DroppedLine[] {
  const dropped = new Map<number, string>();
  const keyOf = (text: string) => squash(text).replace(/\d+/g, '#');
  const counts = new Map<string, number>();
  const lastAt = new Map<string, number>();
  /** Keys seen twice within a few lines: a running header or footer comes once a page, text may repeat closely. */
  const close = new Set<string>();
  lines.forEach((text, i) => {
    const key = keyOf(text);
    // Spaced-out running headers are dropped by their own rule; counted here, they would make the one
    // unspaced line with the same words (the title on a title page) look like a running header too.
    if (key.length < 2 || spacedOut(text.trim())) return;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (i - (lastAt.get(key) ?? -Infinity) < 8) close.add(key);
    lastAt.set(key, i);
  });
  const isCaption = (t: string) => FIGURE_CAPTION.test(t) || TABLE_CAPTION.test(t);
  /** Whether a run of axis-like (or blank) lines connects line i to a figure caption, before or after it. */
  const nearCaption = (i: number) =>
    [-1, 1].some((d) => {
      for (let j = i + d, steps = 0; j >= 0 && j < lines.length && steps < 20; j += d, steps++) {
        const t = lines[j]!.trim();
        if (FIGURE_CAPTION.test(t)) return true;
        if (t && !chartLabel(t)) return false;
      }
      return false;
    });
  const tocLike = (t: string) => TOC_ENTRY.test(t.trim());
  const nonBlank = (i: number, d: number) => {
    for (let j = i + d; j >= 0 && j < lines.length; j += d) if (lines[j]!.trim()) return lines[j]!;
    return '';
  };
  // A running header of a short document may come once only (a two-page notice): at a page break, a
  // short line that is the document's first line (its title) or whose characters are, in order, among
  // the title's (shortened: 服务外包统计工作通知 for 商务部办公厅关于做好…服务外包统计工作的通知).
  // The title line itself is never one.
  const titleAt = lines.findIndex((l) => l.trim());
  const title = squash(lines[titleAt] ?? '');
  const shortensTitle = (t: string) => {
    const chars = [...squash(t)];
    if (chars.length < 4 || chars.length > [...title].length) return false;
    let k = 0;
    for (const ch of title) if (ch === chars[k]) k++;
    return k === chars.length;
  };
  const atPageBreak = (i: number) => [-1, 1].some((d) => PAGE_NUMBER.test(nonBlank(i, d).trim()));
  lines.forEach((raw, i) => {
    const text = raw.trim();
    if (!text) return;
    const n = i + 1;
    const key = keyOf(text);
    if (PAGE_NUMBER.test(text)) dropped.set(n, 'page number');
    else if (RULE_LINE.test(text)) dropped.set(n, 'rule line (the line above a page’s footnotes, or a drawn separator)');
    else if (i !== titleAt && shortensTitle(text) && atPageBreak(i) && (displayWidth(text) <= 40 || squash(text) === title) && !CLAUSE_END.test(text) && !matchKind(text))
      dropped.set(n, squash(text) === title ? 'running header (the title, at a page break)' : 'running header (the title, shortened, at a page break)');
    else if (tocLike(text) && (tocLike(nonBlank(i, -1)) || tocLike(nonBlank(i, 1)))) dropped.set(n, 'table of contents entry (the site builds its own)');
    else if (spacedOut(text) && !matchKind(text)) dropped.set(n, 'running header (spaced-out characters)');
    else if (
      (counts.get(key) ?? 0) >= 3 &&
      !close.has(key) &&
      displayWidth(text) <= 40 &&
      !CLAUSE_END.test(text) &&
      !CAPTION_TAIL.test(text) &&
      !isCaption(text) &&
      !matchKind(text) &&
      /[\u4e00-\u9fffA-Za-z]/.test(text)
    ) {
      dropped.set(n, `repeated line (running header or footer, ${counts.get(key)} times)`);
    } else if (chartLabel(text) && nearCaption(i)) dropped.set(n, 'chart axis labels left by the extraction');
    else if (TOC_TITLE.test(text) && tocLike(nonBlank(i, 1))) dropped.set(n, 'table of contents title (the site builds its own)');
    else if (/^\d{1,3}$/.test(text)) {
      // A bare number is a page number unless it sits among other numbers (a flattened table column).
      const neighbour = (d: number) => {
        for (let j = i + d; j >= 0 && j < lines.length; j += d) if (lines[j]!.trim()) return lines[j]!.trim();
        return '';
      };
      if (!/^[\d.,%％\s-]+$/.test(neighbour(-1)) && !/^[\d.,%％\s-]+$/.test(neighbour(1))) dropped.set(n, 'page number');
    }
  });
  return [...dropped].map(([line, reason]) => ({ line, reason })).sort((a, b) => a.line - b.line);
}

function matchKind(text: string): HeadingKind | undefined {
  const t = text.trim();
  return HEADING_KINDS.filter((k) => k.pattern.test(t)).sort((a, b) => b.rank - a.rank)[0];
}

/** The value of a Chinese numeral (“十二” → “12”). */
function digits(s: string): string {
  const value = [...s].reduce((v, ch) => {
    const d = '零一二三四五六七八九'.indexOf(ch);
    if (ch === '十') return v === 0 ? 10 : v * 10;
    if (ch === '百') return v * 100;
    return d >= 0 ? Math.floor(v / 10) * 10 + (v % 10 === 0 ? d : v * 10 + d) : v;
  }, 0);
  return String(value || 1);
}

/** The kinds of the 第X章 / 第X节 / 一、 / （一） / 1、 / （1） ladder, whose numbers restart under each parent. */
const LADDER_KINDS = new Set(['第X章', '第X节', '一、', '（一）', '1、', '（1）']);

/** The number of a ladder heading (“（三）…” → “3”, “２、…” → “2”). */
function ladderNumber(text: string): string | undefined {
  const t = text.trim().normalize('NFKC').replace(/^[(（第]/, '');
  const arabic = /^(\d+)/.exec(t);
  if (arabic) return String(Number(arabic[1]));
  const chinese = new RegExp(`^(${CN_NUM})`).exec(t);
  return chinese ? digits(chinese[1]!) : undefined;
}

const uniqueIn = (used: Set<string>, base: string) => {
  let id = base;
  for (let k = 2; used.has(id); k++) id = `${base}-${k}`;
  used.add(id);
  return id;
};

/** An ASCII id for a heading: its numbering, which is stable and readable (“section-2”, “part-3-1”). */
function idFor(text: string, used: Set<string>, kind: HeadingKind | undefined, fallback = 'heading'): string {
  const t = text.trim().normalize('NFKC');
  let base = fallback;
  const numeric = /^(\d+(?:[.．]\d+)*)/.exec(t);
  const chinese = new RegExp(`^(?:第)?(${CN_NUM})`).exec(t.replace(/^[（(]/, ''));
  const english = /^[A-Za-z][A-Za-z\s]*/.exec(t);
  const code = /[A-Z]\d+/.exec(t);
  if (isCodeKind(kind) && code) base = code[0].toLowerCase();
  else if (kind?.name === '第X章') base = `chapter-${digits(chinese![1]!)}`;
  else if (kind?.name === '第X节') base = `section-${digits(chinese![1]!)}`;
  else if (numeric && kind) base = `part-${numeric[1]!.replace(/[.．]+$/, '').replace(/[.．]/g, '-')}`;
  else if (chinese && kind) base = `part-${digits(chinese[1]!)}`;
  else if (english) base = english[0].trim().toLowerCase().replace(/\s+/g, '-').slice(0, 30);
  return uniqueIn(used, base);
}

/** A footnote body at a page foot: its marker (a digit or a circled digit) then text. */
const FOOTNOTE_BODY = /^([1-9]\d?|[\u2460-\u2473])(?:\s*(?=[\u4e00-\u9fffA-Za-z《“])|\s+(?=\d+[\u4e00-\u9fff]))/;

/**
 * Footnotes: a marked line right above the page furniture (page number,
 * running header) is a footnote body; its marker is the same digit glued to
 * the text after a word or a closing bracket in the lines before it. Both
 * markers are deleted by edits; the reference goes where the text marker stood.
 */
export function findFootnotes(lines: readonly string[], dropped: ReadonlySet<number>): { footnotes: Review['footnotes']; edits: Review['edits'] } {
  const footnotes: Review['footnotes'] = [];
  const edits: Review['edits'] = [];
  const claimed = new Set<number>();
  // Where the extraction sets the first line of a page in by a space (and almost no other line), that
  // indent marks a page top, so a numbered note right above it stands at a page foot.
  const nonBlank = lines.filter((l) => l.trim());
  const indentedRare = nonBlank.filter((l) => /^[ \t\u3000]+\S/.test(l)).length <= nonBlank.length * 0.1;
  const pageTop = (n: number) => dropped.has(n) || (indentedRare && /^[ \t\u3000]+\S/.test(lines[n - 1]!));
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.trim();
    const match = FOOTNOTE_BODY.exec(text);
    if (!match || claimed.has(i + 1) || dropped.has(i + 1)) continue;
    // The body runs to the page furniture or the next page's top (or the end): up to three lines,
    // or up to ten where a page top closes it.
    let end = i;
    let next = i + 1;
    let bodyLines = 1;
    for (; next < lines.length; next++) {
      const t = lines[next]!.trim();
      if (!t) continue;
      if (pageTop(next + 1) || FOOTNOTE_BODY.test(t)) break;
      if (++bodyLines > 10) break;
      end = next;
    }
    const closedBy = next >= lines.length ? 'end' : dropped.has(next + 1) ? 'furniture' : pageTop(next + 1) ? 'page top' : FOOTNOTE_BODY.test(lines[next]!.trim()) ? 'note' : '';
    if (!closedBy || bodyLines > (closedBy === 'page top' ? 10 : 3)) continue;
    const marker = match[1]!;
    const inText = new RegExp(`(?<=[\\u4e00-\\u9fff%％）)”])${marker}(?![\\d.．年月日个家倍亿万元次项名位])`);
    let markerLine = -1;
    for (let j = i - 1; j >= Math.max(0, i - 80) && markerLine === -1; j--) {
      if (dropped.has(j + 1) || claimed.has(j + 1)) continue;
      if (inText.test(lines[j]!)) markerLine = j;
    }
    if (markerLine === -1) continue;
    const raw = lines[markerLine]!;
    const at = raw.search(inText);
    const find = raw.slice(at - 1, at + marker.length + 1);
    const replace = find.slice(0, 1) + find.slice(1 + marker.length);
    if (raw.indexOf(find) !== at - 1) continue; // the first occurrence must be this one: edits replace the first
    if (edits.some((e) => e.line === markerLine + 1 && (e.find.includes(find) || find.includes(e.find)))) continue;
    edits.push({ line: markerLine + 1, find, replace, reason: `footnote marker ${marker}` });
    const bodyRaw = lines[i]!;
    const bodyFind = bodyRaw.slice(bodyRaw.indexOf(marker), bodyRaw.indexOf(marker) + match[0].length + 1);
    edits.push({ line: i + 1, find: bodyFind, replace: bodyFind.slice(-1), reason: `footnote ${marker}: its number` });
    for (let n = i + 1; n <= end + 1; n++) claimed.add(n);
    footnotes.push({
      from: i + 1,
      to: end + 1,
      reason: `footnote ${marker} at the page foot`,
      marker: { line: markerLine + 1, find },
    });
  }
  // A bare line number is enough where the line has one edit.
  for (const f of footnotes) {
    if (typeof f.marker === 'object' && edits.filter((e) => e.line === (f.marker as { line: number }).line).length === 1) f.marker = f.marker.line;
  }
  edits.sort((a, b) => a.line - b.line);
  return { footnotes, edits };
}

/**
 * Whether the dump marks paragraph ends with a trailing space (some PDF
 * extractions do): most lines ending a sentence carry one, and almost no
 * full-width line in mid-sentence does.
 */
export function marksEndsWithTrailingSpace(lines: readonly string[], full: number): boolean {
  const trailing = (t: string) => /\S[ \t]+$/.test(t);
  const ends = lines.filter((t) => /[。！？]\s*$/.test(t));
  const middles = lines.filter((t) => displayWidth(t) >= full * 0.9 && !/[。！？：；”）]\s*$/.test(t));
  if (ends.length < 5 || middles.length < 5) return false;
  return ends.filter(trailing).length / ends.length > 0.7 && middles.filter(trailing).length / middles.length < 0.03;
}

/**
 * Which line breaks between a Chinese character and a number or Latin word stood for a space. The
 * extraction dropped every line-end space, so the break itself says nothing; the document's own
 * unbroken lines say how it sets numbers off, and each direction is judged on its own evidence,
 * because dumps differ by direction: “有 25 个”, “2020 年” are spaced nearly everywhere, while after a
 * number many Chinese characters follow unspaced (“3个”, “10%提升”). A direction whose lines space it in
 * at least four of five places gets its space back at a break; a direction the lines space only
 * sometimes is joined as the dump has it, adding no character the source does not show. A direction
 * with too few places to judge follows the two together.
 */
export function spacesScriptsAtBreaks(lines: readonly string[]): ScriptSpacing {
  if (lines.some((l) => /\S[ \t]+$/.test(l))) return false;
  const count = (pattern: RegExp) => lines.reduce((n, line) => n + (line.match(pattern) ?? []).length, 0);
  const afterChinese = { spaced: count(/[\u4e00-\u9fff] [0-9A-Za-z]/g), joined: count(/[\u4e00-\u9fff][0-9A-Za-z]/g) };
  const beforeChinese = { spaced: count(/[0-9A-Za-z%] [\u4e00-\u9fff]/g), joined: count(/[0-9A-Za-z%][\u4e00-\u9fff]/g) };
  const spaced = afterChinese.spaced + beforeChinese.spaced;
  const places = spaced + afterChinese.joined + beforeChinese.joined;
  if (places < 20) return false;
  const consistent = (d: { spaced: number; joined: number }) => (d.spaced + d.joined < 5 ? spaced >= places * 0.8 : d.spaced >= (d.spaced + d.joined) * 0.8);
  const [after, before] = [consistent(afterChinese), consistent(beforeChinese)];
  return after && before ? true : after ? 'after-chinese' : before ? 'before-chinese' : false;
}

/**
 * Whether the dump's columns make curly quotes and the em dash full-width, as the printed page did:
 * lines holding them reach the commonest width of the other lines more often counted wide than narrow.
 */
export function quotesAreWide(lines: readonly string[]): boolean {
  const QUOTED = /[“”‘’—]/;
  const counts = new Map<number, number>();
  for (const l of lines) if (!QUOTED.test(l)) counts.set(displayWidth(l), (counts.get(displayWidth(l)) ?? 0) + 1);
  const usual = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  const quoted = lines.filter((l) => QUOTED.test(l));
  if (usual === undefined || quoted.length < 5) return false;
  const hits = (wide: boolean) => quoted.filter((l) => displayWidth(l, wide) === usual).length;
  return hits(true) > hits(false) * 1.5;
}

/**
 * The landing page: the text before the first page. A title page (two or more short lines, none of them
 * running text: title, issuer, date) keeps one paragraph a line, and its first line, with a bracketed
 * line under it (“（2022 年度）”, “（征求意见稿）”), is proposed as the document's title. Otherwise the
 * text is published as paragraphs, under its first line as the title if that line is centred (a
 * notice's), else under a title left for a person to give.
 */
function landingOf(
  document: string,
  front: readonly { n: number; text: string }[],
  firstPage: number,
  full: number,
  lines: readonly string[],
  setOff: (l: { text: string }) => boolean,
): Review['landing'] {
  const titleOf = ([first, second]: readonly string[]) => (/^[（(].*[）)]$/.test(second ?? '') ? `${first}${second}` : first!);
  const titlePage = front.length >= 2 && front.every((l) => displayWidth(l.text) < full * 0.6 && !/[。！？；，,;]$/.test(l.text.trim()));
  if (titlePage) return { title: titleOf(front.map((l) => l.text.trim())), body: front.map((l) => proposeAnchor(l.n, lines)) };
  const centred = front[0] && setOff(front[0]) && !/[。！？；，,;：:]$/.test(front[0].text.trim());
  return { title: centred ? titleOf(front.map((l) => l.text.trim())) : document, body: [], ...(firstPage > 1 ? { to: firstPage - 1 } : {}) };
}

/** Proposes a review file for a dump: pages, headings, figures, furniture, paragraph rules. */
export function proposeReview(document: string, file: string, lines: readonly string[]): Proposal {
  const dropped = findFurniture(lines);
  const droppedSet = new Set(dropped.map((d) => d.line));
  const notes = findFootnotes(lines, droppedSet);
  const inFootnote = (n: number) => notes.footnotes.some((f) => n >= f.from && n <= f.to);
  const flow = lines.map((text, i) => ({ n: i + 1, text })).filter((l) => l.text.trim() !== '' && !droppedSet.has(l.n) && !inFootnote(l.n));
  const wideQuotes = quotesAreWide(flow.map((l) => l.text));
  const full = fullLineWidth(flow.map((l) => l.text), wideQuotes);
  // Classification codes number headings only where the document runs a ladder of them (three or more
  // lines under one letter); elsewhere a line such as “A1 级…” is text.
  const codeCounts = new Map<string, number>();
  for (const l of flow) {
    const letter = codeLetter(l.text.trim());
    if (letter) codeCounts.set(letter, (codeCounts.get(letter) ?? 0) + 1);
  }
  const kindOf = (text: string): HeadingKind | undefined => {
    const t = text.trim();
    const usable = HEADING_KINDS.filter((k) => k.pattern.test(t) && (!isCodeKind(k) || (codeCounts.get(codeLetter(t)!) ?? 0) >= 3));
    return usable.sort((a, b) => b.rank - a.rank)[0];
  };
  // Centred titles keep their indent in the dump: a short line set in by spaces, where almost no line is.
  const indentedLines = flow.filter((l) => /^[ \t\u3000]{2,}\S/.test(l.text)).length;
  const centredTitles = indentedLines > 0 && indentedLines <= Math.max(3, flow.length * 0.02);
  // Dumps that set each page's first line in by a space, and almost no other line.
  const pageTopsIndented = flow.filter((l) => /^[ \t\u3000]\S/.test(l.text)).length <= flow.length * 0.1;
  // Lines set off from the margin where the dump's running text is not: centred titles and document
  // numbers, a signature and its date set right. Each is a paragraph of its own, never wrapped text.
  // (displayWidth trims, so the indent is counted here: a space one column, an ideographic space two.)
  const indentOf = (t: string) => [.../^[ \t\u3000]*/.exec(t)![0]].reduce((w, ch) => w + (ch === '\u3000' ? 2 : 1), 0);
  // Set off means indented further than all but a few lines (at most 15 %): 4 columns where running text
  // starts at the margin, more where the dump keeps paragraph indents or a page margin (pdftotext -layout).
  const setOffAt = [4, 8, 12, 16, 24].find((t) => flow.filter((l) => indentOf(l.text) >= t).length <= flow.length * 0.15);
  const setOff = (l: { text: string }) => setOffAt !== undefined && indentOf(l.text) >= setOffAt && displayWidth(l.text.trim()) < full * 0.85;
  /** A line over a date, or a date itself, or a document number: a notice's signature block and header, not titles. */
  const signatureOrDate = (i: number) => {
    const t = flow[i]!.text.trim();
    return DATE_LINE.test(t) || DOCUMENT_NUMBER.test(t) || DATE_LINE.test(flow[i + 1]?.text.trim() ?? '');
  };
  const isBlockStart = (t: string) => !!kindOf(t) || FIGURE_CAPTION.test(t) || TABLE_CAPTION.test(t) || NAMED_SECTION.test(squash(t));

  // Headings: a ladder line, or a named section, that is not running text.
  type Found = { n: number; through: number; kind: HeadingKind | undefined; rank: number; text: string; runIn?: boolean | string };
  const found: Found[] = [];
  for (let i = 0; i < flow.length; i++) {
    const line = flow[i]!;
    const text = line.text.trim();
    const named = NAMED_SECTION.test(squash(text));
    const kind = named ? undefined : kindOf(text);
    const next = flow[i + 1];
    const nextText = next?.text.trim() ?? '';
    const previousText = flow[i - 1]?.text.trim() ?? '';
    // Closing quotes and brackets may end a title (崛起“网络文学之城”), unless a stop or comma precedes them.
    const unpunctuated = (t: string) => !/[。：:！？；，,;][”’」』）)]*$/.test(t);
    // A title line with no numbering: short, unpunctuated, after a finished paragraph and before a full line.
    // A title over a byline (“——商务部服贸司司长 …”) heads a speech or article, as does a centred title.
    const centred =
      !named &&
      !kind &&
      !signatureOrDate(i) &&
      // (A centred line right over another is part of a title block, title over issuer: a piece's title has a body.)
      ((centredTitles && /^[ \t\u3000]{2,}\S/.test(line.text) && !/^[ \t\u3000]{2,}\S/.test(next?.text ?? '')) || /^[—─-]{2}/.test(nextText)) &&
      !/[。，；：,;:]$/.test(text) &&
      /[\u4e00-\u9fff]/.test(text) &&
      displayWidth(text) < full * 0.6;
    const afterHeading = i > 0 && found.some((f) => f.through === flow[i - 1]!.n && !f.runIn);
    const standalone =
      !centred &&
      !named &&
      !kind &&
      !FIGURE_CAPTION.test(text) &&
      !TABLE_CAPTION.test(text) &&
      !CAPTION_TAIL.test(text) &&
      !BULLET.test(text) &&
      !isBoxTitle(text) &&
      unpunctuated(text) &&
      /[\u4e00-\u9fff]/.test(text) &&
      // Right under a heading a title may be long (an article's title under its section's).
      (displayWidth(text) < full * 0.6 || (afterHeading && displayWidth(text) < full * 0.85)) &&
      (/[。！？：”]$/.test(previousText) || (i > 0 && found.some((f) => f.through === flow[i - 1]!.n))) &&
      displayWidth(nextText) >= full * 0.7;
    if (!named && !kind && !standalone && !centred) continue;
    // A heading starts a block: the line before it ends a sentence, or is a heading, caption or source line.
    const previous = flow[i - 1];
    // (A numbered title at a page top, set in like every page's first line, starts a block whatever precedes it.)
    const numberedAtPageTop = !!kind && pageTopsIndented && /^[ \t\u3000]\S/.test(line.text);
    if (previous && !numberedAtPageTop && !/[。！？：:”」）)\uFFFD]$/.test(previousText) && displayWidth(previousText) >= full * 0.85 && !isBlockStart(previousText) && !CAPTION_TAIL.test(previousText) && !found.some((f) => f.through === previous.n)) continue;
    // A code-numbered run-in title: the name, a comma, then its definition (“B41 人力资源管理服务，承接…”).
    if (isCodeKind(kind)) {
      const end = /[，。]/.exec(text);
      if (end && end.index <= 30 && end.index < text.length - 1) {
        found.push({ n: line.n, through: line.n, kind, rank: kind!.rank, text: text.slice(0, end.index + 1), runIn: end[0] === '。' ? true : end[0] });
        continue;
      }
    }
    // A numbered run-in title: a short first sentence, then the paragraph on the same line (“１、参与主体。服务外包的…”).
    // Short: its number and up to about 16 characters, as report titles are (“（一）知识密集型服务贸易快速增长。”);
    // a first sentence with a comma or colon in it is running text whatever its length.
    const stop = text.indexOf('。');
    if (kind && kind.rank >= 40 && stop > 0 && stop <= 20 && stop < text.length - 1 && !/[，,；;：:]/.test(text.slice(0, stop))) {
      found.push({ n: line.n, through: line.n, kind, rank: kind.rank, text: text.slice(0, stop + 1), runIn: true });
      continue;
    }
    // Running text ends clauses; a short numbered line ending in 。 (“（一）修订原则。”) is still a title.
    // A numbered sentence right above a table or figure caption is that block's title.
    const titlesCaption = !!kind && (TABLE_CAPTION.test(nextText) || FIGURE_CAPTION.test(nextText));
    if (/[；，,;！？]$/.test(text) || /[。；;].+/.test(text) || (text.endsWith('。') && !(kind && (displayWidth(text) < full * 0.5 || titlesCaption)))) continue;
    let through = line.n;
    const wraps = !!next && !isBlockStart(nextText) && unpunctuated(nextText) && displayWidth(nextText) < full * 0.6;
    if (displayWidth(text) >= full - 4 && !wraps) continue; // a full line of running text that happens to start with a number
    if (wraps && displayWidth(text) >= full * 0.6) {
      // The title wraps onto a short, unpunctuated next line.
      through = next.n;
      i++;
    }
    found.push({ n: line.n, through, kind, rank: kind?.rank ?? (centred ? 5 : standalone ? 70 : 25), text });
  }
  // A kind used once in a long document is more likely a numbered list item than a heading ladder level.
  const ranks = [...new Set(found.map((f) => f.rank))].sort((a, b) => a - b);
  const count = (rank: number) => found.filter((f) => f.rank === rank).length;
  const pageRank = ranks.find((r) => r !== 25 && count(r) >= 2) ?? ranks[0];

  const used = new Set<string>(['index']);
  const pageLines = found.filter((f) => f.rank === pageRank && f.rank !== 25);
  const firstPage = pageLines[0]?.n ?? lines.length + 1;
  const pages: Review['pages'] = pageLines.map((f, i) => ({
    // An unnumbered title (a centred one, a speech's) gets page-1, page-2…: a person names it.
    slug: idFor(f.text, used, f.kind, 'page'),
    title: proposeAnchor(f.n, lines),
    to: (pageLines[i + 1]?.n ?? lines.length + 1) - 1,
  }));
  // Heading ids need only be unique on their page, and are numbered there alone, so that a heading added
  // on one page never renumbers another page's ids (they become URLs). A ladder heading's id carries the
  // numbers of the ladder headings above it: （二） under 三、 is part-3-2.
  const pageOf = (n: number) => (n < firstPage ? -1 : pages.findIndex((p) => n <= p.to));
  // Levels follow the ladder ranks present on each page, so that a chapter without 第X节 sets its 一、
  // at level 2 rather than skipping a level under the page title (named sections are always level 2).
  const levelOf = (f: Found) => {
    if (f.rank === 25) return 2;
    const page = pageOf(f.n);
    const onPage = [...new Set(found.filter((g) => g.rank !== pageRank && g.rank !== 25 && pageOf(g.n) === page).map((g) => g.rank))].sort((a, b) => a - b);
    return Math.min(2 + onPage.indexOf(f.rank), 6) as 2 | 3 | 4 | 5 | 6;
  };
  let pageIndex = Number.NaN;
  let headingIds = new Set<string>();
  let ladder: { rank: number; number: string }[] = [];
  const headings: Review['headings'] = found
    .filter((f) => !pageLines.includes(f))
    .map((f) => {
      const page = pageOf(f.n);
      if (page !== pageIndex) {
        pageIndex = page;
        headingIds = new Set();
        ladder = [];
      }
      while (ladder.length && ladder.at(-1)!.rank >= f.rank) ladder.pop();
      const number = f.kind && LADDER_KINDS.has(f.kind.name) ? ladderNumber(f.text) : undefined;
      if (number) ladder.push({ rank: f.rank, number });
      const id =
        number && f.kind!.rank >= 30
          ? uniqueIn(headingIds, `part-${ladder.map((l) => l.number).join('-')}`)
          : f.kind
          ? idFor(f.text, headingIds, f.kind)
          : idFor(squash(f.text).normalize('NFKC').toLowerCase().replace(/[^a-z]/g, '') || 'section', headingIds, undefined);
      return {
        at: proposeAnchor(f.n, lines),
        level: levelOf(f),
        id,
        ...(f.through !== f.n ? { through: proposeAnchor(f.through, lines) } : {}),
        ...(f.runIn ? { runIn: f.runIn } : {}),
      };
    });

  // Figures: the caption and the 数据来源 / 注 lines right after it.
  const figureIds = new Set<string>();
  const figures: Review['figures'] = [];
  const tables: Proposal['tables'] = [];
  const tableEntries: Review['tables'] = [];
  /**
   * A flattened table between flow[caption] and flow[end] (exclusive) as a table entry, when it is
   * unambiguous: one unbroken run of source lines (no page furniture inside), a header and at least two
   * rows that all split at spaces into the same number (2 or more) of cells, after a block it can follow.
   * Anything else stays a comment for a person to rebuild (merged cells, wrapped cells, page breaks).
   */
  const tableEntry = (caption: number, end: number): Review['tables'][number][] | undefined => {
    const body = flow.slice(caption + 1, end);
    const footer = flow[end] && CAPTION_TAIL.test(flow[end]!.text.trim()) ? flow[end] : undefined;
    const last = footer ?? body.at(-1)!;
    const first = flow[caption]!;
    const before = flow[caption - 1];
    if (!before || body.length < 3 || pageLines.some((p) => p.n === before.n)) return undefined;
    // The table's runs of lines: a page break (dropped furniture) between two rows starts a new run.
    const flowLines = new Set(flow.map((l) => l.n));
    const runs: { from: number; to: number }[] = [];
    for (let n = first.n; n <= last.n; n++) {
      if (!lines[n - 1]!.trim()) continue;
      if (!flowLines.has(n)) {
        if (!droppedSet.has(n)) return undefined; // a footnote or anything else inside: a person decides
        continue;
      }
      const run = runs.at(-1);
      if (run && [...Array(n - run.to - 1).keys()].every((k) => !droppedSet.has(run.to + 1 + k))) run.to = n;
      else runs.push({ from: n, to: n });
    }
    const texts = body.map((l) => l.text.trim());
    // Running text is no row (a sentence can split at spaces into as many parts as a header), nor is a
    // header repeated after a page break.
    if (texts.some((t, k) => /[。；，,;]$/.test(t) || (k > 0 && t === texts[0]))) return undefined;
    const split = texts.map(tableCells);
    // Where a number and its Chinese word had to be rejoined, the engine's split at spaces would be wrong.
    if (split.some((c, k) => c.length !== texts[k]!.split(/\s+/).length)) return undefined;
    const cells = split.map((c) => c.length);
    if (cells[0]! < 2 || cells.some((c) => c !== cells[0]) || split.flat().some((c) => displayWidth(c) > 24)) return undefined;
    const number = /\d+(?:\s*[-－—–.．]\s*\d+)?/.exec(first.text.trim())![0].replace(/\s/g, '').replace(/[－—–.．]/g, '-');
    let id = `table-${number}`;
    for (let k = 2; tableEntries.some((t) => t.id === id); k++) id = `table-${number}-${k}`;
    const reason = `flattened table (${cells[0]} columns, ${body.length - 1} rows), rebuilt from its lines`;
    return runs.map((run, k) =>
      k === 0
        ? {
            id,
            ...run,
            reason,
            after: proposeAnchor(before.n, lines),
            caption: [first.n],
            header: body[0]!.n,
            rows: body.slice(1).map((l) => l.n),
            footer: footer ? [footer.n] : [],
          }
        : { id, ...run, reason: `${reason}, continued after a page break`, caption: [], rows: [], footer: [] },
    );
  };
  flow.forEach((line, i) => {
    const text = line.text.trim();
    if (FIGURE_CAPTION.test(text)) {
      let j = i;
      while (flow[j + 1] && CAPTION_TAIL.test(flow[j + 1]!.text.trim())) j++;
      const number = /\d+(?:\s*[-－—–.．]\s*\d+)?/.exec(text)![0].replace(/\s/g, '').replace(/[－—–.．]/g, '-');
      let id = `fig-${number}`;
      for (let k = 2; figureIds.has(id); k++) id = `fig-${number}-${k}`;
      figureIds.add(id);
      figures.push({ at: proposeAnchor(line.n, lines), id, ...(j > i ? { through: proposeAnchor(flow[j]!.n, lines) } : {}) });
    } else if (TABLE_CAPTION.test(text)) {
      // The flattened table runs until the next line of running text (a long line ending a sentence) or block.
      let j = i + 1;
      while (flow[j] && !isBlockStart(flow[j]!.text.trim()) && !CAPTION_TAIL.test(flow[j]!.text.trim()) && !(displayWidth(flow[j]!.text) > full * 0.7 && /[。，]/.test(flow[j]!.text))) j++;
      if (j > i + 1) tables.push({ caption: text, from: flow[i + 1]!.n, to: flow[j - 1]!.n });
      if (j > i + 1) {
        const rebuilt = tableEntry(i, j);
        if (rebuilt) tableEntries.push(...rebuilt);
      }
    }
  });

  // 专栏 boxes: from the title to the line before the next heading, caption, page or box.
  const headingLines = new Set(found.map((f) => f.n));
  const boundary = (t: string, n: number) => headingLines.has(n) || isBoxTitle(t) || FIGURE_CAPTION.test(t) || TABLE_CAPTION.test(t);
  const boxes: Review['boxes'] = [];
  const glyphEdits: Review['edits'] = [];
  flow.forEach((line, i) => {
    if (!isBoxTitle(line.text)) return;
    let j = i + 1;
    while (flow[j] && !boundary(flow[j]!.text.trim(), flow[j]!.n)) j++;
    if (j === i + 1) return; // a title with nothing after it is no box
    boxes.push({ at: proposeAnchor(line.n, lines), through: proposeAnchor(flow[j - 1]!.n, lines), id: `box-${boxes.length + 1}` });
    // The glyph is the PDF's decoration of the title, not text: the title is set in bold without it.
    const glyph = LEADING_GLYPH.exec(line.text.trimStart());
    if (glyph) glyphEdits.push({ line: line.n, find: glyph[0], replace: '', reason: 'bullet glyph before a 专栏 title' });
  });

  // A figure set in the middle of a sentence (the line before it stops mid-clause and the line after
  // it goes on) is published after the end of that paragraph, as the reviewer of a report would move it.
  const rules: ParagraphRules = { shortBelow: Math.max(8, full - 8), indentedAtMost: Math.max(8, full - 4) };
  const moves: Review['moves'] = [];
  flow.forEach((line, i) => {
    if (!FIGURE_CAPTION.test(line.text.trim())) return;
    let j = i;
    while (flow[j + 1] && CAPTION_TAIL.test(flow[j + 1]!.text.trim())) j++;
    const before = flow[i - 1];
    const after = flow[j + 1];
    if (!before || !after) return;
    const b = before.text.trim();
    const startsBlock = (l: { n: number; text: string }) => isBlockStart(l.text.trim()) || headingLines.has(l.n) || CAPTION_TAIL.test(l.text.trim());
    if (/[。！？：；”’）)」』]$/.test(b) || startsBlock(before) || startsBlock(after) || displayWidth(b) < full * 0.85) return;
    let k = j + 1;
    while (flow[k + 1] && !endsParagraph(flow[k]!, flow[k + 1], rules) && !startsBlock(flow[k + 1]!)) k++;
    const tail = [...b].slice(-6).join('');
    const head = [...after.text.trim()].slice(0, 6).join('');
    moves.push({ from: line.n, to: flow[j]!.n, after: flow[k]!.n, reason: `the figure interrupts the sentence “…${tail} / ${head}…” (L${before.n}/L${after.n}); published after the end of its paragraph` });
  });

  // Paragraph breaks the layout rules cannot see: before a bullet; around table captions (Chinese or
  // English), English figure captions and 数据来源 / 注 lines, which stand alone.
  const standsAlone = (t: string) => TABLE_CAPTION.test(t) || EN_CAPTION.test(t) || CAPTION_TAIL.test(t);
  const breakAfter = new Set<number>();
  const short = (t: string) => displayWidth(t) < full * 0.6;
  /** A set-off line (a centred title, a signature), a date, a document number or a short label line (联系人：…). */
  const alone = (l: { text: string }, t: string) => setOff(l) || DATE_LINE.test(t) || DOCUMENT_NUMBER.test(t) || (FIELD_LINE.test(t) && short(t));
  flow.forEach((line, i) => {
    const next = flow[i + 1];
    if (!next) return;
    const text = line.text.trim();
    const nextText = next.text.trim();
    if (BULLET.test(nextText) || standsAlone(nextText) || standsAlone(text)) breakAfter.add(line.n);
    // A numbered item that is no heading (（二）…, 2、…) after the end of a sentence starts a paragraph, even
    // where both lines are full. (Before a heading the paragraph ends anyway.)
    if (/[。！？；]$/.test(text) && kindOf(nextText) && !headingLines.has(next.n)) breakAfter.add(line.n);
    // Such a line stands alone, whether or not it ends a sentence. (A label line breaks from the line
    // before it only when that line is short too: a wrapped full line may end just before a colon.)
    if (alone(line, text) || (alone(next, nextText) && (!FIELD_LINE.test(nextText) || short(text)))) breakAfter.add(line.n);
  });

  // English words hyphenated at a line end (“out-” / “sourcing”): the hyphen goes, the word joins up.
  const hyphenEdits: Review['edits'] = [];
  flow.forEach((line, i) => {
    const text = line.text.trimEnd();
    const word = /[A-Za-z]*[a-z]-$/.exec(text);
    const next = flow[i + 1]?.text.trim() ?? '';
    if (!word || !/^[a-z]/.test(next) || text.indexOf(word[0]) !== word.index) return;
    hyphenEdits.push({ line: line.n, find: word[0], replace: word[0].slice(0, -1), reason: `end-of-line hyphen (“${word[0]}/${/^[a-z]+/.exec(next)![0]}”); the word is joined across the line break` });
  });

  const furniture: Review['furniture'] = [];
  for (const d of dropped) {
    const last = furniture.at(-1);
    if (last && last.to === d.line - 1 && last.reason === d.reason) last.to = d.line;
    else furniture.push({ from: d.line, to: d.line, reason: d.reason });
  }

  const review: Review = {
    file,
    landing: landingOf(document, flow.filter((l) => l.n < firstPage), firstPage, full, lines, setOff),
    pages,
    paragraphs: {
      shortBelow: Math.max(8, full - 8),
      indentedAtMost: Math.max(8, full - 4),
      // A Chinese sentence ends at one of these; a line ending in a number (“增长 9.2%” / “和 14.6%。”) goes on.
      endWith: '。！？：；',
      closers: '”’」』）)',
      wideQuotes,
      spaceBetweenScripts: spacesScriptsAtBreaks(flow.map((l) => l.text)),
      bulletLists: flow.some((l) => BULLET.test(l.text.trim())),
      trailingSpaceEnds: marksEndsWithTrailingSpace(flow.map((l) => l.text), full),
      breakAfter: [...breakAfter]
        .filter((n) => !tableEntries.some((t) => n >= t.from && n <= t.to))
        .sort((a, b) => a - b)
        .map((n) => proposeAnchor(n, lines)),
      joinAfter: [],
    },
    headings,
    addedHeadings: [],
    leads: [],
    boxes,
    figures,
    notes: [],
    furniture,
    edits: [...notes.edits, ...glyphEdits, ...hyphenEdits].sort((a, b) => a.line - b.line),
    footnotes: notes.footnotes,
    tables: tableEntries,
    moves,
  };
  return { review, dropped, tables: tables.filter((t) => !tableEntries.some((e) => t.from > e.from && t.from <= e.to)) };
}
