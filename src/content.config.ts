import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { DOC_TYPES } from './lib/documents.ts';
import { glossaryEntrySchema, glossaryRuleSchema } from './lib/glossary-schema.ts';

const lineRange = z
  .tuple([z.number().int().positive(), z.number().int().positive()])
  .refine(([from, to]) => to >= from, { message: 'line range must be [from, to] with to >= from' });

/** One entry per source document: what it is and where it comes from. */
const sources = defineCollection({
  loader: glob({ pattern: '*.json', base: './src/data/documents' }),
  schema: z.object({
    title: z.string(),
    shortTitle: z.string(),
    docType: z.enum(DOC_TYPES),
    year: z.number().int().min(1990).max(2100),
    date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).optional(),
    dateNote: z.string(),
    publisher: z.string(),
    /** True where the publisher or author is not stated in the text itself. */
    publisherInferred: z.boolean(),
    publisherBasis: z.string(),
    summary: z.string(),
    file: z.string().regex(/^[a-z0-9-]+\.txt$/),
    provenance: z.string(),
  }),
});

/** The documents' pages, in src/content/documents/<document>/<page>.mdx. */
const documents = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './src/content/documents' }),
  schema: z.object({
    title: z.string().min(1),
    /** Shorter label for the sidebar. */
    sidebarLabel: z.string().optional(),
    description: z.string().optional(),
    document: reference('sources'),
    /** Position within the document; the landing page (index.mdx) is 0. */
    order: z.number().int().nonnegative(),
    /** Overrides the document's type for a part of a compilation (e.g. a speech). */
    docType: z.enum(DOC_TYPES).optional(),
    /** Chapter the page belongs to, shown above its title. */
    chapter: z.string().optional(),
    source: z.object({
      file: z.string().regex(/^[a-z0-9-]+\.txt$/),
      lines: lineRange,
    }),
  }),
});

/** Glossary entries, one per file src/data/glossary/<slug>.yaml, and the disputed-case rules. */
const glossary = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './src/data/glossary', generateId: ({ data }) => String(data.slug) }),
  schema: glossaryEntrySchema,
});
const glossaryRules = defineCollection({ loader: file('./src/data/glossary-rules.yaml'), schema: glossaryRuleSchema });

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  // Interface strings Starlight's zh-CN translation lacks (it falls back to English).
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
  sources,
  documents,
  glossary,
  glossaryRules,
};
