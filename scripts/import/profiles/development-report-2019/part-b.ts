import type { DraftPage, ImportContext } from '../../../../src/lib/import/profile.ts';

export function chaptersFourToSeven(_context: ImportContext): DraftPage[] {
  return [];
}
