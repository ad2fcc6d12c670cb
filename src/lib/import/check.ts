/**
 * The build's check of generated documents: every document with a review
 * file must be exactly what the engine makes from it. A review file that
 * does not parse, a quote that no longer matches, or a page edited by hand
 * fails `astro build`, naming the file, the line where known, and the fix.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { importWithReview } from './engine.ts';
import { mdxFrontmatter } from './mdx.ts';
import { parseReview, reviewPath } from './review-fs.ts';

export function checkGeneratedDocuments(root: string): string[] {
  const problems: string[] = [];
  const contentDir = join(root, 'src/content/documents');
  for (const document of readdirSync(contentDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    const path = reviewPath(root, document);
    if (!existsSync(path)) continue; // a document still on its legacy profile (scripts/import/profiles.test.ts checks it)
    const label = relative(root, path);
    let pages;
    try {
      const review = parseReview(readFileSync(path, 'utf8'), label);
      const lines = readFileSync(join(root, 'sources', review.file), 'utf8').replace(/\n$/, '').split('\n');
      pages = importWithReview(review, { document, file: review.file, lines, label });
    } catch (error) {
      problems.push((error as Error).message);
      continue;
    }
    const dir = join(contentDir, document);
    const expected = new Map(pages.map((p) => [`${p.slug}.mdx`, `${mdxFrontmatter(p.frontmatter)}\n${p.body}`]));
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.mdx'))) {
      const page = relative(root, join(dir, name));
      const want = expected.get(name);
      if (want === undefined) problems.push(`${page}: ${label} makes no such page; delete it, or add the page to the review file and run npm run import -- sources/${document}.txt --write`);
      else if (readFileSync(join(dir, name), 'utf8') !== want) {
        const got = readFileSync(join(dir, name), 'utf8').split('\n');
        const line = want.split('\n').findIndex((l, i) => l !== got[i]) + 1;
        problems.push(`${page}:${line}: differs from what the importer makes from ${label}; generated pages are not edited by hand: put the change into ${label} and run npm run import -- sources/${document}.txt --write`);
      }
    }
    for (const name of expected.keys()) {
      if (!existsSync(join(dir, name))) problems.push(`${relative(root, join(dir, name))}: missing; run npm run import -- sources/${document}.txt --write`);
    }
  }
  return problems;
}
