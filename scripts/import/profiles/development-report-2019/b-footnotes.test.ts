import { describe, expect, it } from 'vitest';
import { escapeMdxText } from '../../../../src/lib/import/mdx.ts';
import { deletionOffset, footnoteSentinel, hasSentinel, placeMarker, resolveFootnoteSentinels } from './b-footnotes.ts';

describe('footnote markers', () => {
  it('finds where a deletion-only edit removed the marker', () => {
    expect(deletionOffset('财年1，', '财年，')).toBe(2);
    expect(deletionOffset('1，', '，')).toBe(0);
    expect(deletionOffset('2', '')).toBe(0);
    expect(() => deletionOffset('abc', 'abc')).toThrow();
    expect(() => deletionOffset('a1b2', 'ab')).toThrow();
  });

  it('puts the marker where the digit was, keeping numbers intact', () => {
    expect(placeMarker('2019财年1，印度GDP同比增长 7.0%', '财年1，', '财年，', '^')).toBe('2019财年^，印度GDP同比增长 7.0%');
    expect(placeMarker('1，服务出口 2836.0 亿美元', '1，', '，', '^')).toBe('^，服务出口 2836.0 亿美元');
    expect(placeMarker('2', '2', '', '^')).toBe('^');
    expect(placeMarker('五、长江中游城市群1', '长江中游城市群1', '长江中游城市群', '^')).toBe('五、长江中游城市群^');
  });

  it('carries the sentinel through escaping and resolves it to a GFM reference', () => {
    const text = escapeMdxText(`增长 7.0%${footnoteSentinel(2)}，服务出口`);
    expect(hasSentinel(text)).toBe(true);
    const out = resolveFootnoteSentinels(text);
    expect(out).toBe('增长 7.0%[^fn2]，服务出口');
    expect(hasSentinel(out)).toBe(false);
  });
});
