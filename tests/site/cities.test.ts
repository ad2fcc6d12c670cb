/**
 * The built city, region and circle pages: the 31 profiles exist at their
 * slugs, every number they print is at its cited source line, the backlinks
 * cover every mention of each city in the published documents, and every
 * link on these pages resolves, anchors included.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkPrinted } from '../../src/lib/charts/provenance.ts';
import { checkRank } from '../../src/lib/cities/facts.ts';
import { checkQuote } from '../../src/lib/provenance/source-quote.ts';
import { createMentionMatcher } from '../../src/lib/linking/city-mentions.ts';
import { hasFragment } from '../../src/lib/checks/link-check.ts';
import { CIRCLE_SLUGS, CITY_SLUGS, REGION_SLUGS, type City } from '../../src/lib/cities/schema.ts';
import { readSourceLines } from '../../src/lib/provenance/source-map-fs.ts';
import { CITY_MENTIONS_PAGE_SIZE, CITY_MENTIONS_PREVIEW, cityMentionsUrl } from '../../src/lib/cities/mentions.ts';
import { DIST, ROOT, htmlFiles, loadDocument, requireBuild, urlOf } from './built-pages.ts';

beforeAll(requireBuild);

const cities = new Map<string, City>(
  readdirSync(join(ROOT, 'src/data/cities'))
    .filter((n) => n.endsWith('.json'))
    .map((n) => [n.replace(/\.json$/, ''), JSON.parse(readFileSync(join(ROOT, 'src/data/cities', n), 'utf8')) as City]),
);
const page = (url: string) => loadDocument(join(DIST, url, 'index.html'));
const sources = new Map<string, string[]>();
const lines = (file: string) => {
  if (!sources.has(file)) sources.set(file, readSourceLines(ROOT, file));
  return sources.get(file)!;
};
const cityPages = () => htmlFiles(join(DIST, 'cities'));
const areaPages = () => [...htmlFiles(join(DIST, 'regions')), ...htmlFiles(join(DIST, 'circles'))];

/** Resolves a site-internal URL to its built file, or undefined. */
function builtFile(pathname: string): string | undefined {
  const decoded = decodeURIComponent(pathname);
  const candidates = decoded.endsWith('/') ? [join(DIST, decoded, 'index.html')] : [join(DIST, decoded), join(DIST, decoded, 'index.html')];
  return candidates.find(existsSync);
}

describe('city pages', () => {
  it('exist for the 31 slugs and no others, with the index, 4 regions and 5 circles', () => {
    const built = readdirSync(join(DIST, 'cities'), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    expect(built).toEqual([...CITY_SLUGS].sort());
    expect(existsSync(join(DIST, 'cities/index.html'))).toBe(true);
    for (const slug of REGION_SLUGS) expect(existsSync(join(DIST, 'regions', slug, 'index.html')), slug).toBe(true);
    for (const slug of CIRCLE_SLUGS) expect(existsSync(join(DIST, 'circles', slug, 'index.html')), slug).toBe(true);
  });

  it('print every number and rank as it stands at the cited source line', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const file of [...cityPages(), ...areaPages()]) {
      const doc = loadDocument(file);
      const url = urlOf(file);
      const names = cities.get(url.split('/')[2] ?? '')?.matchNames ?? [];
      for (const row of doc.querySelectorAll('tr[data-fact]')) {
        checked++;
        const d = (row as HTMLElement).dataset;
        const source = { file: d.file!, lines: [Number(d.line), Number(d.toLine ?? d.line)] as [number, number] };
        const shown = row.querySelector('td.num')?.textContent ?? '';
        if (!shown.includes(d.value!)) problems.push(`${url}: shows "${shown}" for ${d.value}`);
        if (d.kind === 'rank') problems.push(...checkRank({ value: d.value!, quote: d.quote }, names).map((p) => `${url}: ${p}`));
        else problems.push(...checkPrinted({ line: source.lines[0], text: d.value! }, lines(source.file)).map((p) => `${url}: ${p}`));
        if (d.quote) problems.push(...checkQuote(d.quote, lines(source.file), source, { startsOnFirstLine: d.kind === 'rank' }).map((p) => `${url}: ${p}`));
      }
      // Table cells and province data: each number at its line.
      for (const cell of doc.querySelectorAll('[data-line][data-value]:not(tr)')) {
        const d = (cell as HTMLElement).dataset;
        if (!d.value) continue;
        checked++;
        if (cell.textContent?.trim() !== d.value) problems.push(`${url}: cell shows "${cell.textContent}" for ${d.value}`);
        problems.push(...checkPrinted({ line: Number(d.line), text: d.value }, lines(d.file!)).map((p) => `${url}: ${p}`));
      }
      for (const item of doc.querySelectorAll('[data-statement]')) {
        checked++;
        const d = (item as HTMLElement).dataset;
        const text = item.querySelector('q')?.textContent ?? '';
        problems.push(...checkQuote(text, lines(d.file!), { file: d.file!, lines: [Number(d.line), Number(d.toLine ?? d.line)] }).map((p) => `${url}: ${p}`));
      }
    }
    console.log(`checked ${checked} numbers, ranks and quotes on city, region and circle pages`);
    expect(checked).toBeGreaterThan(500);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('say plainly when the sources hold no number on a city', () => {
    for (const [slug, city] of cities) {
      const doc = page(`cities/${slug}`);
      const facts = doc.querySelectorAll('tr[data-fact]').length;
      expect(facts, slug).toBe(city.facts.length);
      if (city.facts.length === 0) expect(doc.querySelector('[data-no-facts]')?.textContent, slug).toContain(`没有给出${city.name}`);
    }
  });

  it('are valid HTML, every profile, region and circle page', async () => {
    const validator = new HtmlValidate(JSON.parse(readFileSync(join(ROOT, '.htmlvalidate.json'), 'utf8')));
    const errors: string[] = [];
    for (const file of [...cityPages(), ...areaPages()]) {
      const report = await validator.validateString(readFileSync(file, 'utf8'), file);
      errors.push(...report.results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map((m) => `${urlOf(file)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`)));
    }
    expect(errors, errors.slice(0, 30).join('\n')).toEqual([]);
  });

  it('mark outside knowledge with its basis', () => {
    for (const slug of cities.keys()) {
      const doc = page(`cities/${slug}`);
      const coordinates = doc.querySelector('[data-coordinates]');
      expect(coordinates?.querySelector('[data-outside-knowledge]'), slug).not.toBeNull();
      expect(coordinates?.textContent, slug).toContain('依据');
    }
  });
});

