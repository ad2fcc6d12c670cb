/** The glossary's 出现在 lists: each listed section really mentions the term. */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, loadDocument, requireBuild } from './built-pages.ts';

beforeAll(requireBuild);

const sectionText = (href: string): string => {
  const [path, id] = href.split('#');
  const doc = loadDocument(join(DIST, path!, 'index.html'));
  const body = doc.querySelector('[data-doc-body]')!;
  if (!id) return body.textContent ?? '';
  // From the heading to the next heading of the same or a higher level.
  const heading = doc.getElementById(id)!;
  const level = Number(heading.tagName.slice(1));
  let text = heading.textContent ?? ''; // the heading itself counts as a mention
  let node: Element | null = heading.closest('.sl-heading-wrapper') ?? heading;
  for (node = node.nextElementSibling; node; node = node.nextElementSibling) {
    const h = node.matches('h2, h3, h4') ? node : node.querySelector(':scope > h2, :scope > h3, :scope > h4');
    if (h && Number(h.tagName.slice(1)) <= level && node.matches('.sl-heading-wrapper, h2, h3, h4')) break;
    text += node.textContent ?? '';
  }
  return text;
};

describe('出现在 on glossary entries', () => {
  it.each([
    ['kpo', ['KPO', '知识流程外包']],
    ['crowdsourcing', ['众包']],
    ['service-outsourcing', ['服务外包']],
  ])('/glossary/%s/ lists sections that mention it', (slug, names) => {
    const page = loadDocument(join(DIST, 'glossary', slug, 'index.html'));
    const links = [...page.querySelectorAll('.glossary-mentions a')].map((a) => a.getAttribute('href')!);
    expect(links.length).toBeGreaterThan(2);
    for (const href of links) {
      const text = sectionText(href);
      expect(names.some((n) => text.includes(n)), `${href} mentions ${names.join('/')}`).toBe(true);
    }
  });
});

describe('the entry 服务外包示范城市', () => {
  it('links all 31 city profiles', () => {
    const page = loadDocument(join(DIST, 'glossary', 'demonstration-city', 'index.html'));
    const hrefs = new Set([...page.querySelectorAll('.glossary-cities a')].map((a) => a.getAttribute('href')));
    expect(hrefs.size).toBe(31);
    for (const href of hrefs) expect(href).toMatch(/^\/cities\/[a-z]+\/$/);
  });
});
