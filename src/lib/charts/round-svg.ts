/**
 * Rounds the coordinates Plot writes (y2="254.93333333333337") to one decimal
 * place in geometry attributes only, never in text. A tenth of a pixel is
 * below what a screen or printer shows at the sizes the charts are drawn, and
 * the long decimals were about a tenth of every report page's bytes. Works on
 * the DOM Plot built, like the rest of the chart's post-processing: only
 * attribute values are touched, whatever characters titles and labels hold.
 */
const GEOMETRY = ['d', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'dx', 'dy', 'width', 'height', 'transform', 'points', 'viewBox'];
const LONG_DECIMAL = /-?\d+\.\d{2,}/g;

function round(number: string): string {
  const value = Math.round(Number(number) * 10) / 10;
  return String(Object.is(value, -0) ? 0 : value);
}

/** Rounds the geometry attributes of `root` and every element below it, in place. */
export function roundSvgCoordinates(root: Element): void {
  for (const element of [root, ...root.querySelectorAll('*')]) {
    for (const name of GEOMETRY) {
      const value = element.getAttribute(name);
      if (value !== null && LONG_DECIMAL.test(value)) element.setAttribute(name, value.replace(LONG_DECIMAL, round));
      LONG_DECIMAL.lastIndex = 0;
    }
  }
}
