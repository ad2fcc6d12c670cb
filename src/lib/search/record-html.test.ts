import { describe, expect, it } from 'vitest';
import { isAside, pageKind } from './record-html.ts';

describe('kinds of page in the index', () => {
  it('tells places, digests, terms and other pages apart by URL', () => {
    expect(pageKind('/cities/hangzhou/')).toBe('place');
    expect(pageKind('/regions/east/')).toBe('place');
    expect(pageKind('/indicators/execution/')).toBe('digest');
    expect(pageKind('/glossary/kpo/')).toBe('term');
    expect(pageKind('/reports/development-report-2019/ch1-overview/')).toBe('page');
  });
  it('marks pages that restate the documents (places and digests) as aside, never documents or terms', () => {
    expect(isAside('/cities/hangzhou/')).toBe(true);
    expect(isAside('/circles/yangtze-river-delta/')).toBe(true);
    expect(isAside('/indicators/execution/')).toBe(true);
    expect(isAside('/glossary/kpo/')).toBe(false);
    expect(isAside('/reports/newsletter-2019-05-20/news/')).toBe(false);
  });
});
