/** The build's content checks on the committed content: none may report a problem (the bad-input suite checks that they do). */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_CHECKS } from './content.ts';
import { location } from './problems.ts';
import { checkSources } from './sources.ts';

const ROOT = join(import.meta.dirname, '../../..');

describe.each([{ name: 'sources', run: checkSources }, ...CONTENT_CHECKS])('content check $name', ({ run }) => {
  it('finds no problem in the committed content', () => {
    const problems = run(ROOT).map((p) => `${location(p)}: ${p.problem}`);
    expect(problems, problems.join('\n')).toEqual([]);
    // Parsing every MDX page takes seconds on a shared machine; time is not what this test checks.
  }, 60_000);
});
