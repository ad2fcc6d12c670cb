/**
 * The one segmentation used both when indexing and when querying.
 *
 * Pagefind's own Chinese segmentation (ICU dictionaries) splits domain terms
 * into fragments (服务外包 → 服务|外|包) and segments differently at index time
 * and at query time, so a query matches pages that merely share characters.
 * Here every run of Chinese characters becomes a sequence of overlapping
 * character bigrams, each written as an ASCII token that Pagefind indexes as
 * one word. A Chinese query becomes the same bigram tokens, searched as an
 * exact phrase: Pagefind then returns exactly the sections that contain the
 * query string. The last character of each run also gets a token, so a
 * one-character query (a prefix of tokens) still finds every occurrence.
 * Latin words and numbers stay as they are (lower-cased).
 */
import { compactText } from './normalize.ts';

/** First code point of the Chinese range encoded (CJK Extension A … Unified Ideographs). */
const CJK_START = 0x3400;
const CJK_END = 0x9fff;
const PREFIX = 'zh';
const END = 'zzz';

export function isCjk(ch: string): boolean {
  const cp = ch.codePointAt(0)!;
  return cp >= CJK_START && cp <= CJK_END;
}

/** Three base-36 digits per character: 0x3400–0x9FFF fits in 36³. */
export function charCode(ch: string): string {
  return (ch.codePointAt(0)! - CJK_START).toString(36).padStart(3, '0');
}

export type Piece = { kind: 'cjk'; text: string } | { kind: 'word'; text: string };

/**
 * Splits normalized text into runs of Chinese characters and Latin/number
 * words; everything else (punctuation, spaces) separates pieces.
 */
export function pieces(text: string): Piece[] {
  const out: Piece[] = [];
  const pattern = /([\u3400-\u9fff]+)|([a-z0-9]+(?:\.[0-9]+)*)/g;
  for (const m of text.toLowerCase().matchAll(pattern)) {
    out.push(m[1] ? { kind: 'cjk', text: m[1] } : { kind: 'word', text: m[2]! });
  }
  return out;
}

/** Bigram tokens of one Chinese run, plus the end token of its last character. */
export function runTokens(run: string): string[] {
  const chars = [...run];
  const tokens: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) tokens.push(PREFIX + charCode(chars[i]!) + charCode(chars[i + 1]!));
  if (chars.length) tokens.push(PREFIX + charCode(chars.at(-1)!) + END);
  return tokens;
}

/**
 * The token stream that is indexed for a (normalized) text: of its compact
 * form, so Chinese runs continue across punctuation and spaces and a phrase
 * typed without the page's quotes or brackets still stands consecutively.
 */
export function indexTokens(text: string): string[] {
  return pieces(compactText(text.toLowerCase())).flatMap((p) => (p.kind === 'cjk' ? runTokens(p.text) : [p.text]));
}

/**
 * Tokens of a (normalized) query phrase, Chinese runs and words together, in
 * the order the index holds them: a run followed by anything keeps its end
 * token, as in the index; only the last run is searched as a prefix.
 */
export function queryTokens(text: string): string[] {
  const all = pieces(compactText(text));
  return all.flatMap((p, i) => (p.kind === 'cjk' ? (i === all.length - 1 ? phraseTokens(p.text) : runTokens(p.text)) : [p.text]));
}

/**
 * Tokens that find a Chinese string as a phrase: its bigrams, or for a single
 * character the prefix shared by all tokens that start with it.
 */
export function phraseTokens(run: string): string[] {
  const chars = [...run];
  if (chars.length === 1) return [PREFIX + charCode(chars[0]!)];
  return runTokens(run).slice(0, -1);
}
