/**
 * The glossary as the pages see it: collection data, routes and lookups,
 * loaded once per build.
 */
import { getCollection } from 'astro:content';
import redirectsJson from '../../data/glossary/urls/redirects.json';
import { buildRoutes, type Entry, type GlossaryRoutes, type Rule } from './glossary.ts';
import { glossaryRedirectsSchema } from './schema.ts';

export interface GlossaryData {
  entries: Entry[];
  rules: Rule[];
  bySlug: Map<string, Entry>;
  routes: GlossaryRoutes;
  /** Titles of the source documents by file name, e.g. "development-report-2019.txt" → "中国服务外包发展报告2019". */
  sourceTitles: Map<string, string>;
}

let cached: Promise<GlossaryData> | undefined;

export function loadGlossary(): Promise<GlossaryData> {
  cached ??= (async () => {
    const entries = (await getCollection('glossary')).map((e) => e.data);
    const rules = (await getCollection('glossaryRules')).map((r) => r.data).sort((a, b) => a.order - b.order);
    const routes = buildRoutes(entries, rules, glossaryRedirectsSchema.parse(redirectsJson));
    if (routes.problems.length) throw new Error(`Glossary routes:\n${routes.problems.join('\n')}`);
    const sourceTitles = new Map((await getCollection('sources')).map((s) => [s.data.file, s.data.title]));
    return { entries, rules, bySlug: new Map(entries.map((e) => [e.slug, e])), routes, sourceTitles };
  })();
  return cached;
}
