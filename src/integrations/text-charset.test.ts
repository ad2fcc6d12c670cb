import { describe, expect, it } from 'vitest';
import { withUtf8Charset } from './text-charset.ts';

describe('charset of text downloads', () => {
  it('adds charset=utf-8 to text, CSV and JSON without one', () => {
    expect(withUtf8Charset('text/plain')).toBe('text/plain; charset=utf-8');
    expect(withUtf8Charset('text/csv')).toBe('text/csv; charset=utf-8');
    expect(withUtf8Charset('application/json')).toBe('application/json; charset=utf-8');
  });
  it('leaves other types and declared charsets alone', () => {
    expect(withUtf8Charset('text/html;charset=utf-8')).toBe('text/html;charset=utf-8');
    expect(withUtf8Charset('text/plain; charset=gbk')).toBe('text/plain; charset=gbk');
    expect(withUtf8Charset('image/png')).toBe('image/png');
  });
});
