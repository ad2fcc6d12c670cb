/**
 * /glossary.json: every entry with its URL, code, names, abbreviation and
 * short definition, so that tools that build training material can check and
 * complete their links. The schema is the contract; the built file is
 * validated against it by tests/site/glossary.test.ts.
 */
import { z } from 'astro/zod';
import { GLOSSARY_LEVELS, type GlossaryEntry, type GlossaryRule } from './schema.ts';
import {
  entryAliases,
  entryLabel,
  entryPath,
  rulePath,
  rulesFor,
  type GlossaryRoutes,
} from './glossary.ts';
import { cardLine, glossaryCard } from './card.ts';

export const GLOSSARY_JSON_VERSION = 1;

const url = z.url();
const path = z.string().regex(/^\/glossary\/[^#\s]*\/(?:#[a-z][a-z0-9-]*)?$/);
const source = z.object({ file: z.string(), lines: z.tuple([z.number().int(), z.number().int()]) });

export const glossaryJsonSchema = z
  .object({
    version: z.literal(GLOSSARY_JSON_VERSION),
    site: url,
    /** Editions of the classification the coded entries belong to. */
    editions: z.array(z.string()),
    entries: z.array(
      z
        .object({
          slug: z.string().regex(/^[a-z][a-z0-9-]*$/),
          path,
          url,
          code: z.string().nullable(),
          level: z.enum(GLOSSARY_LEVELS),
          parent: z.string().nullable(),
          edition: z.string().nullable(),
          label: z.string(),
          termZh: z.string(),
          termEn: z.string().nullable(),
          abbr: z.string().nullable(),
          pinyin: z.string(),
          /** Other names; `ambiguous` ones must not be linked without checking the context. */
          aliases: z.array(z.object({ text: z.string(), ambiguous: z.boolean() }).strict()),
          /** The source's definition shortened only with …, or the editors' text after “编者释义：”. */
          shortDefinition: z.string(),
          /** True where the definition is the site's own, not quoted from a source. */
          editorial: z.boolean(),
          source: source.nullable(),
          typicalBusinesses: z.array(z.object({ id: z.string(), path, url, name: z.string() }).strict()),
          disputedCases: z.array(z.string()),
        })
        .strict(),
    ),
    disputedCases: z.array(
      z.object({ id: z.string(), path, url, businessType: z.string(), concerns: z.array(z.string()) }).strict(),
    ),
    /** Other paths that lead to an entry: aliases, old URLs of renamed entries. */
    redirects: z.array(z.object({ path, to: path }).strict()),
    /** Names with more than one meaning: the page lists the candidates. */
    disambiguations: z.array(z.object({ path, text: z.string(), candidates: z.array(path) }).strict()),
  })
  .strict();
export type GlossaryJson = z.infer<typeof glossaryJsonSchema>;

/** Builds the published JSON. `site` is the site's origin, e.g. https://example.org. */
export function buildGlossaryJson(
  entries: readonly GlossaryEntry[],
  rules: readonly GlossaryRule[],
  routes: GlossaryRoutes,
  site: string,
): GlossaryJson {
  const abs = (p: string) => new URL(p, site).href;
  const sorted = [...entries].sort((a, b) => a.slug.localeCompare(b.slug));
  return {
    version: GLOSSARY_JSON_VERSION,
    site: new URL('/', site).href,
    editions: [...new Set(entries.flatMap((e) => (e.code && e.edition ? [e.edition] : [])))].sort(),
    entries: sorted.map((e) => ({
      slug: e.slug,
      path: entryPath(e.slug),
      url: abs(entryPath(e.slug)),
      code: e.code ?? null,
      level: e.level,
      parent: e.parent ?? null,
      edition: e.edition ?? null,
      label: entryLabel(e),
      termZh: e.termZh,
      termEn: e.termEn ?? null,
      abbr: e.abbr ?? null,
      pinyin: e.pinyin,
      aliases: entryAliases(e)
        .filter((a) => a.text !== e.termZh && a.text !== e.abbr)
        .map((a) => ({ text: a.text, ambiguous: a.ambiguous })),
      shortDefinition: cardLine(glossaryCard(e)),
      editorial: e.definition.editorial,
      source: e.definition.source ? { file: e.definition.source.file, lines: [...e.definition.source.lines] as [number, number] } : null,
      typicalBusinesses: e.typicalBusinesses.map((tb) => ({
        id: tb.id,
        path: entryPath(e.slug, tb.id),
        url: abs(entryPath(e.slug, tb.id)),
        name: tb.name,
      })),
      disputedCases: rulesFor(e.slug, rules).map((r) => r.id),
    })),
    disputedCases: rules.map((r) => ({
      id: r.id,
      path: rulePath(r.id),
      url: abs(rulePath(r.id)),
      businessType: r.businessType,
      concerns: r.concerns,
    })),
    redirects: routes.redirects.map((r) => ({ path: entryPath(r.segment), to: r.to })),
    disambiguations: routes.disambiguations.map((d) => ({
      path: entryPath(d.segment),
      text: d.text,
      candidates: d.candidates.map((c) => c.url),
    })),
  };
}
