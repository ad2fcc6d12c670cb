/**
 * Numbers inside quotations (glossary definitions, typical businesses,
 * exclusions, other definitions, usage): each is marked for the built-site
 * check with the line of the source that prints it. A quotation is verbatim
 * apart from line breaks, so the line of a number is the line its place in the
 * quotation falls on; the check then confirms the line prints it, so a
 * changed digit or a quotation cited at the wrong lines fails the build.
 */
import { checkPrinted } from '../charts/provenance.ts';
import { locateQuote } from '../provenance/source-quote.ts';
import { normalizeForCompare } from '../provenance/source-text.ts';
import type { ContentProblem } from './problems.ts';

export interface QuotePart {
  text: string;
  /** When the part is a number: the source line that prints it. */
  line?: number;
}

/** A number as quotations print it; "1-6 月" is 1 and 6, not -6. */
const NUMBER = /(?<![\d.])[-−]?\d+(?:,\d{3})*(?:\.\d+)?%?/g;

/** The quotation split into text and numbers, each number with its source line. */
export function quoteParts(text: string, from: number, to: number, lines: readonly string[] | undefined): QuotePart[] {
  const owner: number[] = [];
  let joined = '';
  for (let n = from; n <= Math.min(to, lines?.length ?? 0); n++) {
    const part = normalizeForCompare(lines![n - 1]!);
    joined += part;
    for (let i = 0; i < part.length; i++) owner.push(n);
  }
  const at = joined.indexOf(normalizeForCompare(text));
  const parts: QuotePart[] = [];
  let last = 0;
  for (const m of text.matchAll(NUMBER)) {
    const i = m.index!;
    if (i > last) parts.push({ text: text.slice(last, i) });
    // Where the quotation is not in the source, the first cited line that prints the number (or the first line): the check reports it.
    const line = at !== -1 ? owner[at + normalizeForCompare(text.slice(0, i)).length] : lines && [...Array(Math.max(0, to - from + 1)).keys()].map((k) => from + k).find((n) => checkPrinted({ line: n, text: m[0] }, lines).length === 0);
    parts.push({ text: m[0], line: line ?? from });
    last = i + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

export interface Quoted {
  /** Path into the entry's data, for the line of the file: ['usage', 0, 'text']. */
  path: (string | number)[];
  text: string;
  source: { file: string; lines: readonly [number, number] };
}

type Source = Quoted['source'];
interface QuotingEntry {
  definition: { text: string; source?: Source | undefined; editorial: boolean };
  aspects: { text: string; source: Source }[];
  typicalBusinesses: { text: string; source: Source; exclusions: { text: string; source: Source }[] }[];
  exclusions: { text: string; source: Source }[];
  otherDefinitions: { text: string; source: Source }[];
  usage: { text: string; source: Source }[];
}

/** Every quotation of a glossary entry, where its data holds it. */
export function entryQuotations(entry: QuotingEntry): Quoted[] {
  const quotes: Quoted[] = [];
  if (!entry.definition.editorial && entry.definition.source) quotes.push({ path: ['definition', 'text'], text: entry.definition.text, source: entry.definition.source });
  entry.aspects.forEach((a, i) => quotes.push({ path: ['aspects', i, 'text'], text: a.text, source: a.source }));
  entry.typicalBusinesses.forEach((t, i) => {
    quotes.push({ path: ['typicalBusinesses', i, 'text'], text: t.text, source: t.source });
    t.exclusions.forEach((x, j) => quotes.push({ path: ['typicalBusinesses', i, 'exclusions', j, 'text'], text: x.text, source: x.source }));
  });
  for (const key of ['exclusions', 'otherDefinitions', 'usage'] as const) entry[key].forEach((q, i) => quotes.push({ path: [key, i, 'text'], text: q.text, source: q.source }));
  return quotes;
}

/** A glossary entry's quotations against their sources: each is the text of its cited lines. */
export function quotationProblems(file: string, entry: QuotingEntry, lines: (file: string) => readonly string[] | undefined, lineOf: (path: (string | number)[]) => number | undefined): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const q of entryQuotations(entry)) {
    const source = lines(q.source.file);
    const where = `${q.path.slice(0, -1).join('.') || 'definition'}`;
    if (!source) {
      problems.push({ file, line: lineOf([...q.path.slice(0, -1), 'source', 'file']), problem: `${where}: sources/${q.source.file} does not exist`, fix: 'Cite a file of sources/.' });
      continue;
    }
    const found = locateQuote(source, q.source.lines as [number, number], q.text);
    if (found.ok) continue;
    const numbers = quoteParts(q.text, q.source.lines[0], q.source.lines[1], source).filter((p) => p.line !== undefined && checkPrinted({ line: p.line, text: p.text }, source).length > 0);
    problems.push({
      file,
      line: lineOf(q.path),
      problem: `${where}: the quotation is ${found.problem} of sources/${q.source.file}${numbers.length ? ` (${numbers.map((n) => `“${n.text}” is not printed at line ${n.line}`).join('; ')})` : ''}`,
      fix: 'Copy the quotation exactly as the source prints it at the cited lines (only line breaks repaired); where the source is wrong, keep it and add a 编者注.',
    });
  }
  return problems;
}
