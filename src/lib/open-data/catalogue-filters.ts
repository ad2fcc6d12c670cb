/**
 * The /data/ catalogue's filters without JavaScript: each filter is a group of
 * radio buttons, and one CSS rule per value hides the cards that do not match
 * (`.data-catalogue:has(input[name=doc][value=x]:checked) [data-doc]:not([data-doc=x])`).
 * Rules are generated from the values present, so a new document or unit
 * needs no code. Unit labels are arbitrary text, so cards carry a key (u0, u1 …).
 */
import type { Completeness, DataResource } from './resources.ts';

export interface FilterValues {
  units: { key: string; label: string }[];
  completeness: Completeness[];
  keyOfUnit: (unit: string | null) => string;
}

const NO_UNIT = '无单位';

export function filterValues(resources: readonly Pick<DataResource, 'unit' | 'completeness'>[]): FilterValues {
  const labels = [...new Set(resources.map((r) => r.unit ?? NO_UNIT))].sort((a, b) => a.localeCompare(b, 'zh-Hans-CN'));
  const units = labels.map((label, i) => ({ key: `u${i}`, label }));
  const byLabel = new Map(units.map((u) => [u.label, u.key]));
  const order: Completeness[] = ['full', 'partial', 'none'];
  return {
    units,
    completeness: order.filter((c) => resources.some((r) => r.completeness === c)),
    keyOfUnit: (unit) => byLabel.get(unit ?? NO_UNIT)!,
  };
}

export function filterRules(documents: readonly string[], values: FilterValues): string {
  const root = '.data-catalogue';
  const checked = (name: string, value: string) => `:has(input[name="${name}"][value="${value}"]:checked)`;
  const section = '.data-catalogue__document';
  const rules = [
    ...documents.map((d) => `${root}${checked('doc', d)} ${section}:not([data-doc="${d}"])`),
    ...values.units.flatMap((u) => [
      `${root}${checked('unit', u.key)} .data-card:not([data-unit="${u.key}"])`,
      // A document with no card left loses its heading too.
      `${root}${checked('unit', u.key)} ${section}:not(:has(.data-card[data-unit="${u.key}"]))`,
    ]),
    ...values.completeness.flatMap((c) => [
      `${root}${checked('completeness', c)} .data-card:not([data-completeness="${c}"])`,
      `${root}${checked('completeness', c)} ${section}:not(:has(.data-card[data-completeness="${c}"]))`,
    ]),
    ...values.units.flatMap((u) =>
      values.completeness.map((c) => `${root}${checked('unit', u.key)}${checked('completeness', c)} ${section}:not(:has(.data-card[data-unit="${u.key}"][data-completeness="${c}"]))`),
    ),
  ];
  return rules.map((r) => `${r}{display:none}`).join('\n');
}
