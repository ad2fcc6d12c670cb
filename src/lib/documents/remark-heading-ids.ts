import type { Heading, Root, Text } from 'mdast';
// Declares `data.hProperties`, which remark-rehype copies onto the <hN> element.
import type {} from 'mdast-util-to-hast';
import type { VFile } from 'vfile';
import { idFromMdxComment, isValidHeadingId, splitMarkdownSuffixId } from './heading-id.ts';

/**
 * Directories whose pages must give every heading an explicit id
 * (documents are linked from slides and glossary backlinks).
 */
const REQUIRE_IDS_UNDER = ['/src/content/documents/'];

interface MdxTextExpression {
  type: 'mdxTextExpression';
  value: string;
}

function fail(file: VFile, heading: Heading, message: string, fix: string): never {
  const line = heading.position?.start.line ?? '?';
  throw new Error(`${file.path}:${line}: ${message}\n  Fix: ${fix}`);
}

function takeId(heading: Heading): string | undefined {
  const last = heading.children.at(-1);
  if (!last) return undefined;
  if ((last as unknown as MdxTextExpression).type === 'mdxTextExpression') {
    const id = idFromMdxComment((last as unknown as MdxTextExpression).value);
    if (id === undefined) return undefined;
    heading.children.pop();
    const prev = heading.children.at(-1);
    if (prev?.type === 'text') prev.value = prev.value.trimEnd();
    return id;
  }
  if (last.type === 'text') {
    const { text, id } = splitMarkdownSuffixId((last as Text).value);
    if (id === undefined) return undefined;
    (last as Text).value = text;
    return id;
  }
  return undefined;
}

/** Remark plugin: applies explicit heading ids and enforces them for documents. */
export function remarkHeadingIds() {
  return (tree: Root, file: VFile) => {
    const path = (file.path ?? '').replaceAll('\\', '/');
    const required = REQUIRE_IDS_UNDER.some((dir) => path.includes(dir));
    const seen = new Map<string, number>();
    const visit = (node: Root | Root['children'][number]) => {
      if (node.type === 'heading') {
        const id = takeId(node);
        if (id === undefined) {
          if (required) {
            fail(file, node, 'heading has no explicit id', 'end the heading with {/* #some-ascii-id */}');
          }
          return;
        }
        if (!isValidHeadingId(id)) {
          fail(file, node, `heading id "${id}" is not lower-case ASCII`, 'use letters, digits and hyphens, e.g. {/* #ch1-overview */}');
        }
        const line = node.position?.start.line ?? 0;
        if (seen.has(id)) {
          fail(file, node, `heading id "${id}" is already used on line ${seen.get(id)}`, 'give each heading on a page its own id');
        }
        seen.set(id, line);
        node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), id } };
        return;
      }
      if ('children' in node) for (const child of node.children) visit(child);
    };
    visit(tree);
  };
}
