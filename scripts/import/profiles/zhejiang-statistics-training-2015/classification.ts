/**
 * The 2015 服务外包统计分类 as the guide's section （三） writes it: 门类
 * headings ("1、信息技术外包（ITO）。"), 大类 lines ("（1）I1 软件研发外包，…"),
 * 中类 lines ("I11 软件研发及开发服务，…") and 典型业务 items
 * ("典型业务 1：定制软件开发，…"; once misspelt "典行业务"). Pure functions.
 *
 * Anchors: the code in lower case (`ito`, `i1`, `i11`) for headings, and
 * `<中类>-t<N>` (`i11-t1`) for the N-th 典型业务 of a 中类, N as the source
 * numbers it.
 */
import { escapeMdxText, mdxHeading } from '../../../../src/lib/import/mdx.ts';
import type { Block } from './blocks.ts';

export type ClassNode =
  | { kind: 'category'; code: string; id: string; heading: string; block: Block }
  | { kind: 'division'; code: string; id: string; heading: string; definition: string; block: Block }
  | { kind: 'class'; code: string; id: string; heading: string; definition: string; block: Block }
  | { kind: 'typical'; id: string; parent: string; number: number; label: string; rest: string; block: Block }
  | { kind: 'text'; text: string; block: Block };

const CATEGORY = /^\d、.+（(ITO|BPO|KPO)）。$/;
const DIVISION = /^（\d）([IBK]\d) /;
const CLASS = /^([IBK]\d\d) /;
const TYPICAL = /^典[型行]业务 ?(\d)/;

/**
 * Splits "CODE 名称，定义" after the first "，": the heading keeps the comma
 * (it is source text), the definition is the rest.
 */
function splitEntry(text: string): [string, string] {
  const at = text.indexOf('，');
  if (at === -1) throw new Error(`classification entry without "，": ${text.slice(0, 40)}`);
  return [text.slice(0, at + 1), text.slice(at + 1)];
}

/** Reads the classification blocks into a flat list of nodes, in source order. */
export function parseClassification(blocks: readonly Block[]): ClassNode[] {
  const nodes: ClassNode[] = [];
  let currentClass: string | undefined;
  for (const block of blocks) {
    const text = block.text;
    let m: RegExpExecArray | null;
    if ((m = CATEGORY.exec(text))) {
      nodes.push({ kind: 'category', code: m[1]!, id: m[1]!.toLowerCase(), heading: text, block });
      currentClass = undefined;
    } else if ((m = DIVISION.exec(text))) {
      const [heading, definition] = splitEntry(text);
      nodes.push({ kind: 'division', code: m[1]!, id: m[1]!.toLowerCase(), heading, definition, block });
      currentClass = undefined;
    } else if ((m = CLASS.exec(text))) {
      const [heading, definition] = splitEntry(text);
      nodes.push({ kind: 'class', code: m[1]!, id: m[1]!.toLowerCase(), heading, definition, block });
      currentClass = m[1]!.toLowerCase();
    } else if ((m = TYPICAL.exec(text))) {
      if (!currentClass) throw new Error(`典型业务 outside a 中类 at line ${block.from}`);
      const comma = text.indexOf('，');
      const number = Number(m[1]);
      nodes.push({
        kind: 'typical',
        id: `${currentClass}-t${number}`,
        parent: currentClass,
        number,
        label: text.slice(0, comma),
        rest: text.slice(comma),
        block,
      });
    } else {
      nodes.push({ kind: 'text', text, block });
    }
  }
  return nodes;
}

/** One 典型业务 list item: the label ("典型业务 1：定制软件开发") in bold, the rest as text. */
function typicalItem(node: Extract<ClassNode, { kind: 'typical' }>): string {
  return `<li id="${node.id}">**${escapeMdxText(node.label)}**${escapeMdxText(node.rest)}</li>`;
}

/**
 * MDX chunks of the classification: 门类 as h2, 大类 as h3, 中类 as h4, each
 * with its definition paragraph; 典型业务 as a JSX list whose items carry ids.
 * `after(block)` returns chunks to insert after a block (editorial notes).
 */
export function renderClassification(nodes: readonly ClassNode[], after: (block: Block) => string[] = () => []): string[] {
  const chunks: string[] = [];
  let list: string[] = [];
  const closeList = () => {
    if (list.length) chunks.push(['<ul class="typical-business">', ...list, '</ul>'].join('\n'));
    list = [];
  };
  for (const node of nodes) {
    if (node.kind === 'typical') {
      list.push(typicalItem(node));
      const notes = after(node.block);
      if (notes.length) {
        closeList();
        chunks.push(...notes);
      }
      continue;
    }
    closeList();
    switch (node.kind) {
      case 'category':
        chunks.push(mdxHeading(2, node.heading, node.id));
        break;
      case 'division':
        chunks.push(mdxHeading(3, node.heading, node.id), escapeMdxText(node.definition));
        break;
      case 'class':
        chunks.push(mdxHeading(4, node.heading, node.id), escapeMdxText(node.definition));
        break;
      case 'text':
        chunks.push(escapeMdxText(node.text));
        break;
    }
    chunks.push(...after(node.block));
  }
  closeList();
  return chunks;
}
