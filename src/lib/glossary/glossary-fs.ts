/**
 * Reads the glossary data from disk, for unit tests and scripts (pages read it
 * through the content collections). Parses with the same schemas.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { z } from 'astro/zod';
import { join } from 'node:path';
import {
  glossaryEntrySchema,
  glossaryRedirectsSchema,
  glossaryRuleSchema,
  type GlossaryEntry,
  type GlossaryRedirects,
  type GlossaryRule,
} from './schema.ts';
import { buildRoutes } from './glossary.ts';
import { readDataFile } from '../checks/problems.ts';

export const GLOSSARY_DIR = 'src/data/glossary';
export const RULES_FILE = 'src/data/glossary/rules/disputed-cases.yaml';
export const REDIRECTS_FILE = 'src/data/glossary/urls/redirects.json';
export const PERMALINKS_FILE = 'src/data/glossary/urls/permalinks.txt';

// The same wording as the content checks (src/lib/checks/content.ts), so a problem reads the same wherever it is found.
const ENTRY = 'glossary entry (src/lib/glossary/schema.ts)';
const RULE = 'disputed-case rule (src/lib/glossary/schema.ts)';
const REDIRECT = 'glossary redirect (src/lib/glossary/schema.ts)';

export interface GlossaryFiles {
  entries: (GlossaryEntry & { file: string })[];
  rules: GlossaryRule[];
  redirects: GlossaryRedirects;
}

export function readGlossary(root: string): GlossaryFiles {
  const dir = join(root, GLOSSARY_DIR);
  const entries = readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const file = `${GLOSSARY_DIR}/${name}`;
      return { ...readDataFile(file, readFileSync(join(root, file), 'utf8'), glossaryEntrySchema, ENTRY), file: name };
    });
  const rules = readDataFile(RULES_FILE, readFileSync(join(root, RULES_FILE), 'utf8'), z.array(glossaryRuleSchema), RULE);
  const redirectsPath = join(root, REDIRECTS_FILE);
  const redirects = existsSync(redirectsPath)
    ? readDataFile(REDIRECTS_FILE, readFileSync(redirectsPath, 'utf8'), glossaryRedirectsSchema, REDIRECT)
    : {};
  return { entries, rules, redirects };
}

/**
 * Paths of the glossary's redirect and disambiguation pages, which stay out
 * of the sitemap (astro.config.mjs). Decoded, e.g. "/glossary/信息技术外包/".
 */
export function readGlossaryUnlistedPaths(root: string): Set<string> {
  const { entries, rules, redirects } = readGlossary(root);
  const routes = buildRoutes(entries, rules, redirects);
  return new Set([...routes.redirects, ...routes.disambiguations].map((r) => `/glossary/${r.segment}/`));
}
