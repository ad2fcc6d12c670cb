/**
 * The review file: every human decision about one document, as data
 * (src/data/documents/<document>/review.yaml). The import engine
 * (engine.ts) turns a source dump plus this file into the document's pages;
 * the fidelity test reads its source-map part (furniture, edits, footnotes,
 * tables, moves). A maintainer edits this file, never code.
 *
 * Places in the source are anchors: a quoted phrase that occurs on exactly
 * one source line (preferred: it survives lines added or removed upstream),
 * or a 1-based line number.
 */
import { z } from 'astro/zod';
import { gridSchema, labelledItemsSchema, listsSchema } from './layout-schema.ts';
import { SPACING_DIRECTIONS } from './paragraphs.ts';

const line = z.number().int().positive();
/** A quoted phrase found on exactly one source line, or a line number. */
export const anchorSchema = z.union([line, z.string().min(2)]);
export type Anchor = z.infer<typeof anchorSchema>;

const id = z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'must be lower-case ASCII words joined by hyphens, e.g. "market-size"');
const range = z
  .object({ from: line, to: line, reason: z.string().min(2) })
  .strict()
  .refine((r) => r.to >= r.from, { message: '`to` must not be before `from`' });

/** A cell of an HTML table: literal text, source lines (one per printed line), or lines joined into one. */
const cellSchema = z
  .object({
    text: z.string().optional(),
    lines: z.array(line).optional(),
    joined: z.array(line).optional(),
    header: z.boolean().optional(),
    scope: z.enum(['col', 'row', 'colgroup', 'rowgroup']).optional(),
    colspan: z.number().int().min(2).optional(),
    rowspan: z.number().int().min(2).optional(),
  })
  .strict();
/** A row: its cells, or a source line split at spaces (`header: all` makes every cell a column header, `first` the first a row header). */
const tableRowSchema = z.union([
  z.array(cellSchema),
  z.object({ split: line, header: z.enum(['all', 'first']).optional() }).strict(),
]);
export type TableCell = z.infer<typeof cellSchema>;
export type TableRow = z.infer<typeof tableRowSchema>;

/** The id of a published block (table, box, figure, heading, editorial note): things anchored on it follow it directly. */
const blockId = z.string().regex(/^[a-z0-9-]+$/);

const noteSchema = z
  .object({
    id: z.string().regex(/^en-[a-z0-9-]+$/, 'editorial note ids start with "en-", e.g. "en-nl2019-usd-conversion"'),
    kind: z.enum(['error', 'gap', 'move', 'remark']),
    /** Published after the block (paragraph, heading, figure) holding this anchor; at the top of the page when it is the page title. */
    after: anchorSchema.optional(),
    /** Or: right after the published block with this id (a table, box, figure, heading or another note). */
    afterBlock: blockId.optional(),
    /** Or: at the top of the page with this slug, before its first block. */
    top: z.string().optional(),
    /** Or: published on the landing page (a note about the whole document). */
    landing: z.literal(true).optional(),
    /** Or: published right under the heading with this id (e.g. an editor's heading it explains). */
    under: z.string().min(1).optional(),
    /** Plain text (escaped for MDX by the engine); paragraphs separated by blank lines. */
    text: z.string().min(2),
    /** A table the editor compiled from the text, shown after `text`. */
    table: z.object({ columns: z.array(z.string()).min(1), rows: z.array(z.array(z.string())) }).strict().optional(),
  })
  .strict()
  .refine((note) => [note.after, note.afterBlock, note.top, note.landing, note.under].filter((v) => v !== undefined).length === 1, {
    message: 'give a note exactly one place: `after` (where it attaches), `afterBlock` (a block id), `top` (a page slug), `under` (a heading id) or `landing: true`',
  });

