/**
 * Reads the glossary data from disk, for unit tests and scripts (pages read it
 * through the content collections). Parses with the same schemas.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import {
  glossaryEntrySchema,
  glossaryRedirectsSchema,
  glossaryRuleSchema,
  type GlossaryEntry,
  type GlossaryRedirects,
  type GlossaryRule,
} from './glossary-schema.ts';
import { buildRoutes } from './glossary.ts';

export const GLOSSARY_DIR = 'src/data/glossary';
export const RULES_FILE = 'src/data/glossary-rules.yaml';
export const REDIRECTS_FILE = 'src/data/glossary-redirects.json';
export const PERMALINKS_FILE = 'src/data/glossary-permalinks.txt';

function issues(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  return error.issues.map((i) => `  ${i.path.map(String).join('.')}: ${i.message}`).join('\n');
}

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
      const parsed = glossaryEntrySchema.safeParse(yaml.load(readFileSync(join(dir, name), 'utf8')));
      if (!parsed.success) throw new Error(`${GLOSSARY_DIR}/${name}: invalid glossary entry\n${issues(parsed.error)}`);
      return { ...parsed.data, file: name };
    });
  const rawRules = yaml.load(readFileSync(join(root, RULES_FILE), 'utf8'));
  if (!Array.isArray(rawRules)) throw new Error(`${RULES_FILE}: expected a list of rules`);
  const rules = rawRules.map((raw, i) => {
    const parsed = glossaryRuleSchema.safeParse(raw);
    if (!parsed.success) throw new Error(`${RULES_FILE}: rule ${i + 1} is invalid\n${issues(parsed.error)}`);
    return parsed.data;
  });
  const redirectsPath = join(root, REDIRECTS_FILE);
  const redirects = existsSync(redirectsPath)
    ? glossaryRedirectsSchema.parse(JSON.parse(readFileSync(redirectsPath, 'utf8')))
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
