import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { documentPageSchema, sourceDocumentSchema } from './lib/documents/schema.ts';
import { glossaryEntrySchema, glossaryRuleSchema } from './lib/glossary/schema.ts';
import { citySchema } from './lib/cities/schema.ts';

/** One entry per source document: what it is and where it comes from. */
const sources = defineCollection({
  loader: glob({ pattern: '*.json', base: './src/data/documents' }),
  schema: sourceDocumentSchema,
});

/** The documents' pages, in src/content/documents/<document>/<page>.mdx. */
const documents = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './src/content/documents' }),
  schema: documentPageSchema(reference('sources')),
});

/** Glossary entries, one per file src/data/glossary/<slug>.yaml, and the disputed-case rules. */
const glossary = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './src/data/glossary', generateId: ({ data }) => String(data.slug) }),
  schema: glossaryEntrySchema,
});
const glossaryRules = defineCollection({ loader: file('./src/data/glossary/rules/disputed-cases.yaml'), schema: glossaryRuleSchema });

/** The 31 service-outsourcing demonstration cities, src/data/cities/<slug>.json. */
const cities = defineCollection({ loader: glob({ pattern: '*.json', base: './src/data/cities' }), schema: citySchema });

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  // Interface strings Starlight's zh-CN translation lacks (it falls back to English).
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
  sources,
  documents,
  glossary,
  glossaryRules,
  cities,
};
