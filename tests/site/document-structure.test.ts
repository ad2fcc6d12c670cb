import { describe, expect, it, beforeAll } from 'vitest';
import { htmlFiles, loadDocument, requireBuild, urlOf } from './built-pages.ts';
import { DIST } from './built-pages.ts';
import { join } from 'node:path';

beforeAll(requireBuild);

const documentFiles = () => htmlFiles(join(DIST, 'reports'));

/** Page furniture that must not survive into published text. */
const FURNITURE: [string, RegExp][] = [
  ['running header', /中 国 服 务 外 包/],
  ['spaced running header', /(?:[\u4e00-\u9fff] ){6,}[\u4e00-\u9fff]/],
  ['page footer', /第\s*\d+\s*页\s*共\s*\d+\s*页/],
  ['private-use glyph', /[\uE000-\uF8FF]/],
];
/** A run of bare numbers in a paragraph is chart-axis debris. */
const AXIS_DEBRIS = /^(?:\s*-?\d+(?:\.\d+)?%?){6,}\s*$/;

describe('document pages', () => {
  it('exist', () => {
    expect(documentFiles().length).toBeGreaterThan(5);
  });

  it('carry no page furniture or chart-axis debris', () => {
    const problems: string[] = [];
    for (const file of documentFiles()) {
      const body = loadDocument(file).querySelector('[data-doc-body]');
      if (!body) continue;
      const text = body.textContent ?? '';
      for (const [what, pattern] of FURNITURE) {
        const match = pattern.exec(text);
        if (match) problems.push(`${urlOf(file)}: ${what}: “${match[0]}”`);
      }
      for (const p of body.querySelectorAll('p')) {
        if (AXIS_DEBRIS.test(p.textContent ?? '')) problems.push(`${urlOf(file)}: axis debris: “${p.textContent}”`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('give every heading an explicit, unique ASCII id', () => {
    const problems: string[] = [];
    for (const file of documentFiles()) {
      const body = loadDocument(file).querySelector('[data-doc-body]');
      if (!body) continue;
      const seen = new Set<string>();
      for (const heading of body.querySelectorAll('h2, h3, h4, h5, h6')) {
        const id = heading.getAttribute('id');
        if (!id || !/^[a-z][a-z0-9-]*$/.test(id)) problems.push(`${urlOf(file)}: heading “${heading.textContent}” has id “${id}”`);
        else if (seen.has(id)) problems.push(`${urlOf(file)}: id “${id}” used twice`);
        else seen.add(id);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
