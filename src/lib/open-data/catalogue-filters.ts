/**
 * The /data/ catalogue's filters without JavaScript: each filter is a group of
 * radio buttons, and one CSS rule per value hides the cards that do not match
 * (`.data-catalogue:has(input[name=doc][value=x]:checked) [data-doc]:not([data-doc=x])`).
 * Rules are generated from the values present, so a new document or unit
 * needs no code. Unit labels are arbitrary text, so cards carry keys (u0, u1 …), one per unit their values use.
 */
import type { Completeness, DataResource } from './resources.ts';

export interface FilterValues {
  units: { key: string; label: string }[];
  completeness: Completeness[];
  /** Space-separated keys of a resource's units, for its data-unit attribute. */
  keysOfUnits: (units: readonly string[]) => string;
}

const NO_UNIT = '无单位';

export function filterValues(resources: readonly Pick<DataResource, 'units' | 'completeness'>[]): FilterValues {
  const labels = [...new Set(resources.flatMap((r) => (r.units.length ? r.units : [NO_UNIT])))]// By pinyin, with 无单位 last.
    .sort((a, b) => Number(a === NO_UNIT) - Number(b === NO_UNIT) || a.localeCompare(b, 'zh-Hans-CN'));
  const units = labels.map((label, i) => ({ key: `u${i}`, label }));
  const byLabel = new Map(units.map((u) => [u.label, u.key]));
  const order: Completeness[] = ['full', 'partial', 'none'];
  return {
    units,
    completeness: order.filter((c) => resources.some((r) => r.completeness === c)),
    keysOfUnits: (list) => (list.length ? list : [NO_UNIT]).map((u) => byLabel.get(u)!).join(' '),
  };
}

export function filterRules(documents: readonly string[], values: FilterValues): string {
  const root = '.data-catalogue';
  const checked = (name: string, value: string) => `:has(input[name="${name}"][value="${value}"]:checked)`;
  const section = '.data-catalogue__document';
  const rules = [
    ...documents.map((d) => `${root}${checked('doc', d)} ${section}:not([data-doc="${d}"])`),
    ...values.units.flatMap((u) => [
      `${root}${checked('unit', u.key)} .data-card:not([data-unit~="${u.key}"])`,
      // A document with no card left loses its heading too.
      `${root}${checked('unit', u.key)} ${section}:not(:has(.data-card[data-unit~="${u.key}"]))`,
    ]),
    ...values.completeness.flatMap((c) => [
      `${root}${checked('completeness', c)} .data-card:not([data-completeness="${c}"])`,
      `${root}${checked('completeness', c)} ${section}:not(:has(.data-card[data-completeness="${c}"]))`,
    ]),
    ...values.units.flatMap((u) =>
      values.completeness.map((c) => `${root}${checked('unit', u.key)}${checked('completeness', c)} ${section}:not(:has(.data-card[data-unit~="${u.key}"][data-completeness="${c}"]))`),
    ),
  ];
  return rules.map((r) => `${r}{display:none}`).join('\n');
}
