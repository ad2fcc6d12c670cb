/**
 * Query and index text are normalized the same way: full-width forms to
 * half-width (ＩＴＯ → ITO) by NFKC, Latin lower-cased, and traditional
 * characters mapped to the simplified ones the documents use (服務 → 服务).
 */

/** Traditional → simplified character map, restricted to characters that matter for this corpus. */
export type T2S = Readonly<Record<string, string>>;

/** Queries longer than this are cut before they reach the URL or the engine. */
export const MAX_QUERY_LENGTH = 200;

export function capQuery(query: string): string {
  return [...query.trim()].slice(0, MAX_QUERY_LENGTH).join('').trim();
}

export function normalizeText(text: string, t2s: T2S = {}): string {
  let out = '';
  for (const ch of text.normalize('NFKC').toLowerCase()) out += t2s[ch] ?? ch;
  return out;
}

const CJK = '\\u3400-\\u9fff';
/** Sentence and clause marks (and block boundaries, written as U+2029 in index text) end a run. */
const HARD = /[，。、；：！？,;:!?\u2029\n]+/g;
/** The mark a hard boundary leaves in compact text. */
export const BOUNDARY = '|';
const SEPARATORS = new RegExp(`[^${CJK}a-z0-9.|]+`, 'g');
const SPACE_BY_CJK = new RegExp(`(?<=[${CJK}|]) | (?=[${CJK}|])`, 'g');

/**
 * Normalized text without the quotes, brackets and spaces that readers type
 * or leave out at will: Chinese characters run on across them
 * (“千百十工程”以来 → 千百十工程以来), Latin words and numbers stay apart by one
 * space, and sentence and clause marks (，。、；：) become one boundary mark
 * (|), so words of different clauses never run together (陕西、安徽 does not
 * hold 西安). Index and query are compared in this form, so a pasted sentence
 * matches with or without the page's 《》, “” or spaces, and text never splits
 * where inline markup sat.
 */
export function compactText(normalized: string): string {
  return normalized
    .replace(/(?<![0-9])\.|\.(?![0-9])/g, '。')
    .replace(HARD, ` ${BOUNDARY} `)
    .replace(SEPARATORS, ' ')
    .replace(/ +/g, ' ')
    .replace(SPACE_BY_CJK, '')
    .replace(/\|+/g, BOUNDARY)
    .replace(/^\||\|$/g, '')
    .trim();
}
