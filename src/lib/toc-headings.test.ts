import { describe, expect, it } from 'vitest';
import { stripFootnoteNumbers } from './toc-headings.ts';

describe('stripFootnoteNumbers', () => {
  it('removes the footnote number only from headings that carry a footnote', () => {
    const mdx = '## 五、长江中游城市群[^fn3] {/* #middle-yangtze */}\n\n## 2019 年规模 2019 {/* #scale-2019 */}\n';
    const headings = [
      { depth: 2, slug: 'middle-yangtze', text: '五、长江中游城市群3' },
      { depth: 2, slug: 'scale-2019', text: '2019 年规模 2019' },
    ];
    expect(stripFootnoteNumbers(headings, mdx).map((h) => h.text)).toEqual(['五、长江中游城市群', '2019 年规模 2019']);
  });
});
