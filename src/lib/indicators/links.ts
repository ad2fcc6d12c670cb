/**
 * Which indicators a glossary entry, a city or a figure links to. Pure.
 */
import type { Indicator } from './assemble.ts';

export type IndicatorLinkTarget = { glossary: string } | { city: string } | { dataset: string };

export function indicatorUrl(id: string): string {
  return `/indicators/${id}/`;
}

export function indicatorsFor(indicators: readonly Indicator[], target: IndicatorLinkTarget): Indicator[] {
  if ('glossary' in target) return indicators.filter((i) => i.glossary === target.glossary);
  if ('city' in target) return indicators.filter((i) => i.points.some((p) => p.area === `city:${target.city}`));
  return indicators.filter((i) => i.points.some((p) => p.datasets.includes(target.dataset)));
}
