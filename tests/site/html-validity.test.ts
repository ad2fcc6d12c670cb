/** html-validate on every page type of the built site: zero errors. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { PAGE_TYPES } from '../page-types.ts';
import { DIST, requireBuild, ROOT } from './built-pages.ts';

beforeAll(requireBuild);

const validator = new HtmlValidate(JSON.parse(readFileSync(join(ROOT, '.htmlvalidate.json'), 'utf8')));

describe.each(Object.entries(PAGE_TYPES))('HTML of the %s', (_type, url) => {
  it(`${url} has no validation errors`, async () => {
    const file = join(DIST, url.endsWith('/') ? `${url}index.html` : url);
    const report = await validator.validateString(readFileSync(file, 'utf8'), file);
    const errors = report.results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map((m) => `${url}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(errors, errors.slice(0, 30).join('\n')).toEqual([]);
  });
});
