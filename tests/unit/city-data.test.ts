/**
 * The city, province, region and circle data against the sources and against
 * each other: every number is printed at its cited line, every quote is
 * there, every rank agrees with its quoted list, memberships agree with the
 * report's definitions, charts name existing datasets and rows, and the
 * schematic map's labels do not overlap.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCityDataset, checkFact } from '../../src/lib/cities/facts.ts';
import { checkQuote } from '../../src/lib/provenance/source-quote.ts';
import { CITY_MAP } from '../../src/lib/cities/map-options.ts';
import { cityMapLayout, overlap } from '../../src/lib/cities/map.ts';
import { circles, cityDatasets, provinces, regions } from '../../src/lib/cities/registry.ts';
import { CITY_SLUGS, citySchema, isOutsideKnowledge, type City, type Fact, type Statement } from '../../src/lib/cities/schema.ts';
import { readSourceLines } from '../../src/lib/provenance/source-map-fs.ts';

const ROOT = join(import.meta.dirname, '../..');
const DIR = join(ROOT, 'src/data/cities');
const cities: [string, City][] = readdirSync(DIR)
  .filter((n) => n.endsWith('.json'))
  .map((n) => {
    const parsed = citySchema.safeParse(JSON.parse(readFileSync(join(DIR, n), 'utf8')));
    if (!parsed.success) throw new Error(`src/data/cities/${n}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    return [n.replace(/\.json$/, ''), parsed.data];
  });

const sources = new Map<string, string[]>();
const lines = (file: string) => {
  if (!sources.has(file)) sources.set(file, readSourceLines(ROOT, file));
  return sources.get(file)!;
};
const checkFacts = (where: string, facts: readonly Fact[], names: readonly string[]) =>
  facts.flatMap((f) => checkFact(f, lines(f.source.file), names).map((p) => `${where}: ${p}`));
const checkStatements = (where: string, statements: readonly Statement[]) =>
  statements.flatMap((s) => checkQuote(s.text, lines(s.source.file), s.source).map((p) => `${where}: ${p}`));

describe('cities', () => {
  it('are the 31 demonstration cities, one file per slug', () => {
    expect(cities.map(([slug]) => slug).sort()).toEqual([...CITY_SLUGS].sort());
  });

  it('cite every number at a line where it is printed, and every rank at its quoted list or phrase', () => {
    const problems = cities.flatMap(([slug, city]) => checkFacts(slug, city.facts, city.matchNames));
    console.log(`cities: ${cities.reduce((s, [, c]) => s + c.facts.length, 0)} facts`);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('take designations either from a quoted source line or as outside knowledge with a basis', () => {
    const problems: string[] = [];
    for (const [slug, city] of cities) {
      for (const field of [city.designation.batch, city.designation.year]) {
        if (isOutsideKnowledge(field)) continue;
        problems.push(...checkQuote(field.quote, lines(field.source.file), field.source).map((p) => `${slug}: ${p}`));
        if (typeof field.value === 'number' && !field.quote.includes(String(field.value))) problems.push(`${slug}: the quote does not give ${field.value}`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('lie in the region of their province and in exactly the circles that contain it', () => {
    const problems: string[] = [];
    for (const [slug, city] of cities) {
      const province = provinces.find((p) => p.slug === city.province);
      if (!province) problems.push(`${slug}: no province ${city.province}`);
      else if (province.region !== city.region) problems.push(`${slug}: region ${city.region}, but ${province.name} is in ${province.region}`);
      const expected = circles.filter((c) => c.provinces.includes(city.province)).map((c) => c.slug);
      if (JSON.stringify(expected) !== JSON.stringify(city.circles)) problems.push(`${slug}: circles ${city.circles.join(',')} ≠ ${expected.join(',')}`);
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('number 16 in the east and 5 in each other region, as the report counts them', () => {
    const count = (region: string) => cities.filter(([, c]) => c.region === region).length;
    expect([count('east'), count('central'), count('west'), count('northeast')]).toEqual([16, 5, 5, 5]);
  });

  it('give each index metric at most once per year', () => {
    const problems = cities.flatMap(([slug, city]) => {
      const keys = city.facts.filter((f) => f.metric).map((f) => `${f.metric}@${f.year}`);
      return keys.filter((k, i) => keys.indexOf(k) !== i).map((k) => `${slug}: ${k} twice`);
    });
    expect(problems).toEqual([]);
  });

  it('chart existing datasets, series and rows', () => {
    const problems: string[] = [];
    for (const [slug, city] of cities) {
      for (const ref of city.charts) {
        const dataset = cityDatasets.find((d) => d.id === ref.dataset);
        if (!dataset) {
          problems.push(`${slug}: no dataset ${ref.dataset}`);
          continue;
        }
        const labels = new Set(dataset.rows.map((r) => String(r.x)));
        const series = new Set(dataset.rows.map((r) => r.series ?? dataset.title));
        for (const s of ref.series ?? []) if (!series.has(s)) problems.push(`${slug}: ${ref.dataset} has no series ${s}`);
        for (const label of [ref.highlight, ref.row]) if (label && !labels.has(label)) problems.push(`${slug}: ${ref.dataset} has no row ${label}`);
        if (ref.highlight && !city.matchNames.some((n) => ref.highlight!.startsWith(n))) problems.push(`${slug}: highlights ${ref.highlight}`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

describe('chart datasets of the city pages', () => {
  it('cite every value at a line where it is printed', () => {
    const problems = cityDatasets.flatMap((d) => checkCityDataset(d, lines(`${d.document}.txt`)));
    console.log(`city chart datasets: ${cityDatasets.length} datasets, ${cityDatasets.reduce((s, d) => s + d.rows.length, 0)} values`);
    expect(problems, problems.join('\n')).toEqual([]);
  });
  it('name their totals among their rows', () => {
    const problems = cityDatasets.flatMap((d) => d.totals.filter((t) => !d.rows.some((r) => r.x === t)).map((t) => `${d.id}: no total row ${t}`));
    expect(problems).toEqual([]);
  });
});

describe('provinces, regions and circles', () => {
  it('put every province in exactly one region, in the order of the report’s definition', () => {
    const listed = regions.flatMap((r) => r.provinces);
    expect([...listed].sort()).toEqual(provinces.map((p) => p.slug).sort());
    for (const region of regions) {
      for (const slug of region.provinces) expect(provinces.find((p) => p.slug === slug)?.region, slug).toBe(region.slug);
      const definition = region.definition.text;
      const named = region.provinces.map((slug) => provinces.find((p) => p.slug === slug)!.short);
      expect(named.every((n) => definition.includes(n)), `${region.slug} definition names its provinces`).toBe(true);
    }
  });
  it('define circles by provinces the definition names', () => {
    for (const circle of circles.filter((c) => c.slug !== 'jing-jin-ji' && c.slug !== 'greater-bay-area')) {
      const named = circle.provinces.map((slug) => provinces.find((p) => p.slug === slug)!.short);
      expect(named.every((n) => circle.definition.text.includes(n)), circle.slug).toBe(true);
    }
  });
  it('quote the report and cite their numbers at the lines where they are printed', () => {
    const problems = [...regions, ...circles].flatMap((a) => [
      ...checkStatements(a.slug, [a.definition, ...a.statements]),
      ...checkFacts(a.slug, a.facts, a.names),
    ]);
    expect(problems, problems.join('\n')).toEqual([]);
  });
  it('show existing tables and highlight existing rows', () => {
    const problems: string[] = [];
    for (const area of [...regions, ...circles]) {
      for (const table of area.tables) {
        const dataset = cityDatasets.find((d) => d.id === table.dataset);
        if (!dataset) problems.push(`${area.slug}: no dataset ${table.dataset}`);
        else if (table.chart?.highlight && !dataset.rows.some((r) => r.x === table.chart!.highlight)) problems.push(`${area.slug}: ${table.dataset} has no row ${table.chart.highlight}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('the schematic map', () => {
  const layout = cityMapLayout(
    cities.map(([slug, c]) => ({ key: slug, label: c.name, lat: c.coordinates.value.lat, lon: c.coordinates.value.lon })),
    CITY_MAP,
  );
  it('labels every city once, without overlaps', () => {
    const labels = [...layout.labels, ...(layout.inset?.labels ?? [])];
    expect(labels.map((l) => l.key).sort()).toEqual([...CITY_SLUGS].sort());
    expect(labels.filter((l) => !l.clear).map((l) => l.key)).toEqual([]);
  });
  it('keeps the inset clear of the cities on the main map', () => {
    const panel = layout.inset!.panel;
    const inside = layout.points.filter((p) => overlap(panel, { x0: p.x - 4, y0: p.y - 4, x1: p.x + 4, y1: p.y + 4 }) > 0).map((p) => p.key);
    expect(inside).toEqual([]);
  });
});
