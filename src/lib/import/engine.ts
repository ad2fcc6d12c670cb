/**
 * The import engine: one source dump plus its review file (review-schema.ts)
 * become the document's pages. Every document-specific decision comes from
 * the review file; this module only knows how Chinese reports are laid out
 * in a text dump and how the site writes MDX.
 */
import { applySourceMap, type SourceLine, type SourceMap } from '../provenance/source-map.ts';
import { resolveAnchor } from './anchors.ts';
import { gridBlock } from './grid-table.ts';
import { labelledItem } from './lists.ts';
import { escapeMdxText, mdxBlock, mdxHeading, mdxParagraph, mdxTable } from './mdx.ts';
import { BULLET_GLYPH, joinParagraphLines, splitParagraphs, type ParagraphRules } from './paragraphs.ts';
import type { DraftPage } from './profile.ts';
import type { Review, ReviewNote } from './review-schema.ts';
import { reviewLineOf } from './review-fs.ts';
import { printedTableBlock } from './printed-tables.ts';
import { tableBlock } from './tables.ts';
import { PRIVATE_USE } from '../provenance/source-text.ts';

export interface EngineInput {
  document: string;
  file: string;
  /** Raw source lines; lines[0] is line 1. */
  lines: readonly string[];
  /** The review file's path, for messages. */
  label: string;
}

/** The source-map part of a review file, as the fidelity check reads it. */
export function sourceMapOf(review: Review): SourceMap {
  return {
    file: review.file,
    drop: review.furniture,
    edits: review.edits,
    footnotes: review.footnotes,
    tables: review.tables,
    moves: review.moves,
  };
}

function noteBlock(note: ReviewNote): string {
  const parts = note.text.split(/\n\s*\n/).map((p) => escapeMdxText(p.trim()));
  if (note.table) parts.push(mdxTable(note.table.columns, note.table.rows));
  return mdxBlock('EditorNote', { id: note.id, kind: note.kind }, parts.join('\n\n'));
}

const SENTINEL = /\u0001(\d+)\u0002/g;

/** Per line, a function inserting a placeholder for each footnote marker the line's edits deleted. */
function footnoteMarkers(review: Review, lines: readonly string[], label: string): Map<number, (text: string) => string> {
  const byLine = new Map<number, { offset: number; index: number }[]>();
  review.footnotes.forEach((f, index) => {
    if (f.marker === undefined) return;
    const markerLine = typeof f.marker === 'number' ? f.marker : f.marker.line;
    const find = typeof f.marker === 'number' ? undefined : f.marker.find;
    const edits = review.edits.filter((e) => e.line === markerLine && (find === undefined || e.find === find));
    if (edits.length !== 1) {
      throw new Error(
        `${label}: footnotes[${index}] (lines ${f.from}-${f.to}): marker on line ${markerLine} must name exactly one edit that deletes the marker, found ${edits.length}` +
          (edits.length > 1 ? '; give marker: { line, find }' : '; add the edit under edits'),
      );
    }
    const edit = edits[0]!;
    // The reference goes where the edit deleted characters: after the common prefix of find and replace.
    const at = lines[markerLine - 1]!.indexOf(edit.find);
    let keep = 0;
    while (keep < edit.replace.length && edit.find[keep] === edit.replace[keep]) keep++;
    const list = byLine.get(markerLine) ?? [];
    list.push({ offset: at + keep, index });
    byLine.set(markerLine, list);
  });
  // Offsets are in the raw line; edits that delete text wholly before an offset move it left.
  const result = new Map<number, (text: string) => string>();
  for (const [n, list] of byLine) {
    const raw = lines[n - 1]!;
    const deletions = review.edits
      .filter((e) => e.line === n)
      .map((e) => ({ end: raw.indexOf(e.find) + e.find.length, removed: e.find.length - e.replace.length }));
    const placed = list
      .map(({ offset, index }) => ({ index, offset: offset - deletions.filter((d) => d.end <= offset).reduce((sum, d) => sum + d.removed, 0) }))
      .sort((a, b) => b.offset - a.offset);
    result.set(n, (text) => placed.reduce((t, { offset, index }) => `${t.slice(0, offset)}\u0001${index}\u0002${t.slice(offset)}`, text));
  }
  return result;
}

