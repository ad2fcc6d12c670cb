import type { DraftPage, ImportContext } from '../../../../src/lib/import/profile.ts';

export function chaptersOneToThree(_context: ImportContext): DraftPage[] {
  return [];
}
