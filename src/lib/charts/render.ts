/**
 * Renders a dataset to static SVG with Observable Plot at build time (in Node,
 * with linkedom as the DOM). Colours are CSS variables so one SVG works in
 * light mode, dark mode and print; every mark has a <title> so hover tips work
 * without JavaScript.
 *
 * Each panel is drawn twice: for a column of 640 px and for a phone (300 px,
 * bars always horizontal, fewer ticks and value labels), because a 640 px
 * drawing scaled to a phone sets its 12 px text at 6–8 px. The page shows
 * one of the two with a container query (site.css).
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import type { Dataset, DatasetRow } from './dataset.ts';
import { roundSvgCoordinates } from './round-svg.ts';
import { figureColours } from './series-colours.ts';
import { linesWidthEm, textWidthEm, wrapLabel } from './wrap-label.ts';

export const CHART_WIDTH = 640;
/** Drawn for the 328 px column of a 360 px phone, and still 11 px text when scaled into a 312 px screen's column. */
export const NARROW_CHART_WIDTH = 300;
const FONT_PX = 12;
/** Placeholder colours Plot writes, swapped for CSS variables afterwards. */
const PALETTE = ['#010101', '#020202', '#030303', '#040404', '#050505', '#060606', '#070707', '#080808'];

export interface RenderedPanel {
  unit: string;
  /** What the panel shows, e.g. "执行额（亿美元）" or "单位：%". */
  title: string;
  /** Whether the title says something the figure's caption and unit line do not (several panels, or one named series without a legend). */
  titled: boolean;
  /** Drawn for a 640 px column. */
  svg: string;
  /** Drawn for a phone. */
  narrow: string;
}

export interface RenderOptions {
  /** Palette slot (0-based) of each series name across the document, so a series keeps its colour in every figure. */
  colours?: ReadonlyMap<string, number> | undefined;
}

export function formatValue(value: number): string {
  return Number.isInteger(value) ? value.toLocaleString('en-US') : value.toLocaleString('en-US', { maximumFractionDigits: 4 });
}

/** A value as the source prints it ("2357.0", "1,172", "−0.9"), or the derived value at its precision. */
function printed(row: DatasetRow): string {
  return row.source ? `${row.source.negated ? '−' : ''}${row.source.text}` : row.value.toFixed(row.derived!.decimals);
}

/** The tip of a mark: what and where, then the value as printed with its unit once ("执行额 · 2019：2357.0 亿美元"). */
export function tipText(row: DatasetRow, unit: string): string {
  const what = [row.series, String(row.x)].filter(Boolean).join(' · ');
  const value = printed(row);
  const withUnit = unit === '%' ? `${value.replace(/%$/, '')}%` : `${value} ${unit}`;
  return `${what}：${withUnit}${row.derived ? '（推算值）' : ''}`;
}

/** The label on a bar or point: as printed, without the per cent sign the axis already gives; derived values get a star. */
function valueLabel(row: DatasetRow): string {
  return row.source ? printed(row).replace(/%$/, '') : `${printed(row)}*`;
}

/** Wraps category labels to a width in px; returns the labels and the widest line in px. */
function wrapped(labels: readonly string[], maxPx: number): { labels: Map<string, string>; widthPx: number; lines: number } {
  const map = new Map<string, string>();
  let width = 0;
  let lines = 1;
  for (const label of labels) {
    const wrappedLines = wrapLabel(label, Math.max(2, maxPx / FONT_PX));
    map.set(label, wrappedLines.join('\n'));
    width = Math.max(width, linesWidthEm(wrappedLines) * FONT_PX);
    lines = Math.max(lines, wrappedLines.length);
  }
  return { labels: map, widthPx: width, lines };
}

