import { describe, expect, it } from 'vitest';
import { CITY_SLUGS, citySchema, factSchema, isOutsideKnowledge } from './schema.ts';

const section = { document: 'development-report-2019', page: 'ch4-cities', anchor: 'overview' };
const source = { file: 'development-report-2019.txt', lines: [3460, 3460] };
const city = {
  name: '南京',
  officialName: '南京市',
  pinyin: 'Nánjīng',
  english: 'Nanjing',
  matchNames: ['南京'],
  province: 'jiangsu',
  region: 'east',
  circles: ['yangtze-economic-belt', 'yangtze-river-delta'],
  designation: {
    batch: { value: '首批', outsideKnowledge: true, basis: '原文未列出首批城市名单' },
    year: { value: 2009, outsideKnowledge: true, basis: '原文未列出首批城市名单' },
  },
  coordinates: { value: { lat: 32.06, lon: 118.8 }, outsideKnowledge: true, basis: '近似的市中心经纬度' },
  facts: [{ label: '服务外包执行额', value: '173.3', unit: '亿美元', year: 2019, kind: 'amount', metric: 'execution', source, section }],
};
const issuePaths = (schema: typeof citySchema | typeof factSchema, data: unknown) => {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
};

describe('city schema', () => {
  it('accepts a complete city', () => {
    expect(issuePaths(citySchema, city)).toEqual([]);
    expect(citySchema.parse(city).charts).toEqual([]);
  });
  it('names wrong fields', () => {
    expect(issuePaths(citySchema, { ...city, region: '华东' })).toEqual(['region']);
    expect(issuePaths(citySchema, { ...city, circles: ['珠三角'] })).toEqual(['circles.0']);
    expect(issuePaths(citySchema, { ...city, coordinates: { value: { lat: 32, lon: 118 } } })).toContain('coordinates.outsideKnowledge');
  });
  it('takes a designation either from a source line or as outside knowledge with a basis', () => {
    const sourced = { value: 2009, source: { file: 'offshore-competitiveness-paper.txt', lines: [37, 37] }, section, quote: '2009 年批复' };
    expect(issuePaths(citySchema, { ...city, designation: { ...city.designation, year: sourced } })).toEqual([]);
    expect(issuePaths(citySchema, { ...city, designation: { ...city.designation, year: { value: 2009 } } })).not.toEqual([]);
    const parsed = citySchema.parse(city);
    expect(isOutsideKnowledge(parsed.designation.year)).toBe(true);
  });
  it('lists the 31 page slugs once each', () => {
    expect(new Set(CITY_SLUGS).size).toBe(31);
  });
});

describe('fact schema', () => {
  const fact = city.facts[0]!;
  it('wants a number as printed, without unit', () => {
    expect(issuePaths(factSchema, { ...fact, value: '173.3 亿美元' })).toEqual(['value']);
    expect(issuePaths(factSchema, { ...fact, value: '-33.3', unit: '%', kind: 'growth' })).toEqual([]);
  });
  it('wants the quote a rank is read from', () => {
    expect(issuePaths(factSchema, { ...fact, kind: 'rank', value: '1', unit: '位' })).toEqual(['quote']);
  });
  it('rejects an unknown metric and a bad section', () => {
    expect(issuePaths(factSchema, { ...fact, metric: 'gdp' })).toEqual(['metric']);
    expect(issuePaths(factSchema, { ...fact, section: { document: 'x', page: 'Ch 4' } })).toEqual(['section.page']);
  });
});
