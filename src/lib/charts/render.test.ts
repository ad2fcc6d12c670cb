import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { Dataset } from './dataset.ts';
import { renderDataset } from './render.ts';

const dataset = (kind: Dataset['chart']['kind'], rows: Dataset['rows']): Dataset => ({
  document: 'd',
  figure: '图 1-1',
  anchor: 'fig-1-1',
  title: '标题',
  unit: '亿美元',
  captionLine: 1,
  dataSource: null,
  completeness: 'partial',
  chart: { kind },
  rows,
});
const p = (line: number, text: string) => ({ line, text });

describe('renderDataset', () => {
  it('draws one SVG per unit with CSS-variable colours and a tip per mark', () => {
    const panels = renderDataset(
      dataset('barY', [
        { x: 2018, value: 1450.2, source: p(1, '1450.2') },
        { x: 2019, value: 1580.8, source: p(1, '1580.8') },
        { x: 2019, value: 9, unit: '%', source: p(1, '9.0%') },
      ]),
    );
    expect(panels.map((x) => x.unit)).toEqual(['亿美元', '%']);
    const svg = panels[0]!.svg;
    expect(svg).toMatch(/^<svg/);
    expect(svg).toContain('style="fill:var(--chart-1)"');
    expect(svg).not.toContain('#010101');
    // The tip prints the value as the source does, with its unit once.
    expect(svg).toContain('<title>2019：1580.8 亿美元</title>');
    // Value labels read as printed in the source.
    expect(svg).toMatch(/>1580\.8<\/text>/);
    expect(svg).toContain('aria-label="图 1-1 标题（亿美元）"');
  });
  it('marks derived values and wraps long Chinese category labels', () => {
    const [panel] = renderDataset(
      dataset('barX', [
        {
          x: '信息技术外包（ITO）',
          value: 611.9,
          derived: { formula: 'difference', inputs: [p(1, '1580.8'), p(1, '968.9')], decimals: 1, description: '执行额 − 离岸执行额' },
        },
        { x: '知识流程外包（KPO）与其他业务流程外包服务', value: 100, source: p(1, '100') },
      ]),
    );
    expect(panel!.svg).toContain('（推算值）');
    expect(panel!.svg).toContain('611.9*');
    expect(panel!.svg).toMatch(/<tspan[^>]*>知识流程外包/);
  });
  it('gives a series the same colour in every panel', () => {
    const [values, growth] = renderDataset(
      dataset('barY', [
        { x: 2019, series: '执行额', value: 10, source: p(1, '10') },
        { x: 2019, series: '离岸执行额', value: 6, source: p(1, '6') },
        { x: 2019, series: '离岸执行额', value: 9.3, unit: '%', source: p(1, '9.3%') },
      ]),
    );
    expect(values!.svg).toMatch(/<title>离岸执行额 · 2019：6 亿美元<\/title>/);
    // The fill sits on the mark, or on its group when the panel has one series.
    const colourOf = (svg: string, title: string) =>
      new RegExp(`style="fill:var\\(--chart-(\\d)\\)"[^>]*>(?:<rect[^>]*>)?<title>${title}`).exec(svg)?.[1];
    expect(colourOf(values!.svg, '离岸执行额 · 2019：6 亿美元')).toBe('2');
    expect(colourOf(growth!.svg, '离岸执行额 · 2019：9.3%')).toBe('2');
  });
  it('keeps a series in its document colour', () => {
    const [panel] = renderDataset(dataset('barY', [{ x: 2019, series: '执行额', value: 10, source: p(1, '10') }]), {
      colours: new Map([['执行额', 3]]),
    });
    expect(panel!.svg).toContain('style="fill:var(--chart-4)"');
    expect(panel!.narrow).toContain('style="fill:var(--chart-4)"');
  });
  it('prints a per cent value once with its sign and a derived value at its precision', () => {
    const [, growth] = renderDataset(
      dataset('barY', [
        { x: 2019, value: 10, source: p(1, '10') },
        { x: 2019, value: -0.9, unit: '%', source: { line: 1, text: '0.9%', negated: true } },
      ]),
    );
    expect(growth!.svg).toContain('<title>2019：−0.9%</title>');
    expect(growth!.svg).toMatch(/>−0\.9<\/text>/);
  });
  it('draws a phone version with horizontal bars, and titles panels that need it', () => {
    const rows = ['北京市', '天津市', '河北省', '山西省', '内蒙古自治区', '辽宁省', '吉林省', '黑龙江省'].map((x, i) => ({
      x,
      value: 100 + i * 37.25,
      source: p(1, (100 + i * 37.25).toFixed(2)),
    }));
    const [panel] = renderDataset(dataset('barY', rows));
    expect(panel!.svg).toContain('width="640"');
    expect(panel!.narrow).toContain('width="300"');
    // Horizontal bars: each category is a tick on the left, bars grow from x = marginLeft.
    expect(panel!.narrow).toMatch(/<g[^>]*text-anchor="end"[^>]*>(?:<text[^>]*>[^<]*<\/text>)*<text[^>]*>北京市<\/text>/);
    expect(panel!.titled).toBe(false);
    const [values, growth] = renderDataset(
      dataset('groupedBarY', [
        { x: 2019, series: '执行额', value: 10, source: p(1, '10') },
        { x: 2019, series: '占比', value: 9.3, unit: '%', source: p(1, '9.3%') },
      ]),
    );
    expect([values!.title, growth!.title]).toEqual(['执行额（亿美元）', '占比（%）']);
    expect(growth!.titled).toBe(true);
  });
  it('rounds coordinates to a tenth of a pixel', () => {
    const rows = [2015, 2016, 2017].map((x, i) => ({ x, value: [966.8, 1064.6, 1261.4][i]!, source: p(1, String([966.8, 1064.6, 1261.4][i])) }));
    for (const kind of ['barY', 'line', 'barX'] as const) {
      const [panel] = renderDataset(dataset(kind, rows));
      expect(panel!.svg.match(/="[^"]*\d\.\d{2,}/g) ?? [], kind).toEqual([]);
    }
  });
  it('keeps the chart an image named by its title whatever characters the title holds', () => {
    for (const title of ['A > B 的比较', 'x < y & "z"', '执行额>100 亿美元的城市']) {
      const [panel] = renderDataset({ ...dataset('barY', [{ x: 2019, value: 1, source: p(1, '1') }]), title });
      const { document } = parseHTML(`<!doctype html><html><body>${panel!.svg}</body></html>`);
      const svg = document.querySelector('svg.plot-chart')!;
      expect(svg.getAttribute('role')).toBe('img');
      expect(svg.getAttribute('aria-label')).toBe(`图 1-1 ${title}（亿美元）`);
      expect(document.querySelectorAll('g[aria-label], style')).toHaveLength(0);
    }
  });
  it('draws nothing for a dataset without data', () => {
    expect(renderDataset({ ...dataset('none', []), completeness: 'none' })).toEqual([]);
  });
});
