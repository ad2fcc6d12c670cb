/**
 * Import profile of 《中国服务外包发展报告2019》. Chapters 1–3 and 4–7 are
 * edited separately (part-a, part-b); the landing page belongs to part-b.
 */
import type { DocumentProfile } from '../../../src/lib/import/profile.ts';
import { chaptersOneToThree } from './development-report-2019/part-a.ts';
import { chaptersFourToSeven } from './development-report-2019/part-b.ts';

const profile: DocumentProfile = {
  document: 'development-report-2019',
  pages: (context) => [...chaptersOneToThree(context), ...chaptersFourToSeven(context)],
};
export default profile;
