/**
 * The built indicator pages: the list and every indicator page exist, every
 * point in a table names the document and line where its number is printed
 * (checked against sources/ again, in the right row), the disagreements are
 * shown on the indicator, the list and the 勘误与编者注 page, the downloads
 * open in Excel and R, and glossary entries, city profiles and figures link
 * to their indicators.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadIndicators } from '../../src/lib/indicators/load.ts';
import { readSourceLines } from '../../src/lib/provenance/source-map-fs.ts';
import { normalizeForCompare } from '../../src/lib/provenance/source-text.ts';
import { DIST, ROOT, loadDocument, requireBuild } from './built-pages.ts';

beforeAll(requireBuild);

const registry = loadIndicators(ROOT);
const page = (url: string) => loadDocument(join(DIST, url, 'index.html'));
const text = (el: Element | null | undefined) => normalizeForCompare(el?.textContent ?? '');
const sources = new Map<string, string[]>();
const lines = (file: string) => {
  if (!sources.has(file)) sources.set(file, readSourceLines(ROOT, file));
  return sources.get(file)!;
};

describe('/indicators/', () => {
  it('lists every indicator with a link to its page', () => {
    const doc = page('/indicators/');
    const links = [...doc.querySelectorAll('[data-indicator-link]')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(expect.arrayContaining(registry.indicators.map((i) => `/indicators/${i.id}/`)));
    expect(links.length).toBe(registry.indicators.length);
  });

  it('lists every disagreement, linked to the indicator page where it is shown', () => {
    const doc = page('/indicators/');
    const shown = [...doc.querySelectorAll('[data-finding]')].map((el) => el.getAttribute('data-finding'));
    expect(shown).toEqual(registry.disagreements.map((d) => d.id));
    for (const d of registry.disagreements) {
      const target = page(`/indicators/${d.indicator}/`);
      expect(target.getElementById(d.id), `${d.id} on /indicators/${d.indicator}/`).not.toBeNull();
    }
  });
});

describe.each(registry.indicators.map((i) => [i.id, i] as const))('/indicators/%s/', (id, indicator) => {
  const doc = page(`/indicators/${id}/`);

  it('shows the definition and links its glossary entry', () => {
    expect(text(doc.querySelector('.indicator-definition'))).toContain(normalizeForCompare(indicator.definition));
    if (indicator.glossary) expect(doc.querySelector(`a[href="/glossary/${indicator.glossary}/"]`)).not.toBeNull();
  });

  it('has a row for every point, whose number is printed at the cited line', () => {
    const rows = [...doc.querySelectorAll('[data-indicator-points] tr[data-point]')];
    expect(rows).toHaveLength(indicator.points.length);
    rows.forEach((row, i) => {
      const point = indicator.points[i]!;
      expect(row.getAttribute('data-document')).toBe(point.document);
      const cells = [...row.querySelectorAll('td')];
      const link = cells[5]!.querySelector('a[data-source-line]')!;
      const line = Number(link.getAttribute('data-source-line'));
      // The source viewer, scrolled to the cited line.
      expect(link.getAttribute('href')).toBe(`/sources/${point.document}/#L${line}`);
      if (point.derived) return;
      const number = normalizeForCompare(cells[2]!.textContent ?? '').replace(/^−/, '');
      const at = normalizeForCompare(`${lines(`${point.document}.txt`)[line - 1]}${lines(`${point.document}.txt`)[line] ?? ''}`);
      expect(at, `${id} row ${i + 1}`).toContain(number);
    });
  });

  it('draws its series as a build-time SVG chart', () => {
    if (!indicator.points.some((p) => p.area === 'national')) return;
    const svg = doc.querySelector('[data-indicator-chart] svg.plot-chart');
    expect(svg).not.toBeNull();
    expect(svg!.getAttribute('role')).toBe('img');
  });

  it('quotes the sentences that state the values', () => {
    const quotes = [...doc.querySelectorAll('[data-statement]')];
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) {
      const line = Number(q.getAttribute('data-source-line'));
      const file = q.getAttribute('data-source-file')!;
      const said = normalizeForCompare(q.querySelector('p')!.textContent ?? '');
      const around = lines(file).slice(Math.max(0, line - 10), line + 10).map(normalizeForCompare).join('');
      expect(around, `${id}: ${file}:${line}`).toContain(said);
    }
  });

  it('offers CSV (UTF-8 with BOM) and JSON downloads with every point', () => {
    const csv = readFileSync(join(DIST, 'indicators/downloads', `${id}.csv`), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = csvParse(csv.slice(1));
    expect(rows.columns.slice(0, 7)).toEqual(['指标', '期间', '期间代码', '地区', '地区代码', '数值', '原文印作']);
    expect(rows).toHaveLength(indicator.points.length);
    const json = JSON.parse(readFileSync(join(DIST, 'indicators/downloads', `${id}.json`), 'utf8'));
    expect(json.points).toHaveLength(indicator.points.length);
    expect(doc.querySelector(`a[href="/indicators/downloads/${id}.csv"]`)).not.toBeNull();
  });

  it('carries "name + year" search keys', () => {
    const keys = (doc.querySelector('[data-search-keys]')?.getAttribute('data-search-keys') ?? '').split('|');
    const year = indicator.points.map((p) => /^\d{4}/.exec(p.period)?.[0]).find(Boolean)!;
    expect(keys).toContain(`${year}年${indicator.name}`);
  });
});

describe('the disagreements in the pages', () => {
  it('execution shows 10695.1 and 10695.7 亿元 with both sources and the later document', () => {
    const finding = page('/indicators/execution/').querySelector('[data-finding="execution-2019-national-1"]');
    const said = text(finding);
    expect(said).toContain('10695.1');
    expect(said).toContain('10695.7');
    expect(said).toContain('较晚的文献是《离岸服务外包竞争力研究》');
    expect(finding!.querySelector('a[data-source-file="offshore-competitiveness-paper.txt"][data-source-line="90"]')).not.toBeNull();
  });

  it('the 勘误与编者注 page links every disagreement', () => {
    const doc = page('/reports/errata/');
    for (const d of registry.disagreements) {
      expect(doc.querySelector(`a[href="/indicators/${d.indicator}/#${d.id}"]`), d.id).not.toBeNull();
    }
  });
});

describe('links to the indicators', () => {
  it('from the glossary entries that define them', () => {
    expect(page('/glossary/executed-value/').querySelector('[data-indicator-links] a[href="/indicators/execution/"]')).not.toBeNull();
    expect(page('/glossary/ito/').querySelector('[data-indicator-links] a[href="/indicators/ito-share/"]')).not.toBeNull();
  });

  it('from the city profiles whose numbers they hold', () => {
    expect(page('/cities/hangzhou/').querySelector('[data-indicator-links] a[href="/indicators/offshore-execution/"]')).not.toBeNull();
  });

  it('from the document figures whose values they use', () => {
    const doc = page('/reports/development-report-2019/ch1-overview/');
    expect(doc.querySelector('#fig-1-1 [data-indicator-links] a[href="/indicators/execution/"]')).not.toBeNull();
  });

  it('from the home page and the data catalogue', () => {
    expect(page('/').querySelector('a[href="/indicators/"]')).not.toBeNull();
    expect(page('/data/').querySelector('a[href="/indicators/"]')).not.toBeNull();
  });
});

