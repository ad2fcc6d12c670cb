/**
 * The one segmentation used both when indexing and when querying.
 *
 * Pagefind's own Chinese segmentation (ICU dictionaries) splits domain terms
 * into fragments (服务外包 → 服务|外|包) and segments differently at index time
 * and at query time, so a query matches pages that merely share characters.
 * Here each character of a run of Chinese characters gives GRAM tokens in a
 * row: the strings of 1, 2 … GRAM characters of its run that start with it
 * (near the run's end, what is left, repeated), each written in ASCII so that
 * Pagefind indexes it as one word. Any string of up to GRAM characters is
 * then one exact word, found by ONE exact Pagefind search, and a longer
 * phrase by a few whose positions must line up (see phraseAnchors).
 *
 * Why: Pagefind sorts the words and cuts the index into chunks of about 20,000
 * locations, and a search loads every chunk holding one of its words. With
 * character pairs a phrase needed one word per character, each starting with
 * a different character, so each landed in a different ~27 KB chunk (a
 * six-character term loaded five); here a term of up to GRAM characters loads
 * one. Every string of up to GRAM characters is a word of its own, so the
 * engine can ask Pagefind for the exact word (which sections hold it) and not
 * only for a prefix (for which Pagefind widens an absent string to a shorter
 * one that exists): see SearchEngine.searchToken.
 * Latin words and numbers stay as they are (lower-cased), one position each.
 */
import { compactText } from './normalize.ts';

/** First code point of the Chinese range encoded (CJK Extension A … Unified Ideographs). */
const CJK_START = 0x3400;
const CJK_END = 0x9fff;
const PREFIX = 'zh';

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

/** Longest string of Chinese characters written as one token, and so the positions each character takes. */
export const GRAM = 4;

const codeOf = (codes: readonly string[]) => PREFIX + codes.join('');

/**
 * The tokens of one Chinese run: for each character, the strings of 1 … GRAM
 * characters starting with it (cut at the run's end, so its last characters
 * repeat their longest string), GRAM tokens per character.
 */
export function runTokens(run: string): string[] {
  const codes = [...run].map(charCode);
  return codes.flatMap((_, i) => Array.from({ length: GRAM }, (_, k) => codeOf(codes.slice(i, i + Math.min(k + 1, codes.length - i)))));
}

/**
 * The token stream that is indexed for a (normalized) text: of its compact
 * form, so Chinese runs continue across punctuation and spaces and a phrase
 * typed without the page's quotes or brackets still stands consecutively.
 */
export function indexTokens(text: string): string[] {
  return pieces(compactText(text.toLowerCase())).flatMap((p) => (p.kind === 'cjk' ? runTokens(p.text) : [p.text]));
}

/** One token to search for (an exact word), and its position relative to the phrase's start. */
export interface Anchor {
  token: string;
  offset: number;
}

/**
 * The searches that find a (normalized) phrase: a section holds the phrase
 * where each anchor token stands at its offset (relative to the others). Every
 * character and word of the phrase is covered: a Latin word or number by
 * itself, a Chinese run by strings of GRAM characters starting every GRAM
 * characters, the last one ending with the run (so a run of up to GRAM
 * characters is one search, and 知识流程外包 two). A Latin word takes one
 * position and a Chinese character GRAM, as in the index; a run that ends
 * inside the phrase ends there in the text too, because the next anchor must
 * follow it directly.
 */
export function phraseAnchors(text: string): Anchor[] {
  const anchors: Anchor[] = [];
  let position = 0;
  for (const piece of pieces(compactText(text))) {
    if (piece.kind === 'word') {
      anchors.push({ token: piece.text, offset: position++ });
      continue;
    }
    const codes = [...piece.text].map(charCode);
    const starts: number[] = [];
    for (let j = 0; j + GRAM < codes.length; j += GRAM) starts.push(j);
    starts.push(Math.max(0, codes.length - GRAM));
    for (const j of starts) {
      const gram = codes.slice(j, j + GRAM);
      anchors.push({ token: codeOf(gram), offset: position + j * GRAM + gram.length - 1 });
    }
    position += codes.length * GRAM;
  }
  return anchors;
}
