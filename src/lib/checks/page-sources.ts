/**
 * From a built page back to the file a person edits: a problem found in
 * dist/ (a broken link, a duplicate id, invalid HTML) is reported on the MDX,
 * YAML or JSON the page is built from, at the line that holds the link, when
 * there is one. Pages built from code (src/pages/…) name their route file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The content file a built page comes from, relative to the repository; undefined when none is known. */
export function pageSource(root: string, page: string): string | undefined {
  const path = decodeURI(page);
  const candidates: string[] = [];
  let m: RegExpExecArray | null;
  if ((m = /^\/reports\/([^/]+)\/(?:([^/]+)\/)?$/.exec(path))) candidates.push(`src/content/documents/${m[1]}/${m[2] ?? 'index'}.mdx`, 'src/pages/reports/[document]/[...page].astro');
  else if ((m = /^\/glossary\/([^/]+)\/$/.exec(path))) candidates.push(`src/data/glossary/${m[1]}.yaml`, 'src/data/glossary/rules/disputed-cases.yaml', 'src/pages/glossary/[slug].astro');
  else if ((m = /^\/cities\/([^/]+)\/$/.exec(path))) candidates.push(`src/data/cities/${m[1]}.json`);
  else if ((m = /^\/(regions|circles)\/([^/]+)\/$/.exec(path))) candidates.push(`src/data/cities/areas/${m[1]}.json`);
  else if (path === '/') candidates.push('src/content/docs/index.mdx');
  else if (/^\/404(?:\.html|\/)$/.test(path)) candidates.push('src/content/docs/404.md');
  else if ((m = /^\/data\/([^/]+)\/([^/]+)\/$/.exec(path))) candidates.push(`src/data/charts/${m[1]}/${m[2]}.json`);
  candidates.push(`src/pages${path.replace(/\/$/, '')}/index.astro`, `src/pages${path.replace(/\/$/, '')}.astro`);
  return candidates.find((file) => existsSync(join(root, file)));
}

/** The 1-based line of a file that holds a link to `href` (as Markdown, an attribute or a value), if any. */
export function linkLine(root: string, file: string, href: string): number | undefined {
  const lines = readFileSync(join(root, file), 'utf8').split('\n');
  const forms = [`](${href})`, `](${href} `, `"${href}"`, `'${href}'`, `<${href}>`, href];
  for (const form of forms) {
    const index = lines.findIndex((line) => line.includes(form));
    if (index !== -1) return index + 1;
  }
  return undefined;
}
