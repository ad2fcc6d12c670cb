/**
 * Astro integration: before the build renders anything, checks that every
 * document with a review file is exactly what the import engine makes from
 * it (src/lib/import/check.ts). A hand-edited page or a broken review file
 * fails `astro build`; the dev server only logs it.
 */
import type { AstroIntegration } from 'astro';
import type { ContentProblem } from '../lib/checks/problems.ts';
import { contentCheckIntegration } from '../lib/checks/integration.ts';
import { checkGeneratedDocuments } from '../lib/import/check.ts';

/**
 * The import check words each problem as one line, "file[:line]: what is
 * wrong; what to do" (src/lib/import/check.ts), and a broken review file as
 * its problems, one a line, then one "Fix …" line (src/lib/import/review-fs.ts).
 * This reads both into the error map's shape.
 */
export function importProblems(message: string): ContentProblem[] {
  const lines = message.split('\n');
  const fixLine = lines.length > 1 && /^Fix /.test(lines.at(-1)!) ? lines.pop()! : undefined;
  return lines.map((text) => {
    const at = /^([^\s:]+?)(?::(\d+))?: (.*)$/.exec(text);
    const file = at?.[1] ?? 'src/data/documents';
    const line = at?.[2] ? Number(at[2]) : undefined;
    const rest = at?.[3] ?? text;
    const split = fixLine ? -1 : rest.indexOf('; ');
    if (split >= 0) return { file, line, problem: rest.slice(0, split), fix: `${rest[split + 2]!.toUpperCase()}${rest.slice(split + 3)}.` };
    return { file, line, problem: rest, fix: fixLine ?? 'Correct it in the review file, then run npm run import -- sources/<document>.txt --write.' };
  });
}

export default function importCheck(options: { root: string }): AstroIntegration {
  return contentCheckIntegration({
    name: 'import-check',
    root: options.root,
    run: (root) => ({ check: 'import check', problems: checkGeneratedDocuments(root).flatMap(importProblems) }),
    passed: (logger) => logger.info('generated document pages match their review files'),
  });
}
