import { describe, expect, it } from 'vitest';
import { idFromMdxComment, isValidHeadingId, splitMarkdownSuffixId } from './heading-id.ts';

describe('heading ids', () => {
  it('reads an id from an MDX comment expression', () => {
    expect(idFromMdxComment('/* #overview */')).toBe('overview');
    expect(idFromMdxComment('/*#ch1-scale*/')).toBe('ch1-scale');
    expect(idFromMdxComment('/* a comment */')).toBeUndefined();
    expect(idFromMdxComment('1 + 1')).toBeUndefined();
  });
  it('splits a Markdown {#id} suffix', () => {
    expect(splitMarkdownSuffixId('总体情况 {#overview}')).toEqual({ text: '总体情况', id: 'overview' });
    expect(splitMarkdownSuffixId('总体情况')).toEqual({ text: '总体情况' });
  });
  it('accepts only lower-case ASCII ids', () => {
    expect(isValidHeadingId('ch1-overview')).toBe(true);
    expect(isValidHeadingId('总体情况')).toBe(false);
    expect(isValidHeadingId('Overview')).toBe(false);
    expect(isValidHeadingId('a--b')).toBe(false);
    expect(isValidHeadingId('1abc')).toBe(false);
  });
});
