import { collectTermForms, entryAliases, entryLabel, entryPath } from '../glossary.ts';
import { readGlossary } from '../glossary-fs.ts';
import { loadIndicators } from '../indicators/load.ts';
import { indicatorNames } from '../indicators/search-keys.ts';

/**
 * Names the search must know as whole terms: the 31 demonstration cities,
 * the provinces, the 2019 report's regions and economic circles, and the
 * statistical classification's main names.
 */
export const DEMONSTRATION_CITIES = [
  '北京', '天津', '上海', '重庆', '大连', '深圳', '广州', '武汉', '哈尔滨', '成都', '南京', '西安', '济南', '杭州', '合肥', '南昌',
  '长沙', '大庆', '苏州', '无锡', '厦门', '沈阳', '长春', '南通', '镇江', '宁波', '福州', '青岛', '郑州', '南宁', '乌鲁木齐',
];

export const PROVINCES = [
  '北京', '天津', '河北', '山西', '内蒙古', '辽宁', '吉林', '黑龙江', '上海', '江苏', '浙江', '安徽', '福建', '江西', '山东', '河南',
  '湖北', '湖南', '广东', '广西', '海南', '重庆', '四川', '贵州', '云南', '西藏', '陕西', '甘肃', '青海', '宁夏', '新疆',
];

export const REGIONS_AND_CIRCLES = ['东部地区', '中部地区', '西部地区', '东北地区', '长江经济带', '京津冀', '长三角', '粤港澳大湾区', '长江中游城市群'];

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
  return [...new Set([...DEMONSTRATION_CITIES, ...PROVINCES, ...REGIONS_AND_CIRCLES, ...CLASSIFICATION_NAMES, ...glossaryTerms(root), ...indicators])];
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