/** Numbers a page's footnote references in order of appearance and appends their definitions. */
function withFootnotes(body: string, footnoteText: readonly string[], cited: Set<number>): string {
  const order: number[] = [];
  const text = body.replace(SENTINEL, (_, n: string) => {
    const index = Number(n);
    if (!order.includes(index)) order.push(index);
    cited.add(index);
    return `[^fn${order.indexOf(index) + 1}]`;
  });
  const definitions = order.map((index, i) => `[^fn${i + 1}]: ${footnoteText[index]}`);
  return `${[text, ...definitions].filter(Boolean).join('\n\n')}\n`;
}

/** A figure caption found in the text (review `figureCaptions`): “图 3-2 …” gives fig-3-2. */
const FIGURE_CAPTION = /^图\s*(\d+(?:\s*[-－—]\s*\d+)?)\s/;
const DATA_SOURCE = /^(?:数据)?来源[：:]/;

export function importWithReview(review: Review, { document, file, lines: rawLines, label }: EngineInput): DraftPage[] {
  const lines = review.paragraphs.dropPrivateUse ? rawLines.map((t) => t.replace(PRIVATE_USE, '')) : rawLines;
  /** "review.yaml:12: notes[3].after": the file, the line in it when known, the field. */
  const located = (where: string) => {
    const line = reviewLineOf(review, where);
    return `${label}${line ? `:${line}` : ''}: ${where}`;
  };
  const at = (anchor: Parameters<typeof resolveAnchor>[0], where: string) => resolveAnchor(anchor, lines, located(where));
  const mapped = applySourceMap(sourceMapOf(review), lines);
  const markers = footnoteMarkers(review, lines, label);
  // A footnote marker alone on its line leaves the line empty, but its reference still goes there.
  const flow = mapped.flow.filter((l) => l.text.trim() !== '' || markers.has(l.n));
  const textOf = (n: number) => lines[n - 1]!.trim();
  /** A flow line's text with a placeholder where each footnote marker stood. */
  const marked = (l: SourceLine) => markers.get(l.n)?.(l.text) ?? l.text;
  const footnoteText = review.footnotes.map((f) => {
    const body = mapped.footnotes.find((m) => m.from === f.from)!;
    return escapeMdxText(joinParagraphLines(body.lines.map((l) => l.text), review.paragraphs.spaceBetweenScripts));
  });

  const headings = new Map(
    review.headings.map((h, i) => {
      const n = at(h.at, `headings[${i}].at`);
      return [n, { ...h, through: h.through === undefined ? n : at(h.through, `headings[${i}].through`) }] as const;
    }),
  );
  const added = new Map(review.addedHeadings.flatMap((h, i) => (h.before === undefined ? [] : [[at(h.before, `addedHeadings[${i}].before`), h] as const])));
  const addedHeading = (h: Review['addedHeadings'][number]) =>
    // The editor's text is marked so that the fidelity check never reads it as source text.
    h.editorial ? `${'#'.repeat(h.level)} <span data-editorial>${escapeMdxText(h.text)}</span> {/* #${h.id} */}` : mdxHeading(h.level, h.text, h.id);
  const figures = new Map(
    review.figures.map((f, i) => {
      const n = at(f.at, `figures[${i}].at`);
      return [n, { id: f.id, through: f.through === undefined ? n : at(f.through, `figures[${i}].through`) }] as const;
    }),
  );
  const usedNotes = new Set<ReviewNote>();
  const seen = new Set<string>();
  for (const note of review.notes) {
    if (seen.has(note.id)) throw new Error(`${label}: editorial note id ${note.id} is used twice; note ids must be unique`);
    seen.add(note.id);
  }
  const notes = review.notes
    .map((note, i) => ({ note, after: note.after === undefined ? 0 : at(note.after, `notes[${i}].after (${note.id})`) }))
    .filter(({ note }) => !note.landing);
  /**
   * What follows a published block directly, by its id (review `afterBlock`):
   * notes, then tables, then added headings, each in review order; each with
   * its own followers.
   */
  const followers = new Map<string, (() => string[])[]>();
  const follow = (id: string | undefined, render: () => string[]) => {
    if (id !== undefined) followers.set(id, [...(followers.get(id) ?? []), render]);
  };
  const followersOf = (id: string): string[] => (followers.get(id) ?? []).flatMap((render) => render());
  const placedHeadings = new Set<string>();
  review.notes.forEach((note) => follow(note.afterBlock, () => (usedNotes.add(note), [noteBlock(note), ...followersOf(note.id)])));
  const landingNotes = review.notes.filter((note) => note.landing);
  /** A heading, then the notes placed under it. */
  /** The notes placed right under the heading with this id (review `under`). */
  const notesUnder = (id: string) =>
    review.notes
      .filter((note) => note.under === id)
      .map((note) => {
        usedNotes.add(note);
        return noteBlock(note);
      });
  /** A heading, then the notes placed under it. */
  const headingBlocks = (level: Parameters<typeof mdxHeading>[0], text: string, id: string) => [mdxHeading(level, text, id), ...notesUnder(id)];
  landingNotes.forEach((note) => usedNotes.add(note));
  const notesAfter = (block: readonly SourceLine[]) => {
    const numbers = new Set(block.map((l) => l.n));
    return notes
      .filter(({ after }) => numbers.has(after))
      .flatMap(({ note }) => {
        usedNotes.add(note);
        return [noteBlock(note), ...followersOf(note.id)];
      });
  };
  // A table's later entries under the same id are the ranges its first entry continues over
  // (a printed table after a page break, a grid table interrupted by dropped furniture).
  const tables = review.tables
    .map((table, i) => ({ table, after: table.after === undefined ? undefined : at(table.after, `tables[${i}].after (${table.id})`) }))
    .filter(({ table }, i) => {
      const first = review.tables.findIndex((t) => t.id === table.id) === i;
      const structure = (['after', 'afterBlock', 'header', 'html', 'grid', 'printed'] as const).filter((key) => table[key] !== undefined);
      if (!first && (structure.length || table.rows.length || table.caption.length || table.footer.length)) {
        throw new Error(`${located(`tables[${i}]`)}: a later range of table ${table.id} continues its first entry; move its ${[...structure, 'rows', 'caption', 'footer'][0]} to that entry`);
      }
      return first;
    });
  const mappedText = new Map(mapped.tables.flatMap((t) => t.lines.map((l) => [l.n, l.text] as const)));
  const joinAfterLines = new Set(review.paragraphs.joinAfter.map((a, i) => at(a, `paragraphs.joinAfter[${i}]`)));
  const placedTables = new Set<string>();
  const tableNotes = (numbers: readonly number[]) => notesAfter(numbers.map((n) => ({ n, text: textOf(n) })));
  const renderTable = (table: Review['tables'][number]): string[] => {
    placedTables.add(table.id);
    const numbers = review.tables.filter((t) => t.id === table.id).flatMap((t) => Array.from({ length: t.to - t.from + 1 }, (_, k) => t.from + k));
    if (table.printed) return [printedTableBlock(table.id, table.printed, numbers.map(textOf), tableNotes(numbers), label), ...followersOf(table.id)];
    if (table.grid) {
      const { block, notes } = gridBlock(table, numbers, (n) => mappedText.get(n) ?? lines[n - 1]!, tableNotes, joinAfterLines, `${label}: tables (${table.id})`);
      return [block, ...notes, ...followersOf(table.id)];
    }
    return [tableBlock(table, textOf, tableNotes, label), ...followersOf(table.id)];
  };
  tables.forEach(({ table }) => follow(table.afterBlock, () => renderTable(table)));
  review.addedHeadings.forEach((h) => follow(h.afterBlock, () => (placedHeadings.add(h.id), [addedHeading(h), ...notesUnder(h.id), ...followersOf(h.id)])));
  /** What follows a block: the tables anchored on it, then its notes. */
  const afterBlock = (block: readonly SourceLine[]) => {
    const numbers = new Set(block.map((l) => l.n));
    const here = tables.filter(({ after }) => after !== undefined && numbers.has(after));
    return [
      ...here.filter(({ table }) => !table.afterNotes).flatMap(({ table }) => renderTable(table)),
      ...notesAfter(block),
      ...here.filter(({ table }) => table.afterNotes).flatMap(({ table }) => renderTable(table)),
    ];
  };
  const boxes = new Map(
    review.boxes.map((b, i) => [at(b.at, `boxes[${i}].at (${b.id})`), { id: b.id, title: b.title, through: at(b.through, `boxes[${i}].through (${b.id})`) }] as const),
  );
  const leads = new Map(
    review.leads.map((lead, i) => {
      const text = typeof lead === 'string' ? lead : lead.text;
      const n = typeof lead === 'string' ? at(lead, `leads[${i}]`) : lead.at;
      if (typeof lead === 'string' && !lines[n - 1]!.trim().startsWith(text)) {
        throw new Error(`${label}: leads[${i}]: “${text}” does not start line ${n}; a lead opens its paragraph`);
      }
      return [n, text] as const;
    }),
  );
  const nested = new Set((review.lists?.nested ?? []).map((a, i) => at(a, `lists.nested[${i}]`)));
  const continued = new Set((review.lists?.continued ?? []).map((a, i) => at(a, `lists.continued[${i}]`)));
  const items = new Map(
    (review.labelledItems ?? []).flatMap((list, k) => list.items.map((item, i) => [at(item.at, `labelledItems[${k}].items[${i}].at`), { list, id: item.id }] as const)),
  );
  const bulletLines = review.paragraphs.bulletLists ? flow.filter((l) => BULLET_GLYPH.test(l.text.trimStart())).map((l) => l.n) : [];
  const spaced = review.paragraphs.spaceBetweenScripts;
  const join = (texts: readonly string[]) => joinParagraphLines(texts, spaced);
  /** Lines whose end-of-line hyphen an edit removed: the word continues on the next line. */
  const hyphenated = new Set(review.edits.filter((e) => /[A-Za-z]-$/.test(e.find) && lines[e.line - 1]!.trimEnd().endsWith(e.find) && !e.replace.endsWith('-')).map((e) => e.line));
  const joinLines = (block: readonly SourceLine[]) => {
    const texts = block.map(marked);
    if (!block.some((l) => hyphenated.has(l.n))) return join(texts);
    // Join word-split lines first, then the rest as usual.
    const merged: string[] = [];
    block.forEach((l, i) => {
      if (i > 0 && hyphenated.has(block[i - 1]!.n)) merged[merged.length - 1] = merged.at(-1)!.trimEnd() + texts[i]!.trim();
      else merged.push(texts[i]!);
    });
    return join(merged);
  };
  /** With trailingSpaceAfterEndOnly, a trailing space after anything but an end character (endWith) ends nothing. */
  const endCharacter = new RegExp(`[${review.paragraphs.endWith.replace(/[\\\]^-]/g, (c) => `\\${c}`)}]$`, 'u');
  const trailingSpaceNoise = review.paragraphs.trailingSpaceAfterEndOnly ? flow.filter((l) => /\S[ \t]+$/.test(l.text) && !endCharacter.test(l.text.trimEnd())).map((l) => l.n) : [];
  const rules: ParagraphRules = {
    shortBelow: review.paragraphs.shortBelow,
    indentedAtMost: review.paragraphs.indentedAtMost,
    endWith: review.paragraphs.endWith,
    closers: review.paragraphs.closers,
    wideQuotes: review.paragraphs.wideQuotes,
    trailingSpaceEnds: review.paragraphs.trailingSpaceEnds,
    // A box's title and last line end paragraphs: nothing runs into or out of a box.
    breakAfter: new Set([...review.paragraphs.breakAfter.map((a, i) => at(a, `paragraphs.breakAfter[${i}]`)), ...[...boxes.values()].map((b) => b.through)]),
    // Run-in headings, list items and labelled items open paragraphs.
    breakBefore: new Set([...leads.keys(), ...[...headings].filter(([, h]) => h.runIn).map(([n]) => n), ...nested, ...continued, ...items.keys(), ...bulletLines]),
    joinAfter: new Set([...joinAfterLines, ...trailingSpaceNoise]),
  };

  const unlistedHeading = review.paragraphs.headingLike === undefined ? undefined : new RegExp(review.paragraphs.headingLike, 'u');
  const listItem = review.paragraphs.listItem === undefined ? undefined : new RegExp(review.paragraphs.listItem, 'u');
  /** A caption found by review `figureCaptions`, through its 数据来源 line when asked for and present. */
  const foundFigure = (inPage: readonly SourceLine[], i: number) => {
    const match = review.figureCaptions && FIGURE_CAPTION.exec(inPage[i]!.text.trim());
    if (!match) return undefined;
    const next = inPage[i + 1];
    const through = review.figureCaptions!.sourceLine && next && DATA_SOURCE.test(next.text.trim()) ? next.n : inPage[i]!.n;
    return { id: `fig-${match[1]!.replace(/\s/g, '').replace(/[－—]/g, '-')}`, through };
  };
  const pageBody = (inPage: readonly SourceLine[]): string[] => {
    const blocks: string[] = [];
    let run: SourceLine[] = [];
    let listOpen = false;
    let openItems: { list: unknown; at: number; items: string[] } | undefined;
    let openBox: { id: string; title: 'bold' | 'plain' | undefined; through: number; start: number } | undefined;
    const flushRun = () => {
      for (const paragraph of splitParagraphs(run, rules)) {
        const text = joinLines(paragraph);
        const lead = leads.get(paragraph[0]!.n);
        if (lead && !text.startsWith(lead)) throw new Error(`${label}: the lead “${lead}” does not open the paragraph at line ${paragraph[0]!.n}`);
        const runIn = headings.get(paragraph[0]!.n);
        if (runIn?.runIn) {
          const stops = typeof runIn.runIn === 'string' ? runIn.runIn : '。';
          const end = [...text].findIndex((ch) => stops.includes(ch));
          if (end === -1) throw new Error(`${label}: the run-in heading at line ${paragraph[0]!.n} has no “${stops}” to end it`);
          const title = [...text].slice(0, end + 1).join('');
          blocks.push(...headingBlocks(runIn.level, title, runIn.id));
          if (text.slice(title.length).trim()) blocks.push(escapeMdxText(text.slice(title.length)));
          blocks.push(...afterBlock(paragraph));
          listOpen = false;
          continue;
        }
        const item = items.get(paragraph[0]!.n);
        if (item) {
          // Consecutive labelled items make one list; anything in between (a note) ends it.
          if (openItems?.list !== item.list || openItems.at !== blocks.length - 1) openItems = { list: item.list, at: blocks.length, items: [] };
          openItems.items.push(labelledItem(item.list, item.id, text));
          blocks[openItems.at] = `<ul class="${item.list.class}">\n${openItems.items.join('\n')}\n</ul>`;
          blocks.push(...afterBlock(paragraph));
          listOpen = false;
          continue;
        }
        if (listOpen && (nested.has(paragraph[0]!.n) || continued.has(paragraph[0]!.n))) {
          // Under the last bullet item: a nested item, or a paragraph continuing it.
          const following = afterBlock(paragraph);
          const sub = nested.has(paragraph[0]!.n) ? `\n  - ${escapeMdxText(text)}` : `\n\n  ${escapeMdxText(text)}\n`;
          blocks[blocks.length - 1] += sub;
          listOpen = following.length === 0;
          blocks.push(...following);
          continue;
        }
        if (nested.has(paragraph[0]!.n) || continued.has(paragraph[0]!.n)) {
          throw new Error(`${label}: lists: the paragraph at line ${paragraph[0]!.n} follows no bullet item, so it can neither nest under nor continue one`);
        }
        const following = afterBlock(paragraph);
        const bullet = review.paragraphs.bulletLists && BULLET_GLYPH.test(text);
        if (bullet || listItem?.test(text)) {
          // A bullet glyph from a PDF font, or the review's list-item pattern, opens a list item; consecutive items make one list.
          const item = `- ${escapeMdxText(bullet ? text.replace(BULLET_GLYPH, '') : text)}`;
          const last = blocks.at(-1);
          if (last !== undefined && listOpen) blocks[blocks.length - 1] = `${last}\n${item}`;
          else blocks.push(item);
          listOpen = following.length === 0;
          blocks.push(...following);
          continue;
        }
        listOpen = false;
        // <strong>, not **…**: CommonMark does not close ** between “。” and a Chinese letter.
        blocks.push(lead ? `<strong>${escapeMdxText(lead)}</strong>${escapeMdxText(text.slice(lead.length))}` : escapeMdxText(text));
        blocks.push(...following);
      }
      listOpen = false;
      run = [];
    };
    for (let i = 0; i < inPage.length; i++) {
      const line = inPage[i]!;
      const extra = added.get(line.n);
      if (extra) {
        flushRun();
        placedHeadings.add(extra.id);
        blocks.push(addedHeading(extra), ...notesUnder(extra.id), ...followersOf(extra.id));
      }
      const heading = headings.get(line.n);
      if (heading?.runIn) {
        // Split off in flushRun, once the paragraph it opens is known.
        run.push(line);
        continue;
      }
      const figure = figures.get(line.n) ?? foundFigure(inPage, i);
      if (heading) {
        flushRun();
        const parts = [line];
        while (!parts.some((l) => l.n === heading.through) && inPage[i + 1]) parts.push(inPage[++i]!);
        const text = join(parts.map(marked));
        blocks.push(...headingBlocks(heading.level, heading.collapseSpaces ? text.replace(/\s+/g, '') : text, heading.id));
        blocks.push(...followersOf(heading.id), ...afterBlock(parts));
      } else if (boxes.has(line.n)) {
        // A 专栏 box: its title in bold, then everything up to its last line, inside <Box>.
        flushRun();
        openBox = { ...boxes.get(line.n)!, start: blocks.length };
        const title = escapeMdxText(join([marked(line)]));
        blocks.push(openBox.title === 'plain' ? title : `**${title}**`, ...afterBlock([line]));
      } else if (figure) {
        flushRun();
        const parts = [line];
        while (!parts.some((l) => l.n === figure.through) && inPage[i + 1]) parts.push(inPage[++i]!);
        blocks.push(mdxBlock('Figure', { id: figure.id }, parts.map((l) => mdxParagraph([marked(l)])).join('\n\n')));
        blocks.push(...followersOf(figure.id), ...afterBlock(parts));
      } else {
        if (unlistedHeading?.test(line.text.trim())) {
          throw new Error(`${label}: line ${line.n} “${line.text.trim()}” looks like a heading (paragraphs.headingLike) but is not under headings; list it with its id, or narrow headingLike`);
        }
        run.push(line);
      }
      if (openBox && line.n === openBox.through) {
        flushRun();
        const inner = blocks.splice(openBox.start);
        blocks.push(mdxBlock('Box', { id: openBox.id }, inner.join('\n\n')), ...followersOf(openBox.id));
        openBox = undefined;
      }
    }
    flushRun();
    if (openBox) throw new Error(`${label}: box ${openBox.id} does not end on its page; its \`through\` line must be on the same page`);
    return blocks;
  };

  const landingLines = review.landing.body.map((a, i) => at(a, `landing.body[${i}]`));
  const lastLine = review.landing.through ?? lines.findLastIndex((t) => t.trim() !== '') + 1;
  const landingTo = review.landing.to ?? 0;
  const landingBlocks = [
    ...landingNotes.map(noteBlock),
    ...landingLines.flatMap((n) => [escapeMdxText(textOf(n)), ...notesAfter([{ n, text: textOf(n) }])]),
    ...pageBody(flow.filter((l) => l.n <= landingTo)),
  ];
  const landing: DraftPage = {
    slug: 'index',
    frontmatter: { title: review.landing.title, document, order: 0, source: { file, lines: [1, lastLine] } },
    body: landingBlocks.length ? `${landingBlocks.join('\n\n')}\n` : '',
  };

  const cited = new Set<number>();
  const specs = review.pages.map((p, i) => {
    const titleLine = p.title !== undefined ? at(p.title, `pages[${i}].title`) : p.from!;
    return { ...p, titleLine, titleIsLine: p.title !== undefined, pageTitle: p.title !== undefined ? textOf(titleLine) : p.titleText! };
  });
  specs.forEach((spec, i) => {
    const previous = specs[i - 1];
    if (spec.to < spec.titleLine) throw new Error(`${label}: pages[${i}] (${spec.slug}) ends at line ${spec.to}, before its title line ${spec.titleLine}`);
    if (previous && spec.titleLine <= previous.to) {
      throw new Error(`${label}: pages[${i}] (${spec.slug}) starts at line ${spec.titleLine}, inside pages[${i - 1}] (${previous.slug}, to ${previous.to}); pages run in source order without overlap`);
    }
  });
  const pages = specs.map((spec, i): DraftPage => {
    const inPage = flow.filter((l) => (spec.titleIsLine ? l.n > spec.titleLine : l.n >= spec.titleLine) && l.n <= spec.to);
    const topNotes = review.notes.filter((note) => note.top === spec.slug).flatMap((note) => (usedNotes.add(note), [noteBlock(note), ...followersOf(note.id)]));
    const titleNotes = [...topNotes, ...(spec.titleIsLine ? afterBlock([{ n: spec.titleLine, text: textOf(spec.titleLine) }]) : [])];
    return {
      slug: spec.slug,
      frontmatter: {
        title: spec.pageTitle,
        ...(spec.sidebarLabel ? { sidebarLabel: spec.sidebarLabel } : {}),
        document,
        order: spec.order ?? i + 1,
        ...(spec.docType ? { docType: spec.docType } : {}),
        ...(spec.chapter ? { chapter: spec.chapter } : {}),
        source: { file, lines: [spec.titleLine, spec.to] },
      },
      body: withFootnotes([...titleNotes, ...pageBody(inPage)].join('\n\n'), footnoteText, cited),
    };
  });
  review.footnotes.forEach((f, k) => {
    if (!cited.has(k)) {
      throw new Error(`${label}: footnotes[${k}] (lines ${f.from}-${f.to}) is cited nowhere; give its marker: the line of the edit that deletes its marker from the text`);
    }
  });

  const covered = (n: number) => landingLines.includes(n) || n <= landingTo || specs.some((p) => n >= p.titleLine && n <= p.to);
  const stray = flow.filter((l) => !covered(l.n));
  if (stray.length) {
    throw new Error(`${label}: source lines ${stray.map((l) => l.n).join(', ')} are on no page; extend a page's \`to\`, add a page, or list them under furniture`);
  }
  // Blocks placed after another block by id go missing with it: report the added headings first, then the tables.
  const lostHeadings = review.addedHeadings.filter((h) => !placedHeadings.has(h.id));
  if (lostHeadings.length) {
    throw new Error(`${label}: added heading ${lostHeadings.map((h) => h.id).join(', ')} is published nowhere; its \`before\` line or \`afterBlock\` id is on no page`);
  }
  const unplaced = tables.map(({ table }) => table).filter((t) => !placedTables.has(t.id));
  if (unplaced.length) {
    throw new Error(`${label}: ${unplaced.map((t) => `table ${t.id}`).join(', ')} ${unplaced.length === 1 ? 'is' : 'are'} published nowhere; give \`after:\` the line of the block it follows`);
  }
  const unused = notes.filter(({ note }) => !usedNotes.has(note));
  const unplacedUnder = unused.filter(({ note }) => note.under !== undefined);
  if (unplacedUnder.length) {
    throw new Error(`${label}: ${unplacedUnder.map(({ note }) => `note ${note.id} (under: ${note.under})`).join(', ')}: no heading has that id; give the id of a heading or added heading`);
  }
  if (unused.length) {
    throw new Error(
      `${label}: ${unused.map(({ note, after }) => `note ${note.id} (${note.afterBlock ? `after block ${note.afterBlock}` : note.top ? `top of ${note.top}` : `after line ${after}`})`).join(', ')} attaches to no published block; anchor it on a line of a paragraph, heading or figure, the id of a published block, or a page's slug`,
    );
  }
  return [landing, ...pages];
}
