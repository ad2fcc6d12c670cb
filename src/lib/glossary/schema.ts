/**
 * Schemas of the glossary data: one YAML file per entry in src/data/glossary/,
 * and the disputed-case rules (易争议业务判定) in src/data/glossary/rules/disputed-cases.yaml.
 * Shared by the content collections (src/content.config.ts), the unit tests
 * that check every quotation against sources/, and the scripts.
 */
import { z } from 'astro/zod';
import { sourceRefSchema, type SourceRef } from '../provenance/source-ref.ts';

/** Edition of the classification the coded entries belong to. */
export const EDITION_2015 = '2015 服务外包统计分类';
export const GLOSSARY_LEVELS = ['门类', '大类', '中类', '术语'] as const;
export type GlossaryLevel = (typeof GLOSSARY_LEVELS)[number];

/** Lower-case ASCII: letters, digits and single hyphens. Used for slugs and anchors. */
export const ASCII_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
/** A reference to an entry, a typical business or an aspect: "b41" or "b41#b41-t1". */
export const ENTRY_REF = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:#[a-z][a-z0-9]*(?:-[a-z0-9]+)*)?$/;
/** Toneless pinyin, one token per character (Latin words stay as they are, lower-cased). */
export const PINYIN = /^[a-zü0-9-]+(?: [a-zü0-9-]+)*$/;

const asciiId = z.string().regex(ASCII_ID, 'lower-case ASCII letters, digits and single hyphens');
const entryRef = z.string().regex(ENTRY_REF, 'an entry slug, optionally with #anchor');
// The site's one citation shape: { file, lines: [from, to] } (src/lib/provenance/source-ref.ts).
export { sourceRefSchema, type SourceRef };

/** Text quoted verbatim from a source (line breaks repaired, nothing else changed). */
export const quoteSchema = z.object({ text: z.string().min(1), source: sourceRefSchema });
export type Quote = z.infer<typeof quoteSchema>;

/**
 * Another name for an entry. A plain string is an unambiguous alias: it gets a
 * redirect URL (/glossary/<alias>/) when it can be a path, and a later
 * auto-linker may link it. `ambiguous` names stand for different things in
 * different documents: they get no redirect (a disambiguation page lists the
 * candidates) and are never auto-linked. `autolink: false` keeps an
 * unambiguous but everyday phrase (客户服务) from being auto-linked;
 * `notAfter` keeps a name from matching inside longer compounds.
 */
export const aliasSchema = z.union([
  z.string().min(1),
  z.object({
    text: z.string().min(1),
    ambiguous: z.boolean().default(false),
    autolink: z.boolean().default(true),
    /** Never match right after these strings: 技术服务外包 (K8) is not the one in 区块链技术服务外包. */
    notAfter: z.array(z.string().min(1)).default([]),
    note: z.string().optional(),
  }),
]);
export type AliasInput = z.input<typeof aliasSchema>;

export const typicalBusinessSchema = z.object({
  /** Stable anchor on the 中类 page, e.g. "i11-t1". */
  id: asciiId,
  /** Number in the source ("典型业务 1"). */
  number: z.number().int().positive(),
  name: z.string().min(1),
  /** The explanation after the name, verbatim. */
  text: z.string().min(1),
  source: sourceRefSchema,
  /** The label as printed, where it is not "典型业务" (the source has one "典行业务"). */
  label: z.string().optional(),
  exclusions: z.array(quoteSchema).default([]),
  aliases: z.array(aliasSchema).default([]),
  notes: z.array(z.string()).default([]),
});
export type TypicalBusiness = z.infer<typeof typicalBusinessSchema>;

