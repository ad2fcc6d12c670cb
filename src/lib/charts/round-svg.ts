/**
 * Rounds the coordinates Plot writes (y2="254.93333333333337") to one decimal
 * place in geometry attributes only, never in text. A tenth of a pixel is
 * below what a screen or printer shows at the sizes the charts are drawn, and
 * the long decimals were about a tenth of every report page's bytes.
 */
const GEOMETRY = /\s(?:d|x|y|x1|x2|y1|y2|cx|cy|r|dx|dy|width|height|transform|points|viewBox)="[^"]*"/g;
const LONG_DECIMAL = /-?\d+\.\d{2,}/g;

function round(number: string): string {
  const value = Math.round(Number(number) * 10) / 10;
  return String(Object.is(value, -0) ? 0 : value);
}

export function roundSvgCoordinates(svg: string): string {
  return svg.replace(GEOMETRY, (attribute) => attribute.replace(LONG_DECIMAL, round));
}
