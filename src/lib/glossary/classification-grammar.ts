/**
 * The grammar of the 2015 服务外包统计分类 as section （三） of
 * 《服务外包统计操作指引》 prints it, and the anchors the site gives its
 * entries. One module for both readers of that section: the glossary
 * extraction (scripts/glossary-extract.ts) and the test that the guide's
 * review file (src/data/documents/zhejiang-statistics-training-2015/
 * review.yaml) anchors every heading and typical business where the
 * glossary links. Pure functions.
 *
 *   门类      “1、信息技术外包（ITO）。”
 *   大类      “（1）I1 软件研发外包，指软件外包和…”
 *   中类      “I11 软件研发及开发服务，根据用户要求…”
 *   典型业务  “典型业务 1：定制软件开发，根据客户需求…” (once misprinted “典行业务”)
 */

export type ClassificationEntry =
  | { level: '门类'; code: string; name: string }
  | { level: '大类' | '中类'; code: string; name: string; definition: string }
  | { level: '典型业务'; label: string; number: number; name: string; text: string };

const CATEGORY = /^\d、(.+?)（(ITO|BPO|KPO)）。$/;
const DIVISION = /^（\d）([IBK]\d) (.+?)，(.+)$/;
const CLASS = /^([IBK]\d{2}) (.+?)，(.+)$/;
const TYPICAL = /^(典[型行]业务) ?(\d)：? ?(.+?)，(.+)$/;

/** Reads one paragraph (or the first line of one) of section （三）; undefined for any other text. */
export function parseClassificationEntry(text: string): ClassificationEntry | undefined {
  let m: RegExpExecArray | null;
  if ((m = CATEGORY.exec(text))) return { level: '门类', code: m[2]!, name: `${m[1]}（${m[2]}）` };
  if ((m = DIVISION.exec(text))) return { level: '大类', code: m[1]!, name: m[2]!, definition: m[3]! };
  if ((m = CLASS.exec(text))) return { level: '中类', code: m[1]!, name: m[2]!, definition: m[3]! };
  if ((m = TYPICAL.exec(text))) return { level: '典型业务', label: m[1]!, number: Number(m[2]), name: m[3]!, text: m[4]! };
  return undefined;
}

/** The anchor (and glossary slug) of a 门类, 大类 or 中类: its code in lower case (`ito`, `i1`, `i11`). */
export const classificationAnchor = (code: string) => code.toLowerCase();

/** The anchor of the n-th 典型业务 of a 中类, n as the source numbers it (`i11-t1`). */
export const typicalBusinessAnchor = (classCode: string, n: number) => `${classificationAnchor(classCode)}-t${n}`;

const ENTRY_START = /^(?:典[型行]业务 ?\d|[IBK]\d{2} |（\d）[IBK]\d |\d、)/;

/** Whether a line opens an entry (so that it starts a paragraph, whatever ends the line before). */
export const startsClassificationEntry = (line: string) => ENTRY_START.test(line.trim());
