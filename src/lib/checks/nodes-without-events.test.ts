import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it } from 'vitest';
import { nodesWithoutEvents } from './nodes-without-events.ts';
import { linksOf } from './built-site.ts';
import { numberAttributes, verifyNumbers } from './numbers.ts';
import { sectionsOfPage } from '../search/sections.ts';

const attrs = Object.entries(numberAttributes({ text: '1580.8', file: 'a.txt', line: 1, from: 'src/data/x.json', row: '2019', column: '执行额', noted: false }))
  .map(([k, v]) => (v === '' ? k : `${k}="${v}"`))
  .join(' ');
// A page with what every job of the pass reads: links, a meta refresh, headings, a sourced number (one shown wrong).
const PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>页</title><link rel="stylesheet" href="/_astro/a.css"></head><body><main>
<h1 id="_top">离岸外包</h1><p>服务外包<a href="/glossary/ito/">信息技术外包</a>在杭州。</p>
<h2 id="scale">规模</h2><table><thead><tr><th>项目</th><th>执行额（亿美元）</th></tr></thead><tbody><tr><th>2019</th><td ${attrs}>1580.8</td></tr><tr><th>2020</th><td ${attrs}>1580.8</td></tr></tbody></table>
<img src="/fig.svg" alt=""><script src="/_astro/x.js"></script></main></body></html>`;
const lines = (file: string) => (file === 'a.txt' ? ['2019 年执行额 1580.8 亿美元。'] : undefined);

/** What the page pass's jobs take from a page: its links, its search sections, its numbers. */
function read() {
  const document = parseHTML(PAGE).document as unknown as Document;
  return { links: linksOf(document), sections: sectionsOfPage(document, '/p/', ['杭州']), numbers: verifyNumbers(document, '/p/', lines) };
}

let restore: (() => void) | undefined;
afterEach(() => {
  restore?.();
  restore = undefined;
});

describe('pages parsed without event listeners (the page pass)', () => {
  it('read the same links, search sections and numbers as pages parsed as linkedom has them', () => {
    const before = read();
    expect(before.links).toContain('/glossary/ito/');
    expect(before.sections.map((s) => s.section)).toEqual(['', '规模']);
    expect(before.numbers.problems).toHaveLength(1);
    restore = nodesWithoutEvents();
    expect(read()).toEqual(before);
  });

  it('say why a node cannot take a listener, and are undone for the rest of the process', () => {
    restore = nodesWithoutEvents();
    const { document } = parseHTML(PAGE);
    expect(() => document.querySelector('h2')!.addEventListener('click', () => {})).toThrow(/page pass have no event listeners \(src\/lib\/checks\/nodes-without-events\.ts\)/);
    restore();
    restore = undefined;
    const again = parseHTML(PAGE).document;
    let clicked = 0;
    const h2 = again.querySelector('h2')!;
    h2.addEventListener('click', () => clicked++);
    h2.dispatchEvent(new (parseHTML('').window.Event)('click'));
    expect(clicked).toBe(1);
  });
});
