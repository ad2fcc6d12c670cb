import { describe, expect, it } from 'vitest';
import { KIND_WORD, kindWords, pageKind } from './record-html.ts';

describe('kinds of page in the index', () => {
  it('tells places, digests, terms and other pages apart by URL', () => {
    expect(pageKind('/cities/hangzhou/')).toBe('place');
    expect(pageKind('/regions/east/')).toBe('place');
    expect(pageKind('/indicators/execution/')).toBe('digest');
    expect(pageKind('/glossary/kpo/')).toBe('term');
    expect(pageKind('/reports/development-report-2019/ch1-overview/')).toBe('page');
  });
  it('marks pages that restate the documents (places and digests) as aside, never documents or terms', () => {
    expect(kindWords('/cities/hangzhou/')).toEqual([`${KIND_WORD}place`, `${KIND_WORD}aside`]);
    expect(kindWords('/indicators/execution/')).toEqual([`${KIND_WORD}digest`, `${KIND_WORD}aside`]);
    expect(kindWords('/glossary/kpo/')).toEqual([`${KIND_WORD}term`]);
    expect(kindWords('/reports/newsletter-2019-05-20/news/')).toEqual([`${KIND_WORD}page`]);
  });
});
