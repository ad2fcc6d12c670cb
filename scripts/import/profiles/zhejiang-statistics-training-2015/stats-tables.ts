/**
 * The two tables of 《2015 年上半年浙江省服务外包数据》. Pure functions over
 * the table's source lines.
 *
 * - 产业结构情况表 (lines 1334–1366): one row per line, "名称 value␠␠share",
 *   with the 门类 labels ITO / BPO / KPO on lines of their own.
 * - 各市离岸合同额及执行额 (lines 1420–1467): the header wrapped one cell
 *   fragment per line (1424–1443), then one space-separated row per line.
 */
import type { SourceLine } from '../../../../src/lib/source-map.ts';
import { escapeMdxText } from '../../../../src/lib/import/mdx.ts';

/** The 大类 names of the 2015 classification and their anchors (the guide's headings). */
export const DIVISION_IDS: Record<string, string> = {
  软件研发外包: 'i1',
  信息技术服务外包: 'i2',
  运营和维护服务: 'i3',
  内部管理外包服务: 'b4',
  业务运营外包服务: 'b5',
  供应链外包服务: 'b6',
  商务服务外包: 'k7',
  技术服务外包: 'k8',
  研发服务外包: 'k9',
};

export interface StructureTable {
  caption: string;
  unit: string;
  header: string[];
  groups: { label: string | null; rows: string[][] }[];
}

export function parseStructureTable(lines: readonly SourceLine[]): StructureTable {
  const text = lines.map((l) => l.text.trim()).filter(Boolean);
  const [caption, unit, headerLine, ...body] = text;
  if (caption !== '产业结构情况表' || !unit?.startsWith('单位：')) throw new Error('产业结构情况表: unexpected caption lines');
  const header = headerLine!.split(/\s+/);
  const groups: StructureTable['groups'] = [];
  for (const line of body) {
    if (/^(ITO|BPO|KPO)$/.test(line)) {
      groups.push({ label: line, rows: [] });
      continue;
    }
    const cells = line.split(/\s+/);
    const row = [cells[0]!, cells[1] ?? '', cells[2] ?? ''];
    // 其他 and 合计 follow the KPO rows but belong to no 门类.
    if (!(cells[0]! in DIVISION_IDS) && groups.at(-1)?.label !== null) groups.push({ label: null, rows: [] });
    groups.at(-1)!.rows.push(row);
  }
  return { caption, unit, header, groups };
}

const NOWRAP = `style={{ whiteSpace: 'nowrap' }}`;
const NUMBER = `style={{ textAlign: 'right', whiteSpace: 'nowrap' }}`;

const ROW_IDS: Record<string, string> = { 其他: 'structure-other', 合计: 'structure-total' };

/** JSX table: a <tbody> per 门类 with the label as a spanning row header; rows carry `structure-<大类>` ids. */
export function renderStructureTable(table: StructureTable): string {
  const out = ['<table class="industry-structure">', '<thead>', '<tr>'];
  for (const h of table.header) out.push(`<th scope="col">${escapeMdxText(h)}</th>`);
  out.push('</tr>', '</thead>');
  for (const group of table.groups) {
    out.push('<tbody>');
    if (group.label) out.push(`<tr><th scope="rowgroup" colspan="${table.header.length}">${group.label}</th></tr>`);
    for (const [name, value, share] of group.rows) {
      const id = DIVISION_IDS[name!] ? `structure-${DIVISION_IDS[name!]}` : ROW_IDS[name!];
      if (!id) throw new Error(`产业结构情况表: no row id for ${name}`);
      out.push(`<tr id="${id}"><th scope="row" ${NOWRAP}>${escapeMdxText(name!)}</th><td ${NUMBER}>${escapeMdxText(value!)}</td><td ${NUMBER}>${escapeMdxText(share!)}</td></tr>`);
    }
    out.push('</tbody>');
  }
  out.push('</table>');
  return out.join('\n');
}

export interface CityTable {
  caption: string;
  unit: string;
  header: string[];
  rows: string[][];
}

/**
 * The header cells are wrapped one fragment per line; a fragment that starts
 * with 市地 or 离岸 opens a new cell, the others continue it
 * (离岸 + 合同额, 离岸合同额 + 增幅, …).
 */
export function parseCityTable(lines: readonly SourceLine[]): CityTable {
  const text = lines.map((l) => l.text.trim()).filter(Boolean);
  const [caption, unit, ...rest] = text;
  if (!unit?.startsWith('单位：')) throw new Error('city table: unexpected unit line');
  const header: string[] = [];
  let i = 0;
  for (; i < rest.length && !/\d/.test(rest[i]!); i++) {
    const fragment = rest[i]!;
    if (/^(市地|离岸)/.test(fragment)) header.push(fragment);
    else header[header.length - 1] += fragment;
  }
  const rows = rest.slice(i).map((line) => line.split(/\s+/));
  for (const row of rows) if (row.length !== header.length) throw new Error(`city table: row “${row.join(' ')}” has ${row.length} cells`);
  return { caption: caption!, unit, header, rows };
}

/** Row anchors of the city table (pinyin of the 市地 cell). */
export const CITY_IDS: Record<string, string> = {
  杭州: 'city-hangzhou',
  宁波: 'city-ningbo',
  温州: 'city-wenzhou',
  嘉兴: 'city-jiaxing',
  湖州: 'city-huzhou',
  绍兴: 'city-shaoxing',
  金华: 'city-jinhua',
  衢州: 'city-quzhou',
  舟山: 'city-zhoushan',
  台州: 'city-taizhou',
  丽水: 'city-lishui',
  浙江: 'city-zhejiang-total',
};

/** JSX table: one <tr id="city-…"> per row, the 市地 cell as row header, figures right-aligned. */
export function renderCityTable(table: CityTable): string {
  const out = ['<table class="city-offshore">', '<thead>', '<tr>'];
  for (const h of table.header) out.push(`<th scope="col">${escapeMdxText(h)}</th>`);
  out.push('</tr>', '</thead>', '<tbody>');
  for (const [city, ...cells] of table.rows) {
    const id = CITY_IDS[city!];
    if (!id) throw new Error(`city table: no row id for ${city}`);
    out.push(`<tr id="${id}"><th scope="row" ${NOWRAP}>${escapeMdxText(city!)}</th>${cells.map((c) => `<td ${NUMBER}>${escapeMdxText(c)}</td>`).join('')}</tr>`);
  }
  out.push('</tbody>', '</table>');
  return out.join('\n');
}