export const reviewSchema = z
  .object({
    /** File name in sources/. */
    file: z.string().regex(/^[a-z0-9-]+\.txt$/, 'must be the file name in sources/, e.g. "annual-report-2020.txt"'),
    landing: z
      .object({
        title: z.string().min(1),
        /** Source lines published verbatim as the landing page body, one paragraph each (e.g. a masthead). */
        body: z.array(anchorSchema).default([]),
        /** Or: everything before the first page, up to this line, as paragraphs (a title page, an abstract). */
        to: line.optional(),
        /** The landing page's source range ends at this line (default: the last line with text). */
        through: line.optional(),
      })
      .strict(),
    /** The page split: each page starts at its title line and runs to `to` (inclusive). */
    pages: z
      .array(
        z
          .object({
            slug: id,
            /** The title line (its text is the page title), or ... */
            title: anchorSchema.optional(),
            /** ... a title the editor gives, for a page that starts at line `from` without a title line. */
            titleText: z.string().min(1).optional(),
            from: line.optional(),
            to: line,
            sidebarLabel: z.string().min(1).optional(),
            /** The page's place in the sidebar, when it is not its place in this list (default: 1, 2, 3 …). */
            order: z.number().int().nonnegative().optional(),
            chapter: z.string().min(1).optional(),
            /** The kind of text on this page when a compilation mixes kinds (简报, 讲话, 统计数据 …). */
            docType: z.string().min(1).optional(),
          })
          .strict()
          .refine((p) => (p.title === undefined) !== (p.titleText === undefined && p.from === undefined) && (p.titleText === undefined) === (p.from === undefined), {
            message: 'give a page either `title` (its title line) or both `titleText` and `from`',
          }),
      )
      .min(1),
    /** How wrapped lines become paragraphs. */
    paragraphs: z
      .object({
        /** A line ending a sentence and narrower than this (display columns) ends its paragraph. */
        shortBelow: z.number().int().nonnegative().default(0),
        /** A next line at most this wide is an indented first line: the paragraph before it ends (0: first lines are not indented). */
        indentedAtMost: z.number().int().nonnegative().default(0),
        /** Characters a paragraph's last line may end with ... */
        endWith: z.string().min(1).default('。！？：；”’）%'),
        /** ... optionally followed by these closing quotes and brackets. */
        closers: z.string().default(''),
        /** The dump counts curly quotes and the em dash as two columns (check a full line that has them). */
        wideQuotes: z.boolean().default(false),
        /** A paragraph opening with a bullet glyph is a list item (the glyph is dropped). */
        bulletLists: z.boolean().default(false),
        /** The dump marks each paragraph's last line with a trailing space: use that instead of line widths. */
        trailingSpaceEnds: z.boolean().default(false),
        /**
         * Put back the space between a Chinese character and a Latin letter or digit lost at a line break:
         * true for every such break, 'after-chinese' only where the Chinese character ends the line
         * (“有” / “25 个”), 'before-chinese' only where it starts the next (“25” / “个”).
         */
        spaceBetweenScripts: z
          .union([z.boolean(), z.enum(SPACING_DIRECTIONS)], { message: `must be true, false, ${SPACING_DIRECTIONS.map((d) => `'${d}'`).join(' or ')}` })
          .default(false),
        /** With trailingSpaceEnds: only a trailing space after a character of endWith ends a paragraph (elsewhere it is noise). */
        trailingSpaceAfterEndOnly: z.boolean().optional(),
        /** Remove private-use characters (bullet and ornament glyphs of PDF fonts, e.g. before “专栏”) from every line. */
        dropPrivateUse: z.boolean().optional(),
        /** A line of running text matching this regular expression fails the import: a heading left without an id (e.g. after an upstream edit). */
        headingLike: z.string().optional(),
        /** A paragraph matching this regular expression is a list item (kept verbatim); consecutive items make one list. */
        listItem: z.string().optional(),
        /** Reviewed exceptions: the paragraph always ends after these lines ... */
        breakAfter: z.array(anchorSchema).default([]),
        /** ... and always continues after these. */
        joinAfter: z.array(anchorSchema).default([]),
      })
      .strict(),
    /** Source lines that are headings, with their stable ids. */
    headings: z
      .array(
        z
          .object({
            at: anchorSchema,
            level: z.union([z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)]),
            id,
            /** A heading wrapped over several source lines ends on this one. */
            through: anchorSchema.optional(),
            /**
             * The heading runs into its paragraph (“１、参与主体。服务外包的…”): it ends at the first “。”,
             * or, given characters (“，” for a code entry “I11 软件研发及开发服务，根据…”), at the first of them.
             */
            runIn: z.union([z.boolean(), z.string().min(1)]).optional(),
            /** Remove the spaces inside the heading (“摘  要” → “摘要”: letter-spacing, not content). */
            collapseSpaces: z.boolean().optional(),
          })
          .strict(),
      )
      .default([]),
    /**
     * Headings the editor adds (the source has none there), placed before the
     * anchored line, or right after the block with id `afterBlock`.
     * `editorial: true` marks the text as the editor's (<span data-editorial>),
     * so that it is never taken for source text.
     */
    addedHeadings: z
      .array(
        z
          .object({
            before: anchorSchema.optional(),
            afterBlock: blockId.optional(),
            level: z.union([z.literal(2), z.literal(3), z.literal(4)]),
            text: z.string().min(1),
            id,
            editorial: z.boolean().optional(),
          })
          .strict()
          .refine((h) => (h.before === undefined) !== (h.afterBlock === undefined), {
            message: 'give an added heading either `before` or `afterBlock`',
          }),
      )
      .default([]),
    /**
     * Run-in lead sentences set in bold at the start of their paragraph (a quoted
     * phrase that starts a line, or { at, text } when the phrase is not unique);
     * a paragraph always starts there.
     */
    leads: z.array(z.union([z.string().min(2), z.object({ at: line, text: z.string().min(2) }).strict()])).default([]),
    /** 专栏 boxes: the title line (published in bold) through the box's last line, set apart in a <Box>. */
    boxes: z
      .array(
        z
          .object({
            at: anchorSchema,
            through: anchorSchema,
            id,
            /** How the title line is set: in bold (default), or as a plain paragraph. */
            title: z.enum(['bold', 'plain']).optional(),
          })
          .strict(),
      )
      .default([]),
    /**
     * Figure captions found in the text: every flow line opening with “图 N-M”
     * is published as <Figure id="fig-N-M">, with the 数据来源 / 来源 line right
     * after it when `sourceLine` and there is one. Entries
     * under `figures` are for captions this rule does not catch.
     */
    figureCaptions: z.object({ sourceLine: z.boolean().default(false) }).strict().optional(),
    /** Figure captions whose image the extraction lost. */
    figures: z
      .array(
        z
          .object({
            at: anchorSchema,
            id,
            /** The caption's last line, when 数据来源 / 注 lines follow it; each line is one paragraph. */
            through: anchorSchema.optional(),
          })
          .strict(),
      )
      .default([]),
    notes: z.array(noteSchema).default([]),
    /** Bulleted lists: items nested under the item before, and paragraphs that continue an item. */
    lists: listsSchema.optional(),
    /** Lists of labelled entries with their own anchors (“典型业务 1：定制软件开发，…” as <li id="i11-t1">). */
    labelledItems: z.array(labelledItemsSchema).optional(),
    /** Page furniture and debris dropped from the text: running headers, page numbers, axis labels. */
    furniture: z.array(range).default([]),
    /** Deletions inside a line (e.g. a footnote marker glued to a number). */
    edits: z
      .array(z.object({ line, find: z.string().min(1), replace: z.string(), reason: z.string().min(2) }).strict())
      .default([]),
    /**
     * Footnote bodies (lines from..to), published as footnotes of the page that
     * cites them. `marker` names the edit that deletes the footnote's marker
     * from the running text (its line, and its `find` when the line has
     * several edits): the reference goes exactly where the marker stood.
     */
    footnotes: z
      .array(
        range.and(
          z.object({
            marker: z.union([line, z.object({ line, find: z.string().min(1) }).strict()]).optional(),
          }),
        ),
      )
      .default([]),
    /**
     * Tables: lines from..to leave the reading flow and are rebuilt as a table
     * block published after the block holding `after`: the `caption` lines,
     * the table, the `footer` lines (数据来源, 注), each a paragraph. A plain
     * table has a `header` (a source line split at spaces, or the cells) and
     * `rows` (source lines split at spaces); a table with merged cells gives
     * `html` rows of cells instead. Notes anchored on a line of the table are
     * published inside its block.
     *
     * A `printed` table gives only its header's structure: the caption is the
     * range's first line, the rows are read from the source (printed-tables.ts),
     * and notes anchored on any of its lines close the block. A table broken
     * by a page break, or interrupted by dropped furniture (a header row
     * repeated on the next PDF page), is listed again with the same id and the
     * range of its continuation (nothing else); the first entry carries the
     * structure.
     */
    tables: z
      .array(
        range.and(
          z.object({
            id: z.string().regex(/^[a-z0-9-]+$/),
            after: anchorSchema.optional(),
            afterBlock: blockId.optional(),
            printed: z
              .object({
                header: z.array(z.array(z.union([z.string(), z.object({ text: z.string(), colspan: z.number().int().min(2).optional(), rowspan: z.number().int().min(2).optional() }).strict()]))).min(1),
                spanLabels: z.array(z.string().min(1)).optional(),
              })
              .strict()
              .optional(),
            caption: z.array(line).default([]),
            header: z.union([line, z.array(z.string())]).optional(),
            rows: z.array(line).default([]),
            footer: z.array(line).default([]),
            html: z
              .object({ head: z.array(tableRowSchema), body: z.array(tableRowSchema), widths: z.array(z.string()).optional() })
              .strict()
              .optional(),
            /** Or: a table with row anchors, row groups and cells of several paragraphs (layout-schema.ts). */
            grid: gridSchema.optional(),
            /** Published after the notes of the block it follows (default: before them). */
            afterNotes: z.boolean().optional(),
            /** Notes anchored on the table's lines follow the table block instead of standing inside it. */
            notesOutside: z.boolean().optional(),
          }),
        ),
      )
      .default([]),
    /** Fragments the extraction put out of order: lines from..to are published after line `after`. */
    moves: z.array(range.and(z.object({ after: line }))).default([]),
  })
  .strict();

export type Review = z.infer<typeof reviewSchema>;
export type ReviewNote = z.infer<typeof noteSchema>;
