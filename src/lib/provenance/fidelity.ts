/**
 * Fidelity of a published document to its source: every sentence of the
 * source's reading flow appears in the published text, in order, exactly once.
 * Pure functions; tests/site/fidelity.test.ts feeds them the built pages.
 */
import type { MappedSource } from './source-map.ts';
import { countOccurrences, normalizeForCompare, splitSentences } from './source-text.ts';

export interface FidelityReport {
  sentences: number;
  inOrder: number;
  missing: string[];
  outOfOrder: string[];
  duplicated: { sentence: string; source: number; published: number }[];
  footnotes: { total: number; missing: string[] };
  tables: { id: string; missingTokens: string[]; found: boolean }[];
  coverage: number;
}

/** The full normalized source text that may legitimately appear (flow, footnotes and tables). */
function allSourceText(mapped: MappedSource): string {
  return normalizeForCompare(
    [...mapped.flow, ...mapped.footnotes.flatMap((f) => f.lines), ...mapped.tables.flatMap((t) => t.lines)]
      .map((l) => l.text)
      .join(''),
  );
}

export interface PublishedText {
  /** Normalized reading text of all pages in order (no editorial notes, footnotes or footnote markers). */
  main: string;
  /** Normalized text of the footnotes of all pages. */
  footnotes: string;
  /** Normalized text of each table block, by id. */
  tables: Map<string, string>;
}

/** Whitespace-separated tokens of table source lines; numbers are compared as a multiset. */
export function tableTokens(lines: readonly string[]): string[] {
  return lines.flatMap((line) => normalizeForCompare(line) === '' ? [] : line.trim().split(/[\s\u3000]+/)).map(normalizeForCompare).filter(Boolean);
}

export function checkFidelity(mapped: MappedSource, published: PublishedText): FidelityReport {
  const flowText = normalizeForCompare(mapped.flow.map((l) => l.text).join(''));
  const sentences = splitSentences(flowText);
  const everything = allSourceText(mapped);
  const missing: string[] = [];
  const outOfOrder: string[] = [];
  const duplicated: FidelityReport['duplicated'] = [];
  let cursor = 0;
  let inOrder = 0;
  for (const sentence of sentences) {
    const at = published.main.indexOf(sentence, cursor);
    if (at !== -1) {
      inOrder++;
      cursor = at + sentence.length;
    } else if (published.main.includes(sentence)) {
      outOfOrder.push(sentence);
    } else {
      missing.push(sentence);
    }
  }
  for (const sentence of new Set(sentences)) {
    const source = countOccurrences(everything, sentence);
    const count = countOccurrences(published.main, sentence);
    if (count > source) duplicated.push({ sentence, source, published: count });
  }
  const footnoteMissing = mapped.footnotes
    .flatMap((f) => splitSentences(normalizeForCompare(f.lines.map((l) => l.text).join(''))))
    .filter((s) => !published.footnotes.includes(s));
  const tables = mapped.tables.map((t) => {
    const text = published.tables.get(t.id);
    if (text === undefined) return { id: t.id, found: false, missingTokens: [] };
    const missingTokens: string[] = [];
    const budget = new Map<string, number>();
    for (const token of tableTokens(t.lines.map((l) => l.text))) {
      const isNumber = /^[-+]?\d[\d.,%]*$/.test(token);
      if (!text.includes(token)) missingTokens.push(token);
      else if (isNumber) {
        const used = (budget.get(token) ?? 0) + 1;
        budget.set(token, used);
        if (used > countOccurrences(text, token)) missingTokens.push(token);
      }
    }
    return { id: t.id, found: true, missingTokens };
  });
  return {
    sentences: sentences.length,
    inOrder,
    missing,
    outOfOrder,
    duplicated,
    footnotes: { total: mapped.footnotes.length, missing: footnoteMissing },
    tables,
    coverage: sentences.length === 0 ? 1 : inOrder / sentences.length,
  };
}

/** True when nothing is missing, out of order, duplicated, or lost from footnotes and tables. */
export function isFaithful(report: FidelityReport): boolean {
  return (
    report.missing.length === 0 &&
    report.outOfOrder.length === 0 &&
    report.duplicated.length === 0 &&
    report.footnotes.missing.length === 0 &&
    report.tables.every((t) => t.found && t.missingTokens.length === 0)
  );
}
