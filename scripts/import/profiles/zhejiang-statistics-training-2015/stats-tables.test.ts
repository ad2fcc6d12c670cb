import { describe, expect, it } from 'vitest';
import { parseCityTable, parseStructureTable } from './stats-tables.ts';
import { tableLines } from './source.test-helper.ts';

describe('产业结构情况表', () => {
  const table = parseStructureTable(tableLines('table-industry-structure'));
  it('reads three 门类 groups of three 大类, then 其他 and 合计', () => {
    expect(table.header).toEqual(['产业结构分类', '离岸执行额', '占比']);
    expect(table.groups.map((g) => [g.label, g.rows.length])).toEqual([
      ['ITO', 3],
      ['BPO', 3],
      ['KPO', 3],
      [null, 2],
    ]);
  });
  it('adds up to the stated total of 28.31', () => {
    const rows = table.groups.flatMap((g) => g.rows).filter((r) => r[0] !== '合计');
    expect(rows.reduce((sum, r) => sum + Number(r[1]), 0)).toBeCloseTo(28.31, 2);
  });
});

describe('各市离岸合同额及执行额情况', () => {
  const table = parseCityTable(tableLines('table-city-offshore'));
  it('joins the wrapped header cells', () => {
    expect(table.header).toEqual(['市地', '离岸合同额', '离岸合同额增幅', '离岸执行额', '离岸执行额占全省比重', '离岸执行额增幅']);
  });
  it('reads 11 cities and the province', () => {
    expect(table.rows.map((r) => r[0])).toEqual(['杭州', '宁波', '温州', '嘉兴', '湖州', '绍兴', '金华', '衢州', '舟山', '台州', '丽水', '浙江']);
  });
  it('shows the documented defect: the province 合同额 equals its 执行额, not the cities’ sum', () => {
    const cities = table.rows.slice(0, 11);
    expect(cities.reduce((s, r) => s + Number(r[1]), 0)).toBeCloseTo(25.58, 2);
    expect(table.rows[11]![1]).toBe('28.31');
  });
});
