/**
 * Rehype plugin: every header cell of a table says what it heads. A <th> in
 * <thead> gets scope="col", any other <th> scope="row", unless it has one.
 * Screen readers need it in tables with merged cells (WCAG H63), and the
 * documents' tables, written as HTML in MDX, leave it out. Handles both
 * Markdown tables (hast elements) and MDX's JSX elements.
 */
import type { Root } from 'hast';

interface JsxAttribute {
  type: 'mdxJsxAttribute';
  name: string;
  value?: unknown;
}
type AnyNode = { type: string; tagName?: string; name?: string | null; properties?: Record<string, unknown>; attributes?: JsxAttribute[]; children?: AnyNode[] };

function tagOf(node: AnyNode): string | undefined {
  if (node.type === 'element') return node.tagName;
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') return node.name ?? undefined;
  return undefined;
}

function setScope(node: AnyNode, scope: 'col' | 'row'): void {
  if (node.type === 'element') {
    node.properties ??= {};
    if (node.properties['scope'] === undefined) node.properties['scope'] = scope;
  } else {
    node.attributes ??= [];
    if (!node.attributes.some((a) => a.name === 'scope')) node.attributes.push({ type: 'mdxJsxAttribute', name: 'scope', value: scope });
  }
}

export function rehypeTableScopes() {
  return (tree: Root) => {
    const visit = (node: AnyNode, inHead: boolean) => {
      const tag = tagOf(node);
      if (tag === 'th') setScope(node, inHead ? 'col' : 'row');
      const head = inHead || tag === 'thead';
      for (const child of node.children ?? []) visit(child, tag === 'table' ? false : head);
    };
    visit(tree as unknown as AnyNode, false);
  };
}
