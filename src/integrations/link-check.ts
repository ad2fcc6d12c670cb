/**
 * Astro integration: after the build, checks every internal link, asset and
 * anchor of every page (and meta-refresh redirects), and fails the build
 * naming each page and link that does not resolve.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { checkLink, type LinkProblem } from '../lib/link-check.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' || entry.name === 'search-index' ? [] : htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

export default function linkCheck(options: { site: string }): AstroIntegration {
  return {
    name: 'link-check',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const exists = (file: string) => existsSync(join(dist, file));
        const ids = new Map<string, Set<string>>();
        const idsOf = (file: string) => {
          if (!ids.has(file)) {
            const found = new Set<string>();
            if (file.endsWith('.html')) {
              for (const m of readFileSync(join(dist, file), 'utf8').matchAll(/\sid="([^"]+)"/g)) found.add(m[1]!.replace(/&amp;/g, '&'));
            }
            ids.set(file, found);
          }
          return ids.get(file)!;
        };
        const problems: LinkProblem[] = [];
        let checked = 0;
        for (const file of htmlFiles(dist)) {
          const page = '/' + relative(dist, file).replaceAll('\\', '/').replace(/index\.html$/, '');
          const { document } = parseHTML(readFileSync(file, 'utf8'));
          const links = [
            ...[...document.querySelectorAll('a[href], link[href]')].map((a) => a.getAttribute('href')!),
            ...[...document.querySelectorAll('script[src], img[src]')].map((s) => s.getAttribute('src')!),
          ];
          const refresh = document.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content');
          if (refresh) links.push(refresh.replace(/^\s*\d+\s*;\s*url=/i, ''));
          for (const href of links) {
            if (href.startsWith(options.site)) continue; // canonical URLs of the deployed site
            checked++;
            const problem = checkLink(page, href, exists, idsOf);
            if (problem) problems.push(problem);
          }
        }
        if (problems.length) {
          const list = problems.slice(0, 50).map((p) => `  ${p.page}: ${p.link}: ${p.problem}`).join('\n');
          throw new Error(
            `${problems.length} broken internal link(s):\n${list}\n  Fix: correct the link in the page's source, or add the missing page or heading id.`,
          );
        }
        logger.info(`${checked} internal links checked, none broken`);
      },
    },
  };
}
