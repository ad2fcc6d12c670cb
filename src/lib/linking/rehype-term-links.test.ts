import type { Root } from 'hast';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { rehypeTermLinks, type LinkTarget } from './rehype-term-links.ts';

const targets = new Map<string, LinkTarget>([
  ['/glossary/ito/', { title: 'ITO 信息技术外包', text: '定义。', kind: 'term', cite: '《指引》第 1 行', citeUrl: '/glossary/ito/#definition' }],
  ['/glossary/i2/', { title: 'I2 信息技术服务外包', text: '定义。', kind: 'term', label: '编者释义' }],
  ['/cities/dalian/', { title: '大连', text: '示范城市。', kind: 'city' }],
]);
const plugin = rehypeTermLinks({
  load: () => ({
    forms: [
      { text: 'ITO', target: '/glossary/ito/' },
      { text: '信息技术服务外包', target: '/glossary/i2/', ambiguous: true },
      { text: '大连', target: '/cities/dalian/' },
    ],
    targets,
  }),
  meanings: { guide: { 信息技术服务外包: '/glossary/i2/' } },
  under: '/documents/',
});
const text = (value: string) => ({ type: 'text' as const, value });
const el = (tagName: string, children: unknown[], properties = {}) => ({ type: 'element' as const, tagName, properties, children }) as never;
const run = (tree: Root, path = '/x/src/content/documents/report/a.mdx', frontmatter = {}) => {
  const file = new VFile({ path });
  (file.data as Record<string, unknown>).astro = { frontmatter };
  plugin(tree, file);
  return tree;
};
const links = (tree: Root): string[] => {
  const out: string[] = [];
  const walk = (n: { type: string; tagName?: string; properties?: { href?: string }; children?: unknown[] }) => {
    if (n.type === 'element' && n.tagName === 'a') out.push(n.properties!.href!);
    for (const c of n.children ?? []) walk(c as never);
  };
  walk(tree as never);
  return out;
};

describe('rehypeTermLinks', () => {
  it('links the first mention per section only, and keeps the text', () => {
    const tree: Root = {
      type: 'root',
      children: [el('p', [text('承接 ITO 业务，ITO 增长。')]), el('h2', [text('大连')], { id: 'b' }), el('p', [text('ITO 与大连。')])],
    };
    run(tree);
    expect(links(tree)).toEqual(['/glossary/ito/', '/glossary/ito/', '/cities/dalian/']);
    const first = (tree.children[0] as { children: { type: string; value?: string; children?: { value: string }[] }[] }).children;
    expect(first.map((c) => c.value ?? c.children![0]!.value).join('')).toBe('承接 ITO 业务，ITO 增长。');
  });
  it('puts the card’s source or its 编者释义 label on the link', () => {
    const tree: Root = { type: 'root', children: [el('p', [text('ITO 与大连。')])] };
    run(tree);
    const [ito, dalian] = (tree.children[0] as { children: { properties?: Record<string, unknown> }[] }).children.filter((c) => c.properties);
    expect(ito!.properties).toMatchObject({ dataCardText: '定义。', dataCardCite: '《指引》第 1 行', dataCardCiteUrl: '/glossary/ito/#definition' });
    expect(ito!.properties).not.toHaveProperty('dataCardLabel');
    expect(dalian!.properties).not.toHaveProperty('dataCardCite');
    const guide: Root = { type: 'root', children: [el('p', [text('信息技术服务外包')])] };
    run(guide, '/x/src/content/documents/guide/a.mdx');
    const [i2] = (guide.children[0] as { children: { properties?: Record<string, unknown> }[] }).children;
    expect(i2!.properties).toMatchObject({ href: '/glossary/i2/', dataCardLabel: '编者释义' });
  });
  it('never links inside headings, existing links, figures or opted-out spans', () => {
    const tree: Root = {
      type: 'root',
      children: [
        el('h3', [text('ITO')], { id: 'h' }),
        el('p', [el('a', [text('ITO')], { href: '/x/' }), el('span', [text('ITO')], { dataNolink: '' })]),
        { type: 'mdxJsxFlowElement', name: 'Figure', attributes: [], children: [el('p', [text('ITO')])] } as never,
      ],
    };
    run(tree);
    expect(links(tree)).toEqual(['/x/']);
  });
  it('links an ambiguous name only where the document resolves it', () => {
    const report: Root = { type: 'root', children: [el('p', [text('信息技术服务外包')])] };
    run(report);
    expect(links(report)).toEqual([]);
    const guide: Root = { type: 'root', children: [el('p', [text('信息技术服务外包')])] };
    run(guide, '/x/src/content/documents/guide/a.mdx');
    expect(links(guide)).toEqual(['/glossary/i2/']);
  });
  it('leaves pages alone that opt out or are not documents', () => {
    const page = () => ({ type: 'root', children: [el('p', [text('ITO')])] }) as Root;
    expect(links(run(page(), '/x/src/content/documents/report/a.mdx', { autolink: false }))).toEqual([]);
    expect(links(run(page(), '/x/src/content/docs/index.mdx'))).toEqual([]);
  });
});
