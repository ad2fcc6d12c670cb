/**
 * Turns the blocks of one page into MDX chunks: headings from a per-line
 * table, run-in headings split at their first full stop, Wingdings bullets as
 * list items (circled numerals and bullets whose glyph was lost as nested
 * items), and extras (tables, figures, notes) placed by source line.
 */
import { escapeMdxText, mdxBlock, mdxHeading } from '../../../../src/lib/import/mdx.ts';
import type { Block } from './blocks.ts';
import { splitRunIn } from './blocks.ts';
import type { Note } from './notes.ts';

export interface HeadingSpec {
  level: 2 | 3 | 4;
  id: string;
  /** The heading runs into its paragraph ("１、参与主体。服务外包的…"): split at the first "。". */
  runIn?: boolean;
}

/** Something published at a source position: after every block that starts at or before `at`. */
export interface Extra {
  at: number;
  chunks: string[];
}

export function noteChunk(note: Note): string {
  return mdxBlock('EditorNote', { id: note.id, kind: note.kind }, escapeMdxText(note.text));
}

export function notesAsExtras(notes: readonly Note[], from: number, to: number): Extra[] {
  return notes.filter((n) => n.after >= from && n.after <= to).map((n) => ({ at: n.after, chunks: [noteChunk(n)] }));
}

const NESTED = /^[①②③④⑤⑥⑦⑧⑨]/;

/**
 * Renders blocks in order. Inside a list, a block opening with a circled
 * numeral, or indented by 3+ spaces without a glyph (the extraction lost it),
 * is a nested item; a plain paragraph right after list items continues the
 * last item (the conclusion the speech draws under each trend).
 */
export function renderBlocks(blocks: readonly Block[], headings: Readonly<Record<number, HeadingSpec>>, extras: readonly Extra[] = []): string[] {
  const chunks: string[] = [];
  const pending = [...extras].sort((a, b) => a.at - b.at);
  let list: string[] = [];
  const closeList = () => {
    if (list.length) chunks.push(list.join('\n'));
    list = [];
  };
  const emitExtras = (before: number) => {
    while (pending.length && pending[0]!.at < before) {
      closeList();
      chunks.push(...pending.shift()!.chunks);
    }
  };
  for (const block of blocks) {
    emitExtras(block.from);
    const heading = headings[block.from];
    if (heading) {
      closeList();
      if (heading.runIn) {
        const [title, rest] = splitRunIn(block.text);
        chunks.push(mdxHeading(heading.level, title, heading.id), escapeMdxText(rest));
      } else chunks.push(mdxHeading(heading.level, block.text, heading.id));
      continue;
    }
    const text = escapeMdxText(block.text);
    if (block.bullet) list.push(`- ${text}`);
    else if (list.length && (NESTED.test(block.text) || block.indent >= 3)) list.push(`  - ${text}`);
    else if (list.length) list.push('', `  ${text}`, '');
    else chunks.push(text);
  }
  emitExtras(Number.POSITIVE_INFINITY);
  closeList();
  return chunks;
}
