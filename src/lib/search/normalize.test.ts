import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize.ts';

describe('normalizeText', () => {
  it('folds full-width forms and case', () => {
    expect(normalizeText('ＩＴＯ　Ｉ１１')).toBe('ito i11');
  });
  it('maps traditional to simplified with the given table', () => {
    expect(normalizeText('服務外包', { 務: '务' })).toBe('服务外包');
  });
});
