import type { Root } from 'mdast';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkHeadingIds } from './remark-heading-ids.ts';

const heading = (children: unknown[], line = 3) =>
  ({ type: 'heading', depth: 2, children, position: { start: { line, column: 1 }, end: { line, column: 9 } } }) as never;
const text = (value: string) => ({ type: 'text', value });
const comment = (value: string) => ({ type: 'mdxTextExpression', value });
const run = (tree: Root, path: string) => remarkHeadingIds()(tree, new VFile({ path }));

describe('remarkHeadingIds', () => {
  it('takes the id from an MDX comment and removes it from the text', () => {
    const tree: Root = { type: 'root', children: [heading([text('一、规模持续增长 '), comment('/* #scale */')])] };
    run(tree, '/p/src/content/documents/r/a.mdx');
    const h = tree.children[0] as unknown as { children: { value: string }[]; data: { hProperties: { id: string } } };
    expect(h.data.hProperties.id).toBe('scale');
    expect(h.children).toEqual([{ type: 'text', value: '一、规模持续增长' }]);
  });
  it('fails a document heading without an id, naming file and line', () => {
    const tree: Root = { type: 'root', children: [heading([text('二、国民经济贡献')], 7)] };
    expect(() => run(tree, '/p/src/content/documents/r/a.mdx')).toThrow(
      /src\/content\/documents\/r\/a\.mdx:7: heading has no explicit id\n {2}Fix: end the heading with/,
    );
  });
  it('allows headings without ids outside documents', () => {
    const tree: Root = { type: 'root', children: [heading([text('标题')])] };
    expect(() => run(tree, '/p/src/content/docs/index.mdx')).not.toThrow();
  });
  it('fails duplicate and non-ASCII ids', () => {
    const twice: Root = {
      type: 'root',
      children: [heading([text('甲 '), comment('/* #a */')], 3), heading([text('乙 '), comment('/* #a */')], 5)],
    };
    expect(() => run(twice, '/p/src/content/documents/r/a.mdx')).toThrow(/:5: heading id "a" is already used on line 3/);
    const chinese: Root = { type: 'root', children: [heading([text('甲 '), comment('/* #规模 */')])] };
    expect(() => run(chinese, '/p/x.mdx')).toThrow(/heading id "规模" is not lower-case ASCII/);
  });
});
