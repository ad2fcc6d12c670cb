/**
 * Provenance checks of city, region and circle facts against the source
 * texts, and how facts read on a page. Pure functions.
 */
import { checkPrinted } from '../charts/provenance.ts';
import { normalizeForCompare } from '../provenance/source-text.ts';
import type { CityDataset, Fact, SectionRef } from './schema.ts';
import { documentUrl } from '../documents/routes.ts';
import { checkQuote } from '../provenance/source-quote.ts';

const ORDINALS: Record<number, readonly string[]> = {
  1: ['首位', '第一', '居首', '最高'],
  2: ['第二'],
  3: ['第三'],
  4: ['第四'],
  5: ['第五'],
};

/** Items of a quoted list such as "南京市、无锡市、上海市"; undefined when the quote is not such a list. */
export function listItems(quote: string): string[] | undefined {
  const items = normalizeForCompare(quote)
    .split(/[、，,；;和及]/)
    .filter(Boolean);
  return items.length >= 2 && items.every((item) => /^[\u4e00-\u9fff]{2,6}$/.test(item)) ? items : undefined;
}

/**
 * Problems with a rank: in a quoted list the city must stand at the ranked
 * place; in a phrase ("居于首位", "位列第二、第三") the ordinal must be there.
 */
export function checkRank(fact: Pick<Fact, 'value' | 'quote'>, names: readonly string[]): string[] {
  const rank = Number(fact.value);
  const quote = fact.quote ?? '';
  const items = listItems(quote);
  if (items) {
    const at = items.findIndex((item) => names.some((name) => item.startsWith(name)));
    if (at === -1) return [`none of ${names.join('/')} is in the list "${quote}"`];
    return at + 1 === rank ? [] : [`rank ${rank} but ${names[0]} is item ${at + 1} of "${quote}"`];
  }
  if (!names.some((name) => quote.includes(name))) return [`the quote "${quote}" does not name ${names.join('/')}`];
  const words = ORDINALS[rank];
  return words?.some((w) => quote.includes(w)) ? [] : [`the quote "${quote}" does not say rank ${rank}`];
}

/** Problems with a city chart dataset: caption and 数据来源 lines, and every value at its line. */
export function checkCityDataset(dataset: CityDataset, lines: readonly string[]): string[] {
  const problems: string[] = [];
  if (dataset.captionLine !== null && !normalizeForCompare(lines[dataset.captionLine - 1] ?? '').includes(normalizeForCompare(dataset.figure))) {
    problems.push(`${dataset.id}: line ${dataset.captionLine} is not the caption of ${dataset.figure}`);
  }
  if (dataset.dataSource && !normalizeForCompare(lines[dataset.dataSource.line - 1] ?? '').includes(normalizeForCompare(dataset.dataSource.text))) {
    problems.push(`${dataset.id}: "${dataset.dataSource.text}" is not at line ${dataset.dataSource.line}`);
  }
  dataset.rows.forEach((row, i) => {
    if (!row.source) problems.push(`${dataset.id} row ${i + 1}: city datasets hold printed values only`);
    else problems.push(...checkPrinted(row.source, lines, row.value).map((p) => `${dataset.id} row ${i + 1} (${row.x}): ${p}`));
  });
  return problems;
}

/** Problems with one fact: its number is printed at its line, its quote is there, its rank agrees. */
export function checkFact(fact: Fact, lines: readonly string[], names: readonly string[] = []): string[] {
  const problems: string[] = [];
  if (fact.kind !== 'rank') problems.push(...checkPrinted({ line: fact.source.lines[0], text: fact.value }, lines));
  // The range opens on the number's line; the quotation may follow it.
  if (fact.quote) problems.push(...checkQuote(fact.quote, lines, fact.source, { startsOnFirstLine: fact.kind === 'rank' }));
  if (fact.kind === 'rank') problems.push(...checkRank(fact, names));
  return problems.map((p) => `${fact.label} (${fact.source.file}:${fact.source.lines[0]}): ${p}`);
}

/** The fact as a reader sees it: "超过 100 亿美元", "第 3 位", "26.4%". */
export function formatFact(fact: Pick<Fact, 'value' | 'unit' | 'kind' | 'qualifier'>): string {
  const qualifier = fact.qualifier ?? '';
  if (fact.kind === 'rank') return `第 ${fact.value} ${fact.unit}`;
  if (fact.unit === '%') return `${qualifier}${fact.value}%`;
  return `${qualifier}${qualifier ? ' ' : ''}${fact.value} ${fact.unit}`;
}

/** "2019 年", "2015 年 1—6 月", "2018 年度". */
export function formatPeriod(fact: Pick<Fact, 'year' | 'period'>): string {
  if (!fact.period) return `${fact.year} 年`;
  return fact.period === '年度' ? `${fact.year} 年度` : `${fact.year} 年 ${fact.period}`;
}

/** URL of a cited section: the page, and the heading or element id when there is one. */
export function sectionUrl(section: SectionRef): string {
  return `${documentUrl(section.document, section.page)}${section.anchor ? `#${section.anchor}` : ''}`;
}
