/** Checks of the newsletter's import profile (reproducing the committed MDX: scripts/import/profiles.test.ts). */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applySourceMap } from '../../../../src/lib/source-map.ts';
import { readSourceLines, readSourceMap } from '../../../../src/lib/source-map-fs.ts';
import profile from '../newsletter-2019-05-20.ts';

const ROOT = join(import.meta.dirname, '../../../..');
const DOCUMENT = 'newsletter-2019-05-20';
const FILE = `${DOCUMENT}.txt`;

describe(`import profile of ${DOCUMENT}`, () => {
  const lines = readSourceLines(ROOT, FILE);
  const map = readSourceMap(ROOT, DOCUMENT)!;
  const pages = profile.pages({ document: DOCUMENT, file: FILE, lines, map, mapped: applySourceMap(map, lines) });

  it('uses unique editorial-note ids with the document prefix', () => {
    const ids = pages.flatMap((p) => [...p.body.matchAll(/<EditorNote id="([^"]+)"/g)].map((m) => m[1]!));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^en-nl2019-[a-z0-9-]+$/);
  });
});
