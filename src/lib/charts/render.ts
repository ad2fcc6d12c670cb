/**
 * Renders a dataset to static SVG with Observable Plot at build time (in Node,
 * with linkedom as the DOM). Colours are CSS variables so one SVG works in
 * light mode, dark mode and print; every mark has a <title> so hover tips work
 * without JavaScript.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import type { Dataset, DatasetRow } from './dataset.ts';
import { textWidthEm, wrapLabel } from './wrap-label.ts';

export const CHART_WIDTH = 640;
const FONT_PX = 12;
/** Placeholder colours Plot writes, swapped for CSS variables afterwards. */
const PALETTE = ['#010101', '#020202', '#030303', '#040404', '#050505', '#060606', '#070707', '#080808'];

export interface RenderedPanel {
  unit: string;
  svg: string;
}

export function formatValue(value: number): string {
  return Number.isInteger(value) ? value.toLocaleString('en-US') : value.toLocaleString('en-US', { maximumFractionDigits: 4 });
}

function tip(row: DatasetRow, unit: string): string {
  const what = [row.series, String(row.x)].filter(Boolean).join(' · ');
  return `${what}：${formatValue(row.value)}${unit === '%' ? '%' : ` ${unit}`}${row.derived ? '（推算值）' : ''}`;
}

/** Wraps category labels for a horizontal axis of the given band width in px. */
function wrapped(labels: readonly string[], maxPx: number): Map<string, string> {
  return new Map(labels.map((label) => [label, wrapLabel(label, Math.max(2, maxPx / FONT_PX)).join('\n')]));
}

/**
 * Plot writes a <style> block into every chart (invalid inside <div> and
 * repeated per chart); its rules live once in site.css instead. The SVG gets
 * role="img", so its aria-label names the chart for screen readers. Done on
 * the DOM Plot built, not on its serialized text: a title may hold any
 * character (a ">" in it once cost the chart its role).
 */
function finish(plot: Element): string {
  for (const style of [...plot.querySelectorAll('style')]) style.remove();
  const svgs = [...(plot.tagName.toLowerCase() === 'svg' ? [plot] : []), ...plot.querySelectorAll('svg')];
  for (const svg of svgs) {
    // The chart is one image: its aria-label names it. Legend swatches are decoration beside their text labels.
    if (svg.classList.contains('plot-chart')) svg.setAttribute('role', 'img');
    else svg.setAttribute('aria-hidden', 'true');
  }
  // Plot's labels on inner groups are not allowed inside an image (axe: aria-prohibited-attr).
  for (const group of plot.querySelectorAll('g')) {
    group.removeAttribute('aria-label');
    group.removeAttribute('aria-description');
  }
  colourise(plot);
  return plot.outerHTML;
}

/** Swaps the placeholder colours for CSS variables, so one SVG follows light mode, dark mode and print. */
function colourise(plot: Element): void {
  for (const element of [plot, ...plot.querySelectorAll('[fill], [stroke]')]) {
    const styles: string[] = [];
    for (const attribute of ['fill', 'stroke']) {
      const index = PALETTE.indexOf(element.getAttribute(attribute) ?? '');
      if (index === -1) continue;
      element.removeAttribute(attribute);
      styles.push(`${attribute}:var(--chart-${index + 1})`);
    }
    if (styles.length) element.setAttribute('style', [element.getAttribute('style'), ...styles].filter(Boolean).join(';'));
  }
}

