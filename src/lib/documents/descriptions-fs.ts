/**
 * The documents' description files, src/data/documents/<id>.json, read from
 * disk for code outside Astro's content layer (the data catalogue, the
 * indicators, tests). A document's id is its file's name, as the content
 * collection's loader has it: an `id` inside is optional, and the content
 * check (src/lib/checks/content.ts) requires it to agree.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface DescribedDocument {
  id: string;
  title: string;
  shortTitle: string;
  publisher: string;
  /** The source text's file name in sources/. */
  file: string;
  year: number;
  date?: string;
}

export function readDocumentDescriptions(root: string): DescribedDocument[] {
  const dir = join(root, 'src/data/documents');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ ...(JSON.parse(readFileSync(join(dir, name), 'utf8')) as Omit<DescribedDocument, 'id'>), id: name.replace(/\.json$/, '') }));
}
