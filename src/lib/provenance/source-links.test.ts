import { describe, expect, it } from 'vitest';
import { lineFragment, lineLabel, parseLineFragment, sourceLineUrl, sourceRawUrl, sourceViewerUrl } from './source-links.ts';

describe('source links', () => {
  it('links a line and a range to the viewer', () => {
    expect(sourceLineUrl('development-report-2019.txt', 2748)).toBe('/sources/development-report-2019/#L2748');
    expect(sourceLineUrl('development-report-2019.txt', 120, 130)).toBe('/sources/development-report-2019/#L120-L130');
    expect(sourceLineUrl('a.txt', 5, 5)).toBe('/sources/a/#L5');
  });
  it('keeps the raw text and the viewer apart', () => {
    expect(sourceViewerUrl('newsletter-2019-05-20.txt')).toBe('/sources/newsletter-2019-05-20/');
    expect(sourceRawUrl('newsletter-2019-05-20.txt')).toBe('/sources/newsletter-2019-05-20.txt');
  });
  it('reads back what it writes, and nothing else', () => {
    expect(parseLineFragment(`#${lineFragment(120, 130)}`)).toEqual([120, 130]);
    expect(parseLineFragment('#L7')).toEqual([7, 7]);
    expect(parseLineFragment('#L9-L3')).toBeUndefined();
    expect(parseLineFragment('#L0')).toBeUndefined();
    expect(parseLineFragment('#overview')).toBeUndefined();
  });
  it('rejects impossible ranges instead of writing a dead link', () => {
    expect(() => lineFragment(10, 9)).toThrow(/to >= from/);
    expect(() => lineFragment(0)).toThrow();
  });
  it('labels lines in Chinese', () => {
    expect(lineLabel(3)).toBe('第 3 行');
    expect(lineLabel(3, 9)).toBe('第 3–9 行');
  });
});
