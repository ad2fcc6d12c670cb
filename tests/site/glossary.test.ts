/** The built glossary: /glossary.json against its schema, entry pages, the index and the sitemap. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, ROOT, loadDocument, requireBuild } from './built-pages.ts';
import { glossaryJsonSchema, type GlossaryJson } from '../../src/lib/glossary/json.ts';
import { readGlossary } from '../../src/lib/glossary/glossary-fs.ts';
import { normalizeForCompare } from '../../src/lib/provenance/source-text.ts';
import { isEllipsisExcerpt } from '../../src/lib/editorial/text-rules.ts';
import { sourceLineUrl } from '../../src/lib/provenance/source-links.ts';
import { SITE } from '../../src/site.ts';

beforeAll(requireBuild);

const json = () => JSON.parse(readFileSync(join(DIST, 'glossary.json'), 'utf8')) as GlossaryJson;
const pageAt = (path: string) => loadDocument(join(DIST, decodeURIComponent(path), 'index.html'));
const { entries, rules } = readGlossary(ROOT);

describe('/glossary.json', () => {
  it('matches its schema', () => {
    const parsed = glossaryJsonSchema.safeParse(json());
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 5), null, 2)).toBe(true);
  });

  it('has every entry, typical business and rule, with absolute URLs on the site', () => {
    const data = json();
    expect(data.entries).toHaveLength(entries.length);
    expect(data.entries.filter((e) => e.level === '中类')).toHaveLength(35);
    expect(data.entries.reduce((n, e) => n + e.typicalBusinesses.length, 0)).toBe(77);
    expect(data.disputedCases).toHaveLength(9);
    for (const e of data.entries) expect(e.url).toBe(new URL(e.path, data.site).href);
    const k75 = data.entries.find((e) => e.code === 'K75')!;
    expect(k75).toMatchObject({ abbr: 'LPO', path: '/glossary/k75/', edition: '2015 服务外包统计分类', editorial: false });
    expect(data.entries.find((e) => e.slug === 'contract-value')!.editorial).toBe(true);
  });

  it('points every path at a built page', () => {
    const data = json();
    const paths = [
      ...data.entries.map((e) => e.path),
      ...data.entries.flatMap((e) => e.typicalBusinesses.map((t) => t.path)),
      ...data.disputedCases.map((r) => r.path),
      ...data.redirects.map((r) => r.path),
      ...data.disambiguations.map((d) => d.path),
    ];
    const missing = paths.map((p) => p.split('#')[0]!).filter((p) => !existsSync(join(DIST, decodeURIComponent(p), 'index.html')));
    expect(missing).toEqual([]);
  });
});

describe('short definitions (glossary.json, page descriptions)', () => {
  it('quote the source, shortened only with …, or say 编者释义 where the sources give no definition', () => {
    const bySlug = new Map(entries.map((e) => [e.slug, e]));
    const published = json().entries;
    for (const e of published) {
      const entry = bySlug.get(e.slug)!;
      const description = pageAt(e.path).querySelector('meta[name="description"]')?.getAttribute('content');
      expect(description, e.slug).toBe(e.shortDefinition);
      if (entry.definition.editorial) expect(e.shortDefinition, e.slug).toMatch(/^编者释义：/);
      else expect(isEllipsisExcerpt(e.shortDefinition, entry.definition.text), `${e.slug}: ${e.shortDefinition}`).toBe(true);
    }
    expect(published.find((e) => e.slug === 'onshore-outsourcing')!.shortDefinition).toContain('同处于一个国度之内');
  });
});

describe('entry pages', () => {
  it('publish each definition exactly as the data quotes it, with its source', () => {
    const problems: string[] = [];
    for (const e of entries) {
      const doc = pageAt(`/glossary/${e.slug}/`);
      const block = doc.querySelector(e.definition.editorial ? '.glossary-definition--editorial' : '[data-glossary-definition]');
      const text = block?.querySelector('p:not(.glossary-definition__label)')?.textContent ?? '';
      if (normalizeForCompare(text) !== normalizeForCompare(e.definition.text)) problems.push(`${e.slug}: definition differs`);
      if (e.definition.source && !block?.querySelector(`a[href="${sourceLineUrl(e.definition.source.file, ...e.definition.source.lines)}"]`)) {
        problems.push(`${e.slug}: no link to its source`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('state the edition of the classification on coded entries', () => {
    for (const e of entries.filter((x) => x.code)) {
      expect(pageAt(`/glossary/${e.slug}/`).querySelector('.glossary-entry__names')?.textContent, e.slug).toContain('2015 服务外包统计分类');
    }
  });

  it('show the disputed-case rules that concern them', () => {
    const b41 = pageAt('/glossary/b41/');
    expect(b41.getElementById('rule-labour-dispatch')).not.toBeNull();
    expect(b41.querySelector('a[href="/glossary/disputed-cases/#labour-dispatch"]')).not.toBeNull();
    expect(pageAt('/glossary/k74/').getElementById('rule-inspection-testing')).not.toBeNull();
    for (const rule of rules) expect(pageAt('/glossary/disputed-cases/').getElementById(rule.id), rule.id).not.toBeNull();
  });

  it('offer a copy-link button and a ready citation', () => {
    const doc = pageAt('/glossary/i11/');
    expect(doc.querySelector(`#cite ~ .glossary-cite copy-button[data-copy="${SITE}/glossary/i11/"]`)).not.toBeNull();
    expect(doc.querySelector('.glossary-cite__citation')?.textContent).toContain('第 124–134 行');
  });
});

describe('the glossary index', () => {
  const index = () => pageAt('/glossary/');

  it('shows the whole classification tree: 3 门类, 9 大类, 35 中类, 77 典型业务', () => {
    const doc = index();
    expect(doc.querySelectorAll('.glossary-tree__category')).toHaveLength(3);
    expect(doc.querySelectorAll('.glossary-tree__division')).toHaveLength(9);
    expect(doc.querySelectorAll('.glossary-tree__class')).toHaveLength(35);
    expect(doc.querySelectorAll('.glossary-tree__typical li')).toHaveLength(77);
  });

  it('lists every entry in the A–Z index', () => {
    const hrefs = new Set([...index().querySelectorAll('.glossary-az a')].map((a) => a.getAttribute('href')));
    expect(entries.filter((e) => !hrefs.has(`/glossary/${e.slug}/`)).map((e) => e.slug)).toEqual([]);
  });

  it('keeps the filter box hidden until its script runs', () => {
    expect(index().querySelector('.glossary-filter__box')?.hasAttribute('hidden')).toBe(true);
  });
});

describe('the sitemap', () => {
  it('lists entries but not alias redirects or disambiguation pages', () => {
    const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/glossary/k75/</loc>');
    expect(sitemap).not.toContain('/glossary/lpo/</loc>');
    expect(decodeURI(sitemap)).not.toContain('/glossary/信息技术外包/</loc>');
  });
});