export const glossaryEntrySchema = z
  .object({
    /** URL slug: /glossary/<slug>/. The lower-case code for coded entries. */
    slug: asciiId,
    code: z
      .string()
      .regex(/^(?:ITO|BPO|KPO|[IBK]\d{1,2})$/)
      .optional(),
    level: z.enum(GLOSSARY_LEVELS),
    /** Slug of the entry one level up (中类 → 大类 → 门类). */
    parent: asciiId.optional(),
    /** Which edition of the classification the entry belongs to. */
    edition: z.string().optional(),
    termZh: z.string().min(1),
    termEn: z.string().optional(),
    abbr: z.string().optional(),
    pinyin: z.string().regex(PINYIN, 'toneless pinyin syllables separated by single spaces'),
    aliases: z.array(aliasSchema).default([]),
    /** One or two sentences for lists, glossary.json and hover cards; defaults to the definition's first sentence. */
    shortDefinition: z.string().max(160).optional(),
    definition: z.object({
      text: z.string().min(1),
      /** Required unless the definition is the site's own (editorial). */
      source: sourceRefSchema.optional(),
      editorial: z.boolean(),
    }),
    /** Named parts of the definition with their own anchors (服务外包's four aspects). */
    aspects: z
      .array(z.object({ id: asciiId, title: z.string().min(1), text: z.string().min(1), source: sourceRefSchema }))
      .default([]),
    /** A formula, e.g. of the TC index. `editorial` when the source states it only in words. */
    formula: z
      .object({
        expression: z.string().min(1),
        variables: z.array(z.object({ symbol: z.string(), meaning: z.string() })).default([]),
        source: sourceRefSchema.optional(),
        editorial: z.boolean(),
      })
      .optional(),
    typicalBusinesses: z.array(typicalBusinessSchema).default([]),
    exclusions: z.array(quoteSchema).default([]),
    /** Definitions from other documents, quoted. */
    otherDefinitions: z.array(quoteSchema.extend({ attribution: z.string().min(1) })).default([]),
    /** Passages that use the term, quoted, where the sources do not define it or where usage helps. */
    usage: z.array(quoteSchema).default([]),
    /** 编者注: the site's remarks (errors in the source, editions, scope). */
    notes: z.array(z.string()).default([]),
    related: z.array(entryRef).default([]),
  })
  .refine((e) => e.definition.editorial || e.definition.source, {
    message: 'a definition that is not editorial must cite its source',
    path: ['definition', 'source'],
  })
  .refine((e) => !e.code || (e.edition && e.level !== '术语'), {
    message: 'a coded entry is a 门类, 大类 or 中类 and names its edition',
    path: ['edition'],
  });
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

/** One cell of the disputed-cases table: paragraphs and bullet items, verbatim. */
const cellSchema = z.object({
  blocks: z.array(z.object({ kind: z.enum(['p', 'li']), text: z.string().min(1) })).min(1),
  source: sourceRefSchema,
});
export type RuleCell = z.infer<typeof cellSchema>;

/** 易争议业务的判定标准及处理办法: one row of 表 1 of the statistics guide. */
export const glossaryRuleSchema = z.object({
  /** Stable anchor on /glossary/disputed-cases/. */
  id: asciiId,
  order: z.number().int().positive(),
  /** 业务类型 as printed. */
  businessType: z.string().min(1),
  businessTypeSource: sourceRefSchema,
  aliases: z.array(aliasSchema).default([]),
  /** 易出错的处理方式 */
  wrong: cellSchema,
  /** 正确处理方式 */
  correct: cellSchema,
  /** 理由及原因 */
  reason: cellSchema,
  /** 企业案例; null where the cell is empty in the source. */
  case: cellSchema.nullable(),
  /** Entries (or typical businesses) the rule is about; the rule is shown on each. */
  concerns: z.array(entryRef).min(1),
  notes: z.array(z.string()).default([]),
});
export type GlossaryRule = z.infer<typeof glossaryRuleSchema>;

/**
 * Renamed, merged or moved entries and anchors: old path (with #anchor for a
 * moved anchor) → new URL. Every old URL keeps working.
 */
export const glossaryRedirectsSchema = z.record(
  z.string().regex(/^\/glossary\/[^/#]+\/(?:#[a-z][a-z0-9-]*)?$/, 'an old /glossary/<slug>/ path, optionally with #anchor'),
  z.string().regex(/^\/glossary\/[^/#]+\/(?:#[a-z][a-z0-9-]*)?$/),
);
export type GlossaryRedirects = z.infer<typeof glossaryRedirectsSchema>;
