/**
 * Reads the demonstration cities and their provinces, regions and economic
 * circles from disk through their schemas (src/lib/cities/schema.ts), for the
 * build's configuration (the document linker, the search vocabulary, the
 * sidebar) and scripts. Pages read the same files through the `cities`
 * content collection and src/lib/cities/registry.ts. Invalid data throws the
 * error map's message (file, line, fix).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { readDataFile } from '../checks/problems.ts';
import { CITY_SLUGS, circleSchema, citySchema, provinceSchema, regionSchema, type Circle, type City, type Province, type Region } from './schema.ts';

export const CITIES_DIR = 'src/data/cities';
export const AREAS_DIR = 'src/data/cities/areas';

/** The cities in the order of CITY_SLUGS (the order of designation, which the site lists them in). */
export function readCities(root: string): { slug: string; city: City }[] {
  return CITY_SLUGS.filter((slug) => existsSync(join(root, CITIES_DIR, `${slug}.json`))).map((slug) => {
    const file = `${CITIES_DIR}/${slug}.json`;
    return { slug, city: readDataFile(file, readFileSync(join(root, file), 'utf8'), citySchema, 'city (src/lib/cities/schema.ts)') };
  });
}

export interface Areas {
  provinces: Province[];
  regions: Region[];
  circles: Circle[];
}

export function readAreas(root: string): Areas {
  const read = <T>(name: string, schema: z.ZodType<T>): T[] => {
    const file = `${AREAS_DIR}/${name}.json`;
    return readDataFile(file, readFileSync(join(root, file), 'utf8'), z.array(schema), 'province/region/circle (src/lib/cities/schema.ts)');
  };
  return { provinces: read('provinces', provinceSchema), regions: read('regions', regionSchema), circles: read('circles', circleSchema) };
}
