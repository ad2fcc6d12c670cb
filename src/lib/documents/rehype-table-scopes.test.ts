import { describe, expect, it } from 'vitest';
import { rehypeTableScopes } from './rehype-table-scopes.ts';

type Node = { type: string; tagName?: string; name?: string; properties?: Record<string, unknown>; attributes?: unknown[]; children: Node[] };
const el = (tagName: string, children: Node[] = [], properties: Record<string, unknown> = {}): Node => ({ type: 'element', tagName, properties, children });
const jsx = (name: string, children: Node[] = []): Node => ({ type: 'mdxJsxFlowElement', name, attributes: [], children });

describe('table header scopes', () => {
  it('marks column headers in thead and row headers elsewhere, keeping given scopes', () => {
    const head = el('th');
    const given = el('th', [], { scope: 'colgroup' });
    const row = el('th');
    const tree = { type: 'root', children: [el('table', [el('thead', [el('tr', [head, given])]), el('tbody', [el('tr', [row, el('td')])])])] };
    rehypeTableScopes()(tree as never);
    expect([head.properties!['scope'], given.properties!['scope'], row.properties!['scope']]).toEqual(['col', 'colgroup', 'row']);
  });
  it('handles MDX JSX table elements', () => {
    const th = jsx('th');
    const body = jsx('th');
    const tree = { type: 'root', children: [jsx('table', [jsx('thead', [jsx('tr', [th])]), jsx('tbody', [jsx('tr', [body])])])] };
    rehypeTableScopes()(tree as never);
    expect(th.attributes).toEqual([{ type: 'mdxJsxAttribute', name: 'scope', value: 'col' }]);
    expect(body.attributes).toEqual([{ type: 'mdxJsxAttribute', name: 'scope', value: 'row' }]);
  });
});
