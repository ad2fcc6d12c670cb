/**
 * What makes an indicator page the answer to "indicator name + period"
 * questions (2019年执行额, 执行额 2019): its names and, for every year the
 * series covers, the name with that year in the ways people type it. The page
 * carries them as data-search-keys, which the search index turns into best
 * bets; the names also join the search vocabulary. Pure.
 */
import type { Indicator } from './assemble.ts';
import { PERIOD } from './schema.ts';

export function indicatorNames(indicator: Pick<Indicator, 'name' | 'aliases'>): string[] {
  return [...new Set([indicator.name, ...indicator.aliases])];
}

export function indicatorSearchKeys(indicator: Pick<Indicator, 'name' | 'aliases' | 'points'>): string[] {
  const years = [...new Set(indicator.points.map((p) => PERIOD.exec(p.period)?.[1]).filter((y): y is string => Boolean(y)))].sort();
  const keys = [indicator.name];
  for (const name of indicatorNames(indicator)) {
    for (const year of years) keys.push(`${year}年${name}`, `${year} 年${name}`, `${year}${name}`, `${year} ${name}`, `${name}${year}`, `${name} ${year}`, `${name}${year}年`, `${name} ${year}年`);
  }
  return [...new Set(keys)];
}
