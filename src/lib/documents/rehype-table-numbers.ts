/**
 * Rehype plugin: marks the number columns of every Markdown table, so they
 * are set right-aligned in tabular figures (site.css `.num`), header
 * included. A column counts as numbers when every non-empty body cell is a
 * number as the documents print them: "1310.2", "-7.7", "−0.9", "17.9%",
 * "1,172", "第 3 名" does not count. The first column (the row labels) stays
 * as it is. Hand-written: no rehype plugin for this exists, and it is a
 * dozen lines over hast.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';

const NUMBER = /^[-+−–]?\s?[\d,，]+(?:\.\d+)?\s?[%％]?$/;
/** A cell that stands for a missing value. */
const PLACEHOLDER = /^[—–\-…]+$/;

function text(node: ElementContent | RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(text).join('');
  return '';
}

function children(node: Element, tag: string): Element[] {
  return node.children.filter((c): c is Element => c.type === 'element' && c.tagName === tag);
}

function addClass(cell: Element, name: string) {
  const current = cell.properties.className;
  const list = Array.isArray(current) ? current.map(String) : typeof current === 'string' ? current.split(/\s+/) : [];
  if (!list.includes(name)) cell.properties.className = [...list, name];
}

/** Marks the number columns of one <table>. */
export function markNumberColumns(table: Element): void {
  const sections = children(table, 'thead').concat(children(table, 'tbody'), children(table, 'tfoot'));
  const rowsOf = (tags: string[]) => sections.filter((s) => tags.includes(s.tagName)).flatMap((s) => children(s, 'tr'));
  const body = rowsOf(['tbody', 'tfoot']).concat(children(table, 'tr'));
  const cells = (row: Element) => row.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'));
  const width = Math.max(0, ...body.map((r) => cells(r).length));
  for (let column = 1; column < width; column++) {
    const values = body.map((r) => cells(r)[column]).filter((c): c is Element => c !== undefined).map((c) => text(c).trim()).filter((v) => v && !PLACEHOLDER.test(v));
    if (values.length === 0 || !values.every((v) => NUMBER.test(v))) continue;
    for (const row of [...rowsOf(['thead']), ...body]) {
      const cell = cells(row)[column];
      if (cell) addClass(cell, 'num');
    }
  }
}

/** Every node with children, MDX components (<TableBlock>) included. */
function walk(node: { children?: unknown[] }) {
  for (const child of (node.children ?? []) as (RootContent & { children?: unknown[] })[]) {
    if (child.type === 'element' && child.tagName === 'table') markNumberColumns(child);
    else if (Array.isArray(child.children)) walk(child);
  }
}

export function rehypeTableNumbers() {
  return (tree: Root) => walk(tree);
}
