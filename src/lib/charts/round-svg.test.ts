import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { roundSvgCoordinates } from './round-svg.ts';

function rounded(markup: string): string {
  const { document } = parseHTML(`<!doctype html><html><body><svg>${markup}</svg></body></html>`);
  const svg = document.querySelector('svg')!;
  roundSvgCoordinates(svg);
  return svg.innerHTML;
}

describe('roundSvgCoordinates', () => {
  it('rounds geometry to a tenth of a pixel', () => {
    expect(rounded('<line y2="254.93333333333337" y1="41.59999999999999" x1="56"></line>')).toBe('<line y2="254.9" y1="41.6" x1="56" />');
    expect(rounded('<path d="M0,0L-6.0400000001,0" transform="translate(56,-0.04999)"></path>')).toBe(
      '<path d="M0,0L-6,0" transform="translate(56,0)" />',
    );
  });
  it('leaves text and other attributes alone', () => {
    const text = '<text y="3.333333" aria-label="1.23456"><title>增长 12.3456%</title>1.23456</text>';
    expect(rounded(text)).toBe('<text y="3.3" aria-label="1.23456"><title>增长 12.3456%</title>1.23456</text>');
  });
});
