/**
 * Labelled list items (review field `labelledItems`): an entry such as
 * “典型业务 1：定制软件开发，根据客户需求…” becomes <li id="i11-t1"> with its
 * label, up to the first of the list's `labelEnd` characters, in bold, so
 * that each entry has its own permanent anchor.
 */
import type { LabelledItems } from './layout-schema.ts';
import { escapeMdxText } from './mdx.ts';

export function labelledItem(list: LabelledItems, id: string, text: string): string {
  const end = [...text].findIndex((ch) => list.labelEnd.includes(ch));
  if (end <= 0) throw new Error(`labelled item ${id}: “${text.slice(0, 30)}…” has no label ending in “${list.labelEnd}”`);
  const label = [...text].slice(0, end).join('');
  return `<li id="${id}">**${escapeMdxText(label)}**${escapeMdxText(text.slice(label.length))}</li>`;
}
