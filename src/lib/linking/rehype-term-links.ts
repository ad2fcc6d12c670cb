/**
 * Rehype plugin for document pages: links the first mention of each glossary
 * term (and, when given, each demonstration city) in every section, with the
 * data a hover/focus card shows. Matching is the CJK-aware longest match of
 * term-matcher.ts. Nothing is linked inside headings, existing links,
 * figures, tables, code, editorial notes or another link; a page opts out
 * with `autolink: false` in its frontmatter, one occurrence with
 * <span data-nolink>…</span>. The text itself is never changed.
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import type { VFile } from 'vfile';
import { createMatcher, firstMentions, type MatcherForm, type TextSegment } from './term-matcher.ts';

export interface LinkTarget {
  /** Card heading, e.g. "K75 法律流程外包（LPO）". */
  title: string;
  /** One or two sentences. */
  text: string;
  kind: 'term' | 'city';
  /** Shown over the text where it is the site's own words: "编者释义". */
  label?: string;
  /** Where a quoted text is from, e.g. "《服务外包统计操作指引》第 32–36 行", and the URL of the full quotation. */
  cite?: string;
  citeUrl?: string;
}

export interface TermLinkOptions {
  /** Loaded once per build: the forms to match and what each target's card says. */
  load: () => { forms: MatcherForm[]; targets: ReadonlyMap<string, LinkTarget> };
  /** Per document: meanings of ambiguous names (see term-links-config.ts). */
  meanings?: Readonly<Record<string, Readonly<Record<string, string | null>>>>;
  /** Only files under this path are linked. */
  under?: string;
}

const SKIP_TAGS = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure', 'figcaption', 'table', 'code', 'pre', 'script', 'style', 'sup']);
const SKIP_COMPONENTS = new Set(['Figure', 'TableBlock', 'EditorNote', 'a']);

type AnyNode = Root | RootContent | ElementContent;
interface JsxNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string }[];
  children: AnyNode[];
}

/** MDX components are still JSX nodes in the hast tree; hast's types do not know them. */
function asJsx(node: AnyNode): JsxNode | undefined {
  const type = (node as { type: string }).type;
  return type === 'mdxJsxFlowElement' || type === 'mdxJsxTextElement' ? (node as unknown as JsxNode) : undefined;
}

function skips(node: AnyNode): boolean {
  if (node.type === 'element') {
    const props = node.properties ?? {};
    return SKIP_TAGS.has(node.tagName) || 'dataNolink' in props || 'dataEditorial' in props;
  }
  const jsx = asJsx(node);
  if (jsx) return SKIP_COMPONENTS.has(jsx.name ?? '') || jsx.attributes.some((a) => a.name === 'data-nolink');
  return false;
}

export function rehypeTermLinks(options: TermLinkOptions) {
  let cache: ReturnType<TermLinkOptions['load']> | undefined;
  const matchers = new Map<string, ReturnType<typeof createMatcher>>();
  return (tree: Root, file: VFile) => {
    const path = (file.path ?? '').replaceAll('\\', '/');
    if (options.under && !path.includes(options.under)) return;
    const frontmatter = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter ?? {};
    if (frontmatter.autolink === false) return;
    cache ??= options.load();
    const document = /documents\/([^/]+)\//.exec(path)?.[1] ?? '';
    if (!matchers.has(document)) {
      matchers.set(document, createMatcher(cache.forms, { resolve: options.meanings?.[document] ?? {} }));
    }
    const matcher = matchers.get(document)!;

    // Collect text nodes in document order with their section and whether they may be linked.
    const texts: { node: Text; parent: { children: AnyNode[] }; skip: boolean; section: string }[] = [];
    let section = '';
    const walk = (node: AnyNode, parent: { children: AnyNode[] } | undefined, skipped: boolean) => {
      if (node.type === 'element' && /^h[23]$/.test(node.tagName)) {
        const id = node.properties?.id;
        if (typeof id === 'string') section = id;
      }
      if (node.type === 'text' && parent) {
        texts.push({ node, parent, skip: skipped, section });
        return;
      }
      if ('children' in node) {
        const skipHere = skipped || skips(node);
        for (const child of [...(node.children as AnyNode[])]) walk(child, node as { children: AnyNode[] }, skipHere);
      }
    };
    walk(tree, undefined, false);

    const segments: TextSegment[] = texts.map((t) => ({ text: t.node.value, skip: t.skip, section: t.section }));
    for (const { segment, matches } of firstMentions(segments, matcher)) {
      const { node, parent } = texts[segment]!;
      const replacement: AnyNode[] = [];
      let at = 0;
      for (const match of matches) {
        const target = cache.targets.get(match.target!.split('#')[0]!) ?? cache.targets.get(match.target!);
        if (match.start > at) replacement.push({ type: 'text', value: node.value.slice(at, match.start) });
        const link: Element = {
          type: 'element',
          tagName: 'a',
          properties: {
            href: match.target!,
            className: [target?.kind === 'city' ? 'city-link' : 'term-link'],
            ...(target ? { dataCardTitle: target.title, dataCardText: target.text } : {}),
            ...(target?.label ? { dataCardLabel: target.label } : {}),
            ...(target?.cite ? { dataCardCite: target.cite, dataCardCiteUrl: target.citeUrl } : {}),
          },
          children: [{ type: 'text', value: match.text }],
        };
        replacement.push(link);
        at = match.end;
      }
      if (at < node.value.length) replacement.push({ type: 'text', value: node.value.slice(at) });
      const index = parent.children.indexOf(node);
      parent.children.splice(index, 1, ...replacement);
    }
  };
}
