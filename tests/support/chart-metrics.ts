/**
 * Measures the charts of a page as a reader sees them: the rendered size of
 * every chart text (font size × the SVG's scale on screen) and the text boxes
 * that overlap another text box of the same chart. Runs in the page
 * (page.evaluate), so it only uses the DOM.
 */
export interface ChartTextIssue {
  chart: string;
  text: string;
  /** Rendered font size in px. */
  px?: number;
  /** The other text, for an overlap. */
  other?: string;
}

export interface ChartMetrics {
  /** Visible chart SVGs measured. */
  charts: number;
  /** Text lines measured. */
  texts: number;
  /** Smallest rendered font size in px (Infinity without text). */
  minPx: number;
  small: ChartTextIssue[];
  overlaps: ChartTextIssue[];
  /** Text that sticks out of its chart's box sideways (cut off or over the page margin). */
  outside: ChartTextIssue[];
}

export function measureCharts(minPx: number): ChartMetrics {
  const result: ChartMetrics = { charts: 0, texts: 0, minPx: Infinity, small: [], overlaps: [], outside: [] };
  const visible = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };
  for (const box of document.querySelectorAll('.doc-figure__chart')) {
    const name = `${box.getAttribute('data-chart')}${box.getAttribute('data-unit') ? ` (${box.getAttribute('data-unit')})` : ''}`;
    const boxRect = box.getBoundingClientRect();
    for (const svg of box.querySelectorAll<SVGSVGElement>('svg.plot-chart')) {
      if (!visible(svg)) continue;
      result.charts++;
      const viewBox = svg.viewBox.baseVal;
      const scale = viewBox && viewBox.width ? svg.getBoundingClientRect().width / viewBox.width : 1;
      const lines: { text: string; rect: DOMRect; px: number }[] = [];
      for (const text of svg.querySelectorAll('text')) {
        const spans = text.querySelectorAll('tspan');
        for (const el of spans.length ? [...spans] : [text]) {
          const content = (el.textContent ?? '').trim();
          if (!content || !visible(el)) continue;
          const px = parseFloat(getComputedStyle(el).fontSize) * scale;
          lines.push({ text: content, rect: el.getBoundingClientRect(), px });
        }
      }
      for (const line of lines) {
        result.texts++;
        result.minPx = Math.min(result.minPx, line.px);
        if (line.px < minPx - 0.01) result.small.push({ chart: name, text: line.text, px: Math.round(line.px * 10) / 10 });
        if (line.rect.left < boxRect.left - 1 || line.rect.right > boxRect.right + 1) result.outside.push({ chart: name, text: line.text });
      }
      // Compare em boxes (the line box of a CJK font is about 1.45 em tall, so stacked lines of one label would touch).
      const em = (l: (typeof lines)[number]) => {
        const middle = (l.rect.top + l.rect.bottom) / 2;
        return { left: l.rect.left, right: l.rect.right, top: middle - 0.45 * l.px, bottom: middle + 0.45 * l.px };
      };
      for (let i = 0; i < lines.length; i++) {
        const a = em(lines[i]!);
        for (let j = i + 1; j < lines.length; j++) {
          const b = em(lines[j]!);
          const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (w > 0.5 && h > 0.5) result.overlaps.push({ chart: name, text: lines[i]!.text, other: lines[j]!.text });
        }
      }
    }
  }
  return result;
}
