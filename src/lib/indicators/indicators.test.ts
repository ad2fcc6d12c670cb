/**
 * Indicators assembled from the real data: coverage of the statistics the
 * issue names, points traced to their lines, the disagreements between the
 * documents, and bad input (a wrong number, line, quote, series or unit)
 * reported with the file, the line and the fix, by the loader and by the
 * build check.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import indicatorCheck from '../../integrations/indicator-check.ts';
import { readSourceLines } from '../provenance/source-map-fs.ts';
import { normalizeForCompare } from '../provenance/source-text.ts';
import { sameValue, type IndicatorPoint } from './assemble.ts';
import { indicatorCharts } from './chart.ts';
import { describeDifference } from './disagreements.ts';
import { indicatorCsv, indicatorJson } from './export.ts';
import { indicatorsFor } from './links.ts';
import { loadIndicators } from './load.ts';
import { periodLabel, periodSortKey, yearSpan } from './schema.ts';
import { indicatorSearchKeys } from './search-keys.ts';
import { statementAt } from './statement.ts';

const ROOT = join(import.meta.dirname, '../../..');
const registry = loadIndicators(ROOT);
const byId = (id: string) => registry.indicators.find((i) => i.id === id)!;

describe('the indicators of the five documents', () => {
  it('load without a problem', () => {
    expect(registry.problems).toEqual([]);
  });

  it('cover the statistics the documents report repeatedly', () => {
    const ids = registry.indicators.map((i) => i.id);
    for (const id of [
      'contract-value', 'execution', 'offshore-contract', 'offshore-execution', 'onshore-contract', 'onshore-execution',
      'ito-execution', 'bpo-execution', 'kpo-execution', 'ito-share', 'bpo-share', 'kpo-share',
      'employees', 'new-employees', 'enterprises', 'new-enterprises',
      'demonstration-city-execution-share', 'area-execution-share', 'execution-growth', 'offshore-execution-growth',
    ]) {
      expect(ids).toContain(id);
    }
  });

  it('gather 执行额 from every document that prints it, national and by region, province and city', () => {
    const execution = byId('execution');
    expect(new Set(execution.points.map((p) => p.document))).toEqual(
      new Set(['development-report-2019', 'five-year-review-and-outlook', 'newsletter-2019-05-20', 'offshore-competitiveness-paper', 'zhejiang-statistics-training-2015']),
    );
    const at = (period: string, area: string, unit: string) => execution.points.filter((p) => p.period === period && p.area === area && p.unit === unit).map((p) => p.printed);
    expect(at('2019', 'national', '亿美元')).toContain('1580.8');
    expect(at('2020', 'national', '亿美元')).toEqual(['1753.5']);
    expect(at('2019', 'national', '亿元').sort()).toEqual(['10695.1', '10695.7']);
    expect(at('2019Q1', 'national', '亿元')).toEqual(['1801.4']);
    expect(at('2015M1-5', 'national', '亿美元')).toEqual(['310.8']);
    expect(at('2016-2020', 'national', '亿美元')).toEqual(['7110.6']);
    expect(new Set(at('2019', 'region:east', '亿美元'))).toEqual(new Set(['1310.2']));
    expect(execution.points.some((p) => p.area.startsWith('province:'))).toBe(true);
    expect(execution.points.some((p) => p.area.startsWith('city:'))).toBe(true);
  });

  it('print every point at its cited line, as printed', () => {
    const sources = new Map<string, string[]>();
    for (const indicator of registry.indicators) {
      for (const p of indicator.points.filter((q) => !q.derived)) {
        if (!sources.has(p.document)) sources.set(p.document, readSourceLines(ROOT, `${p.document}.txt`));
        const around = normalizeForCompare(`${sources.get(p.document)![p.line - 1]}${sources.get(p.document)![p.line] ?? ''}`);
        expect(around, `${indicator.id} ${p.document}:${p.line}`).toContain(normalizeForCompare(p.printed).replace(/%$/, ''));
      }
    }
  });

  it('say how a derived value was derived, from which lines', () => {
    const derived = byId('execution').points.find((p) => p.period === '2009' && p.area === 'national')!;
    expect(derived.derived?.inputs.map((i) => i.line)).toEqual([179, 183]);
    expect(derived.derived?.description).toContain('在岸');
  });

  it('keep one point for one number at one line shown by two datasets', () => {
    const east = byId('execution').points.filter((p) => p.area === 'region:east' && p.period === '2019' && p.line === 2695);
    expect(east).toHaveLength(1);
    expect(east[0]!.datasets).toEqual(expect.arrayContaining(['charts/development-report-2019/table-4-1', 'charts/development-report-2019/fig-4-1']));
  });
});

describe('disagreements', () => {
  const find = (indicator: string, period: string, area: string, unit: string) =>
    registry.disagreements.find((d) => d.indicator === indicator && d.period === period && d.area === area && d.unit === unit);

  it('find 10695.1 vs 10695.7 亿元 for 2019, and name the later document', () => {
    const d = find('execution', '2019', 'national', '亿元')!;
    expect(d.kind).toBe('between-documents');
    expect(d.values.map((v) => v.printed)).toEqual(['10695.1', '10695.7']);
    expect(d.values.map((v) => v.points.map((p) => `${p.document}:${p.line}`))).toEqual([['development-report-2019:13'], ['offshore-competitiveness-paper:90']]);
    expect(d.later).toBe('offshore-competitiveness-paper');
    expect(describeDifference(d)).toBe('相差 0.6 亿元（按较小值计 0.01%）');
    expect(d.note).toContain('10695.7');
  });

  it('find the 2016 新增企业 of the 2019 report (5506) against the five-year review (4996)', () => {
    const d = find('new-enterprises', '2016', 'national', '家')!;
    expect(d.values.map((v) => v.printed)).toEqual(['4996', '5506']);
    expect(d.later).toBe('five-year-review-and-outlook');
    expect(describeDifference(d)).toBe('相差 510 家（按较小值计 10.21%）');
    expect(describeDifference(find('execution-growth', '2019', 'national', '%')!)).toBe('相差 3.4 个百分点');
  });

  it('find a document contradicting itself, without naming a later document', () => {
    const d = find('execution', '2019', 'national', '亿美元')!;
    expect(d.kind).toBe('within-document');
    expect(d.later).toBeUndefined();
    expect(d.values.map((v) => v.printed)).toEqual(['1418', '1580.8']);
  });

  it('do not count values that agree, or one value at two precisions', () => {
    expect(find('employees', '2019', 'national', '万人')).toBeUndefined(); // 1172 in the report and the paper
    expect(find('offshore-execution', '2019', 'national', '亿美元')).toBeUndefined(); // 968.9 three times
    const point = (printed: string, value: number) => ({ printed, value }) as IndicatorPoint;
    expect(sameValue(point('1580.8', 1580.8), point('1581', 1581))).toBe(true);
    expect(sameValue(point('10695.1', 10695.1), point('10695.7', 10695.7))).toBe(false);
  });

  it('keep growth in 人民币 apart from growth in 美元 (the paper’s 11.5% is not the report’s 9.0%)', () => {
    expect(find('execution-growth', '2019', 'national', '%')!.values.map((v) => v.printed)).toEqual(['9.0%', '12.4%']);
    expect(byId('execution-growth').points.find((p) => p.document === 'offshore-competitiveness-paper')!.unit).toBe('%（以人民币计）');
  });
});

describe('what the pages show', () => {
  it('quote the sentence that states a value, with line breaks repaired', () => {
    const report = readSourceLines(ROOT, 'development-report-2019.txt');
    expect(statementAt(report, 13, '10695.1')).toBe(
      '2019 年，承接服务外包合同额 2357.0 亿美元，同比增长 17.9%，比上年提高 7.3 个百分点；执行额 1580.8 亿美元（合人民币 10695.1 亿元，首次突破万亿元），同比增长 9.0%。',
    );
    const zhejiang = readSourceLines(ROOT, 'zhejiang-statistics-training-2015.txt');
    expect(statementAt(zhejiang, 1467, '28.31')).toBe('浙江 28.31  -15.09% 28.31  -- 2.20%');
  });

  it('label periods in Chinese and sort them in time order', () => {
    expect(['2019', '2019Q1', '2015H1', '2015M1-5', '2016-2020'].map(periodLabel)).toEqual(['2019 年', '2019 年一季度', '2015 年上半年', '2015 年 1—5 月', '2016—2020 年']);
    expect(yearSpan(['2019', '2019Q1'])).toBe('2019 年');
    expect(yearSpan(['2016-2020', '2019', '2009'])).toBe('2009—2020 年');
    expect(['2019', '2016-2020', '2019Q1', '2015H1', '2015M1-5'].sort((a, b) => periodSortKey(a).localeCompare(periodSortKey(b)))).toEqual(['2015M1-5', '2015H1', '2016-2020', '2019Q1', '2019']);
  });

  it('make "name + year" a question the page answers', () => {
    const keys = indicatorSearchKeys(byId('execution'));
    expect(keys).toEqual(expect.arrayContaining(['服务外包执行额', '2019年执行额', '2019 年服务外包执行额', '执行额2020', '2015年执行额']));
    expect(keys).not.toContain('执行额'); // the bare term stays the glossary's
    expect(indicatorSearchKeys(byId('new-employees'))).toContain('2019年新增从业人员');
  });

  it('write a CSV Excel opens (BOM, Chinese headers) with every point, and JSON with the disagreements', () => {
    const execution = byId('execution');
    const csv = indicatorCsv(execution, registry.areaNames, registry.documents);
    expect(csv.startsWith('\uFEFF指标,期间,期间代码,地区,地区代码,数值,原文印作,单位,文献,来源文件,行,推算方法,编者注')).toBe(true);
    expect(csv.trim().split('\n')).toHaveLength(execution.points.length + 1);
    // Every row ends in CRLF, like every other download (the old writer ended rows in LF, and only the last in CRLF).
    expect(csv.match(/\r\n/g)).toHaveLength(execution.points.length + 1);
    expect(csv.match(/[^\r]\n/g)).toBeNull();
    expect(csv).toContain('服务外包执行额,2019 年,2019,全国,national,10695.7,10695.7,亿元,离岸服务外包竞争力研究,offshore-competitiveness-paper.txt,90');
    const json = JSON.parse(indicatorJson(execution, registry.disagreements.filter((d) => d.indicator === 'execution')));
    expect(json.points).toHaveLength(execution.points.length);
    expect(json.disagreements.map((d: { values: { printed: string }[] }) => d.values.map((v) => v.printed))).toContainEqual(['10695.1', '10695.7']);
  });

  it('chart the national series one bar per document, and the areas of the best-covered period', () => {
    const [national, areas] = indicatorCharts(byId('execution'), registry.areaNames, registry.documents);
    expect(national!.dataset.rows.filter((r) => r.x === '2019 年' && r.unit === '亿元').map((r) => r.series).sort()).toEqual(['发展报告 2019', '离岸服务外包竞争力研究']);
    // The same report prints 1418 (chapter 7) beside 1580.8 (chapter 1): two bars, the second named by its line.
    expect(national!.dataset.rows.filter((r) => r.x === '2019 年' && r.unit === '亿美元').map((r) => r.series)).toEqual(['发展报告 2019', '发展报告 2019（第 4528 行）']);
    expect(national!.dataset.rows.some((r) => r.x === '2016—2020 年')).toBe(false);
    expect(areas!.title).toBe('服务外包执行额（2019 年，各省份）');
    expect(areas!.dataset.rows.map((r) => r.x)).toContain('江苏省');
    expect(areas!.dataset.rows.map((r) => r.x)).not.toContain('东部地区');
  });

  it('link glossary entries, cities and figures to their indicators', () => {
    expect(indicatorsFor(registry.indicators, { glossary: 'executed-value' }).map((i) => i.id)).toContain('execution');
    expect(indicatorsFor(registry.indicators, { city: 'hangzhou' }).map((i) => i.id)).toContain('offshore-execution');
    expect(indicatorsFor(registry.indicators, { dataset: 'charts/development-report-2019/fig-1-1' }).map((i) => i.id)).toEqual(
      expect.arrayContaining(['execution', 'contract-value', 'execution-growth', 'contract-growth']),
    );
  });
});

describe('bad input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'indicators-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const HEAD = 'id: bad\nname: 坏指标\ngroup: 规模\nunit: 亿美元\ndefinition: 测试用的指标。\npoints:\n';
  const load = (points: string) => {
    writeFileSync(join(dir, 'bad.yaml'), `${HEAD}${points}`);
    return loadIndicators(ROOT, dir).problems;
  };
  const text = (fields: string) => `  - document: development-report-2019\n    period: "2019"\n    area: national\n${fields}`;

  it('a wrong number names the file, the line of the point, the source line and the fix', () => {
    const problems = load(`${text('    line: 11\n    printed: "1580.9"\n    quote: 执行额 1580.9 亿美\n')}`);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatchObject({ file: `${dir}/bad.yaml`, line: 7 });
    expect(problems[0]!.message).toContain('"1580.9" is not printed at line 11');
    expect(problems[0]!.fix).toContain('sources/development-report-2019.txt at line 11');
  });

  it('a wrong line is caught', () => {
    const problems = load(`${text('    line: 15\n    printed: "1580.8"\n    quote: 执行额 1580.8 亿美\n')}`);
    expect(problems.map((p) => p.message).join('\n')).toContain('"1580.8" is not printed at line 15');
  });

  it('words that do not say what the number is are caught', () => {
    const problems = load(`${text('    line: 11\n    printed: "2357.0"\n    quote: 执行额 2357.0 亿美元\n')}`);
    expect(problems.map((p) => p.message)).toEqual([expect.stringContaining('quote "执行额 2357.0 亿美元" is not in the source around line 11')]);
  });

  it('a selector that matches nothing, or a value in another unit, is caught', () => {
    const series = load('  - dataset: charts/development-report-2019/fig-1-1\n    series: 执行金额\n    period: x\n    area: national\n');
    expect(series[0]!.message).toContain('has no rows of series "执行金额"');
    expect(series[0]!.line).toBe(7);
    const unit = load('  - dataset: charts/development-report-2019/fig-1-1\n    series: 执行额增速\n    period: x\n    area: national\n');
    expect(unit[0]!.message).toContain('unit % is not the indicator\'s unit');
  });

  it('fails the build with every problem listed', () => {
    load(`${text('    line: 11\n    printed: "1580.9"\n    quote: 执行额 1580.9 亿美\n')}`);
    const hook = indicatorCheck({ root: ROOT, dir }).hooks['astro:config:setup'] as unknown as (o: object) => void;
    const logger = { info: () => {} };
    expect(() => hook({ command: 'build', logger })).toThrow(/^indicator check: \d+ problem\(s\) in the content\n.*bad\.yaml:7: points\[0\]: .*"1580\.9" is not printed at line 11[\s\S]*Fix:/);
    // The real indicators pass.
    expect(() => (indicatorCheck({ root: ROOT }).hooks['astro:config:setup'] as unknown as (o: object) => void)({ command: 'build', logger })).not.toThrow();
  });
});
