/**
 * Query planning: from what a reader types to a Pagefind query, the exact
 * strings every result must contain, and the terms to highlight.
 */
import { normalizeText, type T2S } from './normalize.ts';
import { phraseTokens, pieces } from './tokens.ts';

/** Words of a question that carry no search meaning (劳务派遣算不算服务外包？). */
const QUESTION_WORDS = ['算不算', '是不是', '属不属于', '属于', '是否', '什么', '怎么', '如何', '哪些', '多少', '吗', '呢', '的定义', '定义', '是'];

export interface QueryPlan {
  /** The string handed to pagefind.search(). */
  pagefind: string;
  /** Normalized strings that every result's text must contain (checked after retrieval). */
  required: string[];
  /** Strings to highlight in excerpts and on the opened page. */
  highlight: string[];
}

/** Longest-match segmentation of a Chinese run against known terms; unknown stretches stay whole. */
export function segmentKnown(run: string, dictionary: ReadonlySet<string>, maxLength = 12): string[] {
  const chars = [...run];
  const out: string[] = [];
  let unknown = '';
  for (let i = 0; i < chars.length; ) {
    let match = '';
    for (let len = Math.min(maxLength, chars.length - i); len >= 2; len--) {
      const candidate = chars.slice(i, i + len).join('');
      if (dictionary.has(candidate)) {
        match = candidate;
        break;
      }
    }
    if (match) {
      if (unknown) out.push(unknown);
      unknown = '';
      out.push(match);
      i += [...match].length;
    } else {
      unknown += chars[i];
      i++;
    }
  }
  if (unknown) out.push(unknown);
  return out;
}

function stripQuestionWords(run: string): string {
  let out = run;
  for (const word of QUESTION_WORDS) out = out.split(word).join(' ');
  return out;
}

function plan(parts: string[]): QueryPlan {
  const unique = [...new Set(parts.filter(Boolean))];
  // Longest part as the exact phrase Pagefind matches; the rest as tokens, checked exactly afterwards.
  const ordered = [...unique].sort((a, b) => [...b].length - [...a].length);
  const tokensOf = (part: string) =>
    pieces(part).flatMap((p) => (p.kind === 'cjk' ? phraseTokens(p.text) : [p.text]));
  const quoted = (part: string) => {
    const tokens = tokensOf(part);
    return tokens.length > 1 ? `"${tokens.join(' ')}"` : (tokens[0] ?? '');
  };
  const [first, ...rest] = ordered;
  if (first === undefined) return { pagefind: '', required: [], highlight: [] };
  // Pagefind takes one quoted phrase; the other parts go in as plain tokens and are checked exactly afterwards.
  const pagefind = [quoted(first), ...rest.flatMap(tokensOf)].filter(Boolean).join(' ');
  return { pagefind, required: unique, highlight: unique };
}

/**
 * The exact plan: every Chinese run and word of the query, as typed, must
 * appear. Used first.
 */
export function exactPlan(raw: string, t2s: T2S = {}): QueryPlan {
  const text = normalizeText(raw, t2s);
  return plan(phraseParts(text));
}

/**
 * The parts a query must contain: each Chinese run, and each run of Latin
 * words and numbers separated only by spaces as one phrase
 * ("business process outsourcing").
 */
export function phraseParts(text: string): string[] {
  const parts: string[] = [];
  const pattern = /[\u3400-\u9fff]+|[a-z0-9]+(?:\.[0-9]+)*(?:[ \t]+[a-z0-9]+(?:\.[0-9]+)*)*/g;
  for (const m of text.matchAll(pattern)) parts.push(m[0].replace(/[ \t]+/g, ' '));
  return parts;
}

/**
 * The relaxed plan for questions and long phrases that do not appear as
 * typed: question words are dropped and Chinese runs are cut into known terms;
 * all known terms must appear. Returns undefined when nothing known remains.
 */
export function relaxedPlan(raw: string, dictionary: ReadonlySet<string>, t2s: T2S = {}): QueryPlan | undefined {
  const text = stripQuestionWords(normalizeText(raw, t2s));
  const parts: string[] = [];
  let known = 0;
  for (const part of phraseParts(text)) {
    if (!/^[\u3400-\u9fff]+$/.test(part)) {
      parts.push(part);
      continue;
    }
    for (const segment of segmentKnown(part, dictionary)) {
      // Only whole known terms: an unknown stretch (量子 in 量子计算, 商 in
      // 服务外包商) means the query names something the site does not have,
      // and dropping or keeping it would only find pages sharing its other words.
      if (!dictionary.has(segment)) return undefined;
      parts.push(segment);
      known++;
    }
  }
  if (known === 0) return undefined;
  return plan(parts);
}

/** Whether a normalized text contains every required string. */
export function satisfies(text: string, required: readonly string[]): boolean {
  return required.every((r) => text.includes(r));
}