function panel(dataset: Dataset, unit: string, rows: DatasetRow[], allSeries: readonly string[]): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const seriesNames = [...new Set(rows.map((r) => r.series ?? ''))];
  const hasSeries = seriesNames.length > 1;
  const xs = [...new Set(rows.map((r) => String(r.x)))];
  // Colours follow the series name across all panels of a figure, not the order within one panel.
  const color = {
    domain: seriesNames,
    range: seriesNames.map((name) => PALETTE[Math.max(0, allSeries.indexOf(name)) % PALETTE.length]!),
    legend: hasSeries,
  };
  // Fill by series whenever the figure has several, even in a panel that shows only one of them.
  const fill = allSeries.length > 1 ? 'series' : PALETTE[0];
  const yLabel = unit === dataset.unit ? (dataset.chart.yLabel ?? unit) : unit;
  // Label a value as the source prints it ("2357.0", not "2,357"); derived values get a star.
  const label = (r: DatasetRow) =>
    r.source
      ? `${r.source.negated ? '−' : ''}${r.source.text.replace(/%$/, '')}`
      : `${r.value.toFixed(r.derived!.decimals)}*`;
  const data = rows.map((r) => ({ ...r, x: String(r.x), series: r.series ?? '', tip: tip(r, unit), label: label(r) }));
  const common = {
    document,
    // A fixed class name, so site.css can carry the styles Plot would inline.
    className: 'plot-chart',
    width: CHART_WIDTH,
    style: { fontSize: `${FONT_PX}px`, fontFamily: 'inherit', background: 'transparent' },
    ariaLabel: `${dataset.figure} ${dataset.title}（${unit}）`,
    ariaDescription: `${rows.length} 个数值，数据表见图下。`,
  };
  const kind = dataset.chart.kind;
  let plot: Element;
  if (kind === 'barX' || kind === 'groupedBarX') {
    const labelWidth = Math.min(10, Math.max(...xs.map(textWidthEm))) * FONT_PX;
    const labels = wrapped(xs, labelWidth);
    const rowsPerLabel = Math.max(...[...labels.values()].map((l) => l.split('\n').length));
    const band = Math.max(22, rowsPerLabel * FONT_PX * 1.3) * (hasSeries ? seriesNames.length * 0.8 : 1);
    const byRow = hasSeries
      ? { fy: 'x', y: 'series', x: 'value', fill: 'series', title: 'tip' }
      : { y: 'x', x: 'value', fill, title: 'tip' };
    const textByRow = hasSeries ? { fy: 'x', y: 'series', x: 'value' } : { y: 'x', x: 'value' };
    const categoryAxis = { label: null, domain: xs, tickFormat: (d: string) => labels.get(d) ?? d };
    plot = Plot.plot({
      ...common,
      height: Math.max(120, xs.length * band + 60),
      marginLeft: labelWidth + 12,
      marginRight: 56,
      x: { label: dataset.chart.xLabel ?? unit, grid: true },
      ...(hasSeries ? { fy: categoryAxis, y: { axis: null, domain: seriesNames } } : { y: categoryAxis }),
      color,
      marks: [
        Plot.barX(data, byRow),
        Plot.text(data, { ...textByRow, text: 'label', textAnchor: 'start', dx: 4 }),
        Plot.ruleX([0]),
      ],
    }) as unknown as Element;
  } else if (kind === 'line') {
    const widest = Math.max(...rows.map((r) => textWidthEm(formatValue(r.value))));
    plot = Plot.plot({
      ...common,
      height: 320,
      marginRight: 40,
      marginLeft: Math.max(48, widest * FONT_PX + 16),
      x: { label: dataset.chart.xLabel ?? null, type: 'point', domain: xs },
      y: { label: yLabel, grid: true, zero: true },
      color,
      marks: [
        Plot.lineY(data, { x: 'x', y: 'value', stroke: fill }),
        Plot.dot(data, { x: 'x', y: 'value', fill, r: 4, title: 'tip' }),
        Plot.text(data, { x: 'x', y: 'value', text: 'label', dy: -10 }),
      ],
    }) as unknown as Element;
  } else {
    // barY and groupedBarY: categories along the bottom, wrapped to their band.
    // Few categories make a narrower chart rather than very wide bars.
    const width = Math.min(CHART_WIDTH, 140 + xs.length * Math.max(1, seriesNames.length) * 90);
    const band = (width - 80) / Math.max(1, xs.length);
    const labels = wrapped(xs, band - 6);
    const lines = Math.max(...[...labels.values()].map((l) => l.split('\n').length));
    const axisTitle = dataset.chart.xLabel ? FONT_PX * 1.6 : 0;
    plot = Plot.plot({
      ...common,
      width,
      height: 300 + lines * FONT_PX + axisTitle,
      marginBottom: 16 + lines * FONT_PX * 1.2 + axisTitle,
      marginLeft: 56,
      x: hasSeries ? { axis: null, domain: seriesNames } : { label: dataset.chart.xLabel ?? null, domain: xs, tickFormat: (d: string) => labels.get(d) ?? d },
      ...(hasSeries ? { fx: { label: dataset.chart.xLabel ?? null, domain: xs, tickFormat: (d: string) => labels.get(d) ?? d } } : {}),
      y: { label: yLabel, grid: true },
      color,
      marks: [
        Plot.barY(data, hasSeries ? { fx: 'x', x: 'series', y: 'value', fill: 'series', title: 'tip' } : { x: 'x', y: 'value', fill, title: 'tip' }),
        Plot.text(data, hasSeries ? { fx: 'x', x: 'series', y: 'value', text: 'label', dy: -6 } : { x: 'x', y: 'value', text: 'label', dy: -6 }),
        Plot.ruleY([0]),
      ],
    }) as unknown as Element;
  }
  return finish(plot);
}

/** One SVG per unit (e.g. values in 亿美元 and growth in %), in the order the units first appear. */
export function renderDataset(dataset: Dataset): RenderedPanel[] {
  if (dataset.chart.kind === 'none' || dataset.rows.length === 0) return [];
  const units = [...new Set(dataset.rows.map((r) => r.unit ?? dataset.unit))];
  const allSeries = [...new Set(dataset.rows.map((r) => r.series ?? ''))];
  return units.map((unit) => ({
    unit,
    svg: panel(dataset, unit, dataset.rows.filter((r) => (r.unit ?? dataset.unit) === unit), allSeries),
  }));
}
