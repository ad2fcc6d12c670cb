/**
 * Provinces, regions, economic circles and the city chart datasets, validated
 * when the site is built: a malformed file fails the build with the file and
 * the offending field named. (The cities themselves are the `cities` content
 * collection.)
 */
import { z } from 'astro/zod';
import {
  circleSchema,
  cityDatasetSchema,
  provinceSchema,
  regionSchema,
  type Circle,
  type CityDataset,
  type Province,
  type Region,
} from './schema.ts';
import { readDataFile } from '../checks/problems.ts';

// Read as text, so that a problem names its line (src/lib/checks/problems.ts).
const areaFiles = import.meta.glob<string>('../../data/cities/areas/*.json', { eager: true, query: '?raw', import: 'default' });
const datasetFiles = import.meta.glob<string>('../../data/cities/charts/*.json', { eager: true, query: '?raw', import: 'default' });

function parse<T>(schema: z.ZodType<T>, text: string, file: string): T {
  return readDataFile(file, text, schema, 'city data (src/lib/cities/schema.ts)');
}

function area<T>(name: string, schema: z.ZodType<T>): T[] {
  const path = `../../data/cities/areas/${name}.json`;
  const text = areaFiles[path];
  if (text === undefined) throw new Error(`src/data/cities/areas/${name}.json is missing`);
  return parse(z.array(schema), text, `src/data/cities/areas/${name}.json`);
}

export const provinces: readonly Province[] = area('provinces', provinceSchema);
export const regions: readonly Region[] = area('regions', regionSchema);
export const circles: readonly Circle[] = area('circles', circleSchema);

export const cityDatasets: readonly CityDataset[] = Object.entries(datasetFiles)
  .map(([path, text]) => {
    const file = path.replace('../', 'src/');
    const dataset = parse(cityDatasetSchema, text, file);
    if (`${dataset.id}.json` !== file.split('/').at(-1)) throw new Error(`${file}: id "${dataset.id}" must match the file name`);
    return dataset;
  })
  .sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));

export function findCityDataset(id: string): CityDataset {
  const dataset = cityDatasets.find((d) => d.id === id);
  if (!dataset) throw new Error(`No city chart dataset "${id}" in src/data/cities/charts/`);
  return dataset;
}

export function findProvince(slug: string): Province {
  const province = provinces.find((p) => p.slug === slug);
  if (!province) throw new Error(`No province "${slug}" in src/data/cities/areas/provinces.json`);
  return province;
}

export function findRegion(slug: string): Region {
  return regions.find((r) => r.slug === slug)!;
}

export function findCircle(slug: string): Circle {
  return circles.find((c) => c.slug === slug)!;
}

/** URL of a province's anchor on its region page. */
export function provinceUrl(province: Province): string {
  return `/regions/${province.region}/#province-${province.slug}`;
}