/** Elements of a document page that are not published source text (the site's words, link labels, footnote markers). */
const NOT_SOURCE = ['[data-editorial]', '.sl-anchor-link', 'sup:has(> a[data-footnote-ref])', '[data-footnote-backref]'];
const BLOCK = new Set(['P', 'LI', 'TD', 'TH', 'TR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'DIV', 'SECTION', 'FIGCAPTION', 'BLOCKQUOTE', 'TABLE']);

/** Published text of a built document page, split at heading and footnote ids ("" is the page's top). */
function sectionTexts(doc: Document): Map<string, string> {
  const texts = new Map<string, string>([['', doc.querySelector('h1#_top')?.textContent ?? '']]);
  const body = doc.querySelector('[data-doc-body]')?.cloneNode(true) as Element | undefined;
  if (!body) return texts;
  for (const selector of NOT_SOURCE) body.querySelectorAll(selector).forEach((el) => el.remove());
  let anchor = '';
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      texts.set(anchor, (texts.get(anchor) ?? '') + (node.textContent ?? ''));
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const id = el.getAttribute('id');
    if (id && (/^H[2-6]$/.test(el.tagName) || (el.tagName === 'LI' && id.startsWith('user-content-fn-')))) anchor = id;
    const block = BLOCK.has(el.tagName);
    if (block) texts.set(anchor, (texts.get(anchor) ?? '') + '\n');
    el.childNodes.forEach(walk);
    if (block) texts.set(anchor, (texts.get(anchor) ?? '') + '\n');
  };
  body.childNodes.forEach(walk);
  return texts;
}

describe('backlinks', () => {
  it('cover every mention of each city in the published documents, and nothing else', () => {
    const matcher = createMentionMatcher([...cities].map(([key, c]) => ({ key, names: c.matchNames })));
    const expected = new Map<string, Map<string, number>>([...cities.keys()].map((k) => [k, new Map()]));
    for (const file of htmlFiles(join(DIST, 'reports'))) {
      const doc = loadDocument(file);
      if (!doc.querySelector('[data-doc-body]')) continue;
      for (const [anchor, text] of sectionTexts(doc)) {
        for (const m of matcher.find(text.replace(/[^\S\n]+/g, ' '))) {
          const href = `${urlOf(file)}${anchor ? `#${anchor}` : ''}`;
          const counts = expected.get(m.key)!;
          counts.set(href, (counts.get(href) ?? 0) + 1);
        }
      }
    }
    const problems: string[] = [];
    let total = 0;
    for (const [slug, want] of expected) {
      const got = new Map<string, number>();
      const doc = page(`cities/${slug}`);
      // The profile shows a bounded preview; when there is more, the full list is on the city's mentions pages, followed by their next links.
      const preview = [...doc.querySelectorAll('[data-backlink]')];
      if (preview.length > CITY_MENTIONS_PREVIEW) problems.push(`${slug}: the profile shows ${preview.length} passages, more than ${CITY_MENTIONS_PREVIEW}`);
      const allLink = doc.querySelector('[data-all-mentions]')?.getAttribute('href');
      const listed: Element[] = [];
      if (allLink) {
        expect(allLink).toBe(cityMentionsUrl(slug));
        for (let url: string | undefined = allLink, n = 0; url && n < 1000; n++) {
          const listPage = page(url);
          const rows = [...listPage.querySelectorAll('[data-backlink]')];
          if (rows.length > CITY_MENTIONS_PAGE_SIZE) problems.push(`${url}: ${rows.length} passages, more than ${CITY_MENTIONS_PAGE_SIZE}`);
          listed.push(...rows);
          url = listPage.querySelector('.list-pager a[rel="next"]')?.getAttribute('href') ?? undefined;
        }
        const hrefs = listed.map((li) => li.getAttribute('data-backlink'));
        // The preview is the start of the full list.
        expect(preview.map((li) => li.getAttribute('data-backlink')), slug).toEqual(hrefs.slice(0, preview.length));
      } else {
        listed.push(...preview);
        expect(existsSync(join(DIST, cityMentionsUrl(slug))), `${slug}: a mentions page nobody links to`).toBe(false);
      }
      for (const li of listed) {
        const href = li.getAttribute('data-backlink')!;
        const marks = li.querySelectorAll('mark').length;
        if (marks !== Number(li.getAttribute('data-count'))) problems.push(`${slug}: ${href} marks ${marks}, counts ${li.getAttribute('data-count')}`);
        got.set(href, (got.get(href) ?? 0) + marks);
      }
      for (const href of new Set([...want.keys(), ...got.keys()])) {
        if ((want.get(href) ?? 0) !== (got.get(href) ?? 0)) problems.push(`${slug}: ${href}: ${want.get(href) ?? 0} mentions published, ${got.get(href) ?? 0} on the profile and its mentions pages`);
      }
      const count = [...want.values()].reduce((s, n) => s + n, 0);
      total += count;
      const stated = doc.querySelector('[data-mention-count]')?.getAttribute('data-mention-count');
      if (Number(stated) !== count) problems.push(`${slug}: the page says ${stated} mentions, the documents have ${count}`);
    }
    console.log(`${total} mentions of the 31 cities in the published documents`);
    expect(total).toBeGreaterThan(100);
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

describe('links of the city, region and circle pages', () => {
  it('resolve, anchors included (section links, backlinks, provinces, other cities)', () => {
    const idsByFile = new Map<string, Set<string>>();
    const ids = (file: string) => {
      if (!idsByFile.has(file)) idsByFile.set(file, new Set([...loadDocument(file).querySelectorAll('[id]')].map((el) => el.getAttribute('id')!)));
      return idsByFile.get(file)!;
    };
    const problems: string[] = [];
    let sectionLinks = 0;
    for (const file of [...cityPages(), ...areaPages()]) {
      const url = urlOf(file);
      for (const a of loadDocument(file).querySelectorAll('main a[href]')) {
        const href = a.getAttribute('href')!;
        if (/^(https?:|mailto:)/.test(href)) continue;
        const target = new URL(href, `http://site${url}`);
        const built = target.pathname === url && href.startsWith('#') ? file : builtFile(target.pathname);
        if (a.hasAttribute('data-section-link')) sectionLinks++;
        if (!built) problems.push(`${url}: link ${href} has no page`);
        else if (target.hash && !hasFragment(ids(built), decodeURIComponent(target.hash.slice(1)))) problems.push(`${url}: link ${href}: no element with that id`);
      }
    }
    console.log(`${sectionLinks} links to document sections`);
    expect(sectionLinks).toBeGreaterThan(0);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('cite sections only of pages that are published, or say the page is not published yet', () => {
    const pending = new Set<string>();
    const problems: string[] = [];
    for (const file of [...cityPages(), ...areaPages()]) {
      for (const el of loadDocument(file).querySelectorAll('[data-section-pending]')) {
        const target = el.getAttribute('data-section-pending')!;
        pending.add(target.split('#')[0]!);
        if (builtFile(target.split('#')[0]!)) problems.push(`${urlOf(file)}: ${target} is published but cited as pending`);
      }
    }
    if (pending.size > 0) console.log(`cited pages not yet published: ${[...pending].sort().join(', ')}`);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('give every province an anchor on its region page', () => {
    const provinces = JSON.parse(readFileSync(join(ROOT, 'src/data/cities/areas/provinces.json'), 'utf8')) as { slug: string; region: string }[];
    expect(provinces).toHaveLength(31);
    for (const p of provinces) expect(page(`regions/${p.region}`).getElementById(`province-${p.slug}`), p.slug).not.toBeNull();
  });
});

describe('cities index', () => {
  const doc = () => page('cities');
  it('lists the 31 cities in its table, each linking to its profile', () => {
    const rows = [...doc().querySelectorAll('[data-city-table] tbody tr')];
    expect(rows.map((r) => r.getAttribute('data-city')).sort()).toEqual([...CITY_SLUGS].sort());
    for (const row of rows) expect(row.querySelector('th a')?.getAttribute('href')).toBe(`/cities/${row.getAttribute('data-city')}/`);
  });
  it('draws the map as dots and labels only, every city a link', () => {
    const map = doc().querySelector('[data-city-map] svg')!;
    expect(map.querySelectorAll('path, polygon, polyline, image')).toHaveLength(0);
    const linked = new Set([...map.querySelectorAll('a[data-city]')].map((a) => a.getAttribute('data-city')));
    expect([...linked].sort()).toEqual([...CITY_SLUGS].sort());
  });
});
