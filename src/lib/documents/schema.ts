/**
 * Schemas of the document collections. Factories take `reference` so that
 * they can be unit-tested without Astro's virtual `astro:content` module.
 */
import { z } from 'astro/zod';
import { DOC_TYPES } from './routes.ts';

const lineRange = z
  .tuple([z.number().int().positive(), z.number().int().positive()])
  .refine(([from, to]) => to >= from, { message: 'line range must be [from, to] with to >= from' });

/** One entry per source document: what it is and where it comes from. */
export const sourceDocumentSchema = z.object({
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
});

/** A page of a document, src/content/documents/<document>/<page>.mdx. */
export function documentPageSchema<R extends z.ZodType>(documentReference: R) {
  return z.object({
    title: z.string().min(1),
    /** Shorter label for the sidebar. */
    sidebarLabel: z.string().optional(),
    description: z.string().optional(),
    document: documentReference,
    /** Position within the document; the landing page (index.mdx) is 0. */
    order: z.number().int().nonnegative(),
    /** Overrides the document's type for a part of a compilation (e.g. a speech). */
    docType: z.enum(DOC_TYPES).optional(),
    /** Chapter the page belongs to, shown above its title. */
    chapter: z.string().optional(),
    /** false: no automatic links to glossary terms and cities on this page. */
    autolink: z.boolean().optional(),
    source: z.object({
      file: z.string().regex(/^[a-z0-9-]+\.txt$/),
      lines: lineRange,
    }),
  });
}