/** Every k-th item and the last, dropping the one before the last when it stands closer than k. */
function thinned<T>(items: readonly T[], step: number): T[] {
  if (step <= 1 || items.length < 2) return [...items];
  const kept = items.filter((_, i) => i % step === 0);
  if (kept.at(-1) !== items.at(-1)) {
    if (items.length - 1 - items.indexOf(kept.at(-1)!) < step && kept.length > 1) kept.pop();
    kept.push(items.at(-1)!);
  }
  return kept;
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
  roundSvgCoordinates(plot);
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

/** An axis title with the unit, once: "2018 年（亿美元）", "同比增长（%）", or the unit alone. */
function axisTitle(base: string | undefined, unit: string, datasetUnit: string): string {
  if (!base || (unit !== datasetUnit && !base.includes(unit))) return unit;
  return base.includes(unit) ? base : `${base}（${unit}）`;
}

interface Layout {
  width: number;
  narrow: boolean;
}

function panel(dataset: Dataset, unit: string, rows: DatasetRow[], slots: ReadonlyMap<string, number>, layout: Layout): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const seriesNames = [...new Set(rows.map((r) => r.series ?? ''))];
  const hasSeries = seriesNames.length > 1;
  const xs = [...new Set(rows.map((r) => String(r.x)))];
  const slotOf = (name: string) => PALETTE[(slots.get(name) ?? 0) % PALETTE.length]!;
  // Colours follow the series name across the document, not the order within one panel.
  const color = { domain: seriesNames, range: seriesNames.map(slotOf), legend: hasSeries };
  // A panel of one series keeps that series' colour.
  const fill = hasSeries ? 'series' : slotOf(seriesNames[0] ?? '');
  const data = rows.map((r) => ({ ...r, x: String(r.x), series: r.series ?? '', tip: tipText(r, unit), label: valueLabel(r) }));
  const widestValue = Math.max(...data.map((d) => textWidthEm(d.label))) * FONT_PX;
  const common = {
    document,
    // A fixed class name, so site.css can carry the styles Plot would inline.
    className: 'plot-chart',
    width: layout.width,
    style: { fontSize: `${FONT_PX}px`, fontFamily: 'inherit', background: 'transparent' },
    ariaLabel: `${dataset.figure} ${dataset.title}（${unit}）`,
    ariaDescription: `${rows.length} 个数值，数据表见图下。`,
  };
  // On a phone, vertical bars become horizontal: category names read across and value labels never collide.
  const kind = layout.narrow && (dataset.chart.kind === 'barY' || dataset.chart.kind === 'groupedBarY') ? 'barX' : dataset.chart.kind;
  let plot: Element;
  if (kind === 'barX' || kind === 'groupedBarX') {
    const valueTitle = axisTitle(dataset.chart.xLabel ?? (kind !== dataset.chart.kind ? dataset.chart.yLabel : undefined), unit, dataset.unit);
    const maxLabelEm = layout.narrow ? 6 : 10;
    const { labels, widthPx, lines } = wrapped(xs, Math.min(maxLabelEm, Math.max(...xs.map(textWidthEm))) * FONT_PX);
    const band = Math.max(22, lines * FONT_PX * 1.3) * (hasSeries ? seriesNames.length * 0.8 : 1);
    const byRow = hasSeries
      ? { fy: 'x', y: 'series', x: 'value', fill: 'series', title: 'tip' }
      : { y: 'x', x: 'value', fill, title: 'tip' };
    const textByRow = hasSeries ? { fy: 'x', y: 'series', x: 'value' } : { y: 'x', x: 'value' };
    const categoryAxis = { label: null, domain: xs, tickFormat: (d: string) => labels.get(d) ?? d };
    const marginLeft = Math.ceil(widthPx) + 16;
    const marginRight = Math.ceil(widestValue) + 12;
    const plotWidth = layout.width - marginLeft - marginRight;
    // Ticks at least the widest tick label plus a gap apart.
    const extent = Math.max(...data.map((d) => Math.abs(d.value)));
    const tickLabelPx = textWidthEm(formatValue(extent)) * FONT_PX + 16;
    plot = Plot.plot({
      ...common,
      height: Math.max(120, xs.length * band + 76),
      marginLeft,
      marginRight,
      marginBottom: 52,
      // The value axis title sits centred under the ticks, never beside the last one.
      x: { label: valueTitle, labelAnchor: 'center', labelArrow: 'none', labelOffset: 44, grid: true, ticks: Math.max(2, Math.floor(plotWidth / Math.max(80, tickLabelPx))) },
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
    const marginLeft = Math.max(48, widest * FONT_PX + 16);
    const marginRight = 40;
    const step = (layout.width - marginLeft - marginRight) / Math.max(1, xs.length - 1);
    // Year ticks and value labels: every k-th, when they would touch.
    const tickEvery = Math.ceil((Math.max(...xs.map(textWidthEm)) * FONT_PX + 8) / step);
    const labelEvery = Math.ceil((widestValue + 6) / step);
    const shownTicks = thinned(xs, tickEvery);
    const shownLabels = new Set(thinned(xs, labelEvery));
    plot = Plot.plot({
      ...common,
      height: layout.narrow ? 260 : 320,
      marginRight,
      marginLeft,
      x: { label: dataset.chart.xLabel ?? null, type: 'point', domain: xs, ticks: shownTicks },
      y: { label: axisTitle(dataset.chart.yLabel, unit, dataset.unit), grid: true, zero: true },
      color,
      marks: [
        Plot.lineY(data, { x: 'x', y: 'value', stroke: fill }),
        Plot.dot(data, { x: 'x', y: 'value', fill, r: 4, title: 'tip' }),
        Plot.text(
          data.filter((d) => shownLabels.has(d.x)),
          { x: 'x', y: 'value', text: 'label', dy: -10 },
        ),
      ],
    }) as unknown as Element;
  } else {
    // barY and groupedBarY: categories along the bottom, wrapped to their band.
    // Few categories make a narrower chart rather than very wide bars.
    const width = Math.min(layout.width, 140 + xs.length * Math.max(1, seriesNames.length) * 90);
    const band = (width - 80) / Math.max(1, xs.length);
    const { labels, lines } = wrapped(xs, band - 6);
    const axisTitleHeight = dataset.chart.xLabel ? FONT_PX * 1.6 : 0;
    // Value labels only where each fits over its own bar: many bars in one chart (a long series by
    // document) would print them into each other; the values stay in the tips and the 表格 beside.
    const barWidth = (width - 80) / Math.max(1, xs.length * (hasSeries ? seriesNames.length : 1));
    const valueLabels = widestValue + 4 <= barWidth;
    plot = Plot.plot({
      ...common,
      width,
      // Headroom above the tallest bar, so its value label stays clear of the axis title over the frame.
      insetTop: FONT_PX * 1.5,
      height: 300 + lines * FONT_PX + axisTitleHeight,
      marginBottom: 16 + lines * FONT_PX * 1.2 + axisTitleHeight,
      marginLeft: 56,
      x: hasSeries ? { axis: null, domain: seriesNames } : { label: dataset.chart.xLabel ?? null, domain: xs, tickFormat: (d: string) => labels.get(d) ?? d },
      ...(hasSeries ? { fx: { label: dataset.chart.xLabel ?? null, domain: xs, tickFormat: (d: string) => labels.get(d) ?? d } } : {}),
      y: { label: axisTitle(dataset.chart.yLabel, unit, dataset.unit), grid: true },
      color,
      marks: [
        Plot.barY(data, hasSeries ? { fx: 'x', x: 'series', y: 'value', fill: 'series', title: 'tip' } : { x: 'x', y: 'value', fill, title: 'tip' }),
        ...(valueLabels ? [Plot.text(data, hasSeries ? { fx: 'x', x: 'series', y: 'value', text: 'label', dy: -6 } : { x: 'x', y: 'value', text: 'label', dy: -6 })] : []),
        Plot.ruleY([0]),
      ],
    }) as unknown as Element;
  }
  return finish(plot);
}

/** One panel per unit (e.g. values in 亿美元 and growth in %), in the order the units first appear; each drawn wide and narrow. */
export function renderDataset(dataset: Dataset, options: RenderOptions = {}): RenderedPanel[] {
  if (dataset.chart.kind === 'none' || dataset.rows.length === 0) return [];
  const units = [...new Set(dataset.rows.map((r) => r.unit ?? dataset.unit))];
  const allSeries = [...new Set(dataset.rows.map((r) => r.series ?? ''))];
  const slots = figureColours(allSeries, options.colours, PALETTE.length);
  return units.map((unit) => {
    const rows = dataset.rows.filter((r) => (r.unit ?? dataset.unit) === unit);
    const named = [...new Set(rows.map((r) => r.series).filter((s): s is string => Boolean(s)))];
    return {
      unit,
      title: named.length ? `${named.join('、')}（${unit}）` : `单位：${unit}`,
      titled: units.length > 1 || named.length === 1,
      svg: panel(dataset, unit, rows, slots, { width: CHART_WIDTH, narrow: false }),
      narrow: panel(dataset, unit, rows, slots, { width: NARROW_CHART_WIDTH, narrow: true }),
    };
  });
}
