/**
 * Sidebar entries for the documents. Starlight's sidebar config is static, so
 * astro.config.mjs builds the 报告与资料 group from the MDX files' frontmatter.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { documentUrl } from './documents.ts';

export interface PageFrontmatter {
  title: string;
  sidebarLabel?: string;
  order: number;
  document: string;
}

interface SidebarLink {
  label: string;
  link: string;
}
interface SidebarGroup {
  label: string;
  collapsed: boolean;
  items: SidebarLink[];
}

/** One collapsed group per document, pages in their order, landing page first. */
export function buildDocumentSidebar(
  documents: { id: string; label: string; pages: (PageFrontmatter & { slug: string })[] }[],
): SidebarGroup[] {
  return documents.map(({ id, label, pages }) => ({
    label,
    collapsed: true,
    items: [...pages]
      .sort((a, b) => a.order - b.order)
      .map((page) => ({
        label: page.order === 0 ? '文档概览' : (page.sidebarLabel ?? page.title),
        link: documentUrl(id, page.slug),
      })),
  }));
}

function frontmatter(path: string): PageFrontmatter {
  const text = readFileSync(path, 'utf8');
  const match = /^---\n([\s\S]*?)\n---/.exec(text);
  if (!match) throw new Error(`${path}: no frontmatter`);
  return yaml.load(match[1]!) as PageFrontmatter;
}

/** Reads src/content/documents and src/data/documents from disk. */
export function readDocumentSidebar(root: string): SidebarGroup[] {
  const contentDir = join(root, 'src/content/documents');
  const dataDir = join(root, 'src/data/documents');
  const ids = readdirSync(contentDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_'))
    .map((entry) => entry.name)
    .sort();
  const documents = ids.map((id) => {
    const meta = JSON.parse(readFileSync(join(dataDir, `${id}.json`), 'utf8')) as { shortTitle: string };
    const pages = readdirSync(join(contentDir, id))
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => ({ ...frontmatter(join(contentDir, id, name)), slug: name.replace(/\.mdx$/, '') }));
    return { id, label: meta.shortTitle, pages };
  });
  return buildDocumentSidebar(documents);
}
