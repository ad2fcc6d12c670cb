/**
 * Hand edits to generated pages are refused: the importer records a hash of
 * every page it writes (generated.json beside the pages), and before
 * overwriting a page it checks that the page is still what it wrote. A page
 * that changed by hand would be lost on re-import, so the import stops and
 * says to put the change into the review file, where it survives.
 */
import { createHash } from 'node:crypto';

export type Manifest = Record<string, string>;

export const MANIFEST = 'generated.json';

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Pages in `existing` (file name → current text) that differ from what the
 * importer last wrote (`manifest`; with no record, every page counts as
 * changed) and from what it writes now (`next`): overwriting those would lose
 * an edit. A page already equal to the new output loses nothing (e.g. the
 * same change arrived through a merge of both the page and the review file).
 */
export function handEditedPages(existing: ReadonlyMap<string, string>, manifest: Manifest | undefined, next: ReadonlyMap<string, string>): string[] {
  const edited: string[] = [];
  for (const [name, text] of existing) {
    const recorded = manifest?.[name];
    const changed = recorded === undefined || sha256(text) !== recorded;
    if (changed && next.get(name) !== text) edited.push(name);
  }
  return edited.sort();
}
