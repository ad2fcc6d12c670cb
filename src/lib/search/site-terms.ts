import { collectTermForms, entryAliases, entryLabel, entryPath } from '../glossary/glossary.ts';
import { readGlossary } from '../glossary/glossary-fs.ts';
import { readAreas, readCities } from '../cities/city-fs.ts';
import { loadIndicators } from '../indicators/load.ts';
import { indicatorNames } from '../indicators/search-keys.ts';

/**
 * Names the search must know as whole terms: the 31 demonstration cities,
 * the provinces, the 2019 report's regions and economic circles (all read
 * from src/data/cities and src/data/cities/areas through their schemas), and
 * the statistical classification's main names.
 */
export function demonstrationCities(root: string): string[] {
  return readCities(root).map(({ city }) => city.name);
}

/** Provinces by their short names (北京, 内蒙古), regions and circles by their names (东部地区, 长三角). */
export function areaNames(root: string): string[] {
  const { provinces, regions, circles } = readAreas(root);
  return [...provinces.map((p) => p.short), ...regions.map((r) => r.name), ...circles.map((c) => c.name)];
}

export const CLASSIFICATION_NAMES = [
  '服务外包', '信息技术外包', '业务流程外包', '知识流程外包', '离岸服务外包', '在岸服务外包', '合同额', '执行额', '离岸执行额',
  '劳务派遣', '检验检测', '示范城市', '服务外包示范城市', '一带一路',
];

/** The glossary's Chinese names and aliases (Latin ones are words anyway). */
export function glossaryTerms(root: string): string[] {
  const { entries, rules } = readGlossary(root);
  const names = [
    ...entries.flatMap((e) => [e.termZh, ...entryAliases(e).map((a) => a.text)]),
    ...rules.flatMap((r) => [r.businessType, ...r.aliases.map((a) => (typeof a === 'string' ? a : a.text))]),
  ];
  return names.filter((n) => /^[\u3400-\u9fff]{2,}$/.test(n));
}

export function siteTerms(root: string): string[] {
  // Indicator names (服务外包执行额, 新增从业人员 …) are whole terms; their pages carry "name + year" best bets themselves.
  const indicators = loadIndicators(root).indicators.flatMap(indicatorNames).filter((n) => /^[\u3400-\u9fff]{2,}$/.test(n));
  return [...new Set([...demonstrationCities(root), ...areaNames(root), ...CLASSIFICATION_NAMES, ...glossaryTerms(root), ...indicators])];
}

/**
 * Best bets from the glossary: each unambiguous name (term, abbreviation,
 * alias, code, English name, disputed-case business) → its entry or anchor.
 */
export function glossaryBestBets(root: string): [key: string, url: string, title: string][] {
  const { entries, rules } = readGlossary(root);
  const bets: [string, string, string][] = collectTermForms(entries, rules)
    .filter((form) => !form.ambiguous)
    .map((form) => [form.text, form.target.url, form.target.label]);
  for (const entry of entries) {
    for (const name of [entry.code, entry.termEn]) if (name) bets.push([name, entryPath(entry.slug), entryLabel(entry)]);
  }
  return bets;
}
