import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkEditorial, collectEditorTexts, editorTextsOfData, formatProblems } from './check.ts';

const ROOT = join(import.meta.dirname, '../../..');
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A project tree with just the given files (and the directories the check walks). */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'editorial-check-'));
  made.push(root);
  for (const dir of ['src/content/documents', 'src/data/glossary']) mkdirSync(join(root, dir), { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const sourcedEntry = (shortDefinition: string) =>
  [
    'slug: onshore-outsourcing',
    'level: 术语',
    'termZh: 在岸外包',
    'pinyin: zai an wai bao',
    `shortDefinition: ${shortDefinition}`,
    'definition:',
    '  text: 服务外包可分为在岸外包和离岸外包（包括近岸外包）。前者指发包方和承包方同处于一个国度之内，后者指公司将其业务交给其余国度的企业运营。',
    '  source:',
    '    file: newsletter-2019-05-20.txt',
    '    lines: [800, 805]',
    '  editorial: false',
    'notes:',
    '  - 本站日后补充英文名。',
    '',
  ].join('\n');

describe('checkEditorial on bad inputs', () => {
  const root = project({
    'src/data/glossary/onshore-outsourcing.yaml': sourcedEntry('发包方和接包方同处于一个国家之内的服务外包。'),
    'src/data/glossary/contract-value.yaml': [
      'slug: contract-value',
      'level: 术语',
      'termZh: 合同额',
      'pinyin: he tong e',
      'shortDefinition: 新签合同的金额。',
      'definition:',
      '  text: 新签合同所约定的金额。释义为编者所加。',
      '  editorial: true',
      '',
    ].join('\n'),
    'src/content/documents/guide/classification.mdx': [
      '---',
      'title: 二、产业分类',
      '---',
      '',
      '正文。',
      '',
      '<EditorNote id="en-zj-fig-1" kind="gap">',
      '',
      '图 1 原为图片，未随文本保存。分类树的全部条目见各页，日后将在术语表中据正文重建。',
      '',
      '</EditorNote>',
      '',
      '<EditorNote id="en-zj-quoted" kind="error">',
      '',
      '小标题说“近日出台”，正文说“商务部近期将出台”。',
      '',
      '</EditorNote>',
      '',
      '<EditorNote id="en-zj-two" kind="gap">',
      '',
      '| 项目 | 数值 |',
      '| --- | --- |',
      '| 甲 | 待补充 |',
      '| 乙 | 待补充 |',
      '',
      '</EditorNote>',
      '',
    ].join('\n'),
    'src/data/cities/xiangyang.json': JSON.stringify(
      { name: '襄阳', note: '襄阳不在 31 个示范城市之列〔原文未载〕。', facts: [{ value: '1', note: '带动率为两者之比〔编者推断，依据：231.4 ÷ 1349.4 ≈ 17.1%〕。' }] },
      null,
      2,
    ),
    'src/data/editor-notes/newsletter.yaml': ['- id: en-nl2019-usd', '  after: 862', '  text: 两数待核实。', ''].join('\n'),
    'src/components/charts/ChartPanels.astro': ['---', 'const x = 1;', '---', '', '<p data-editorial>原图未随文本保存，图表将据正文数据重建。</p>', ''].join('\n'),
  });
  const problems = checkEditorial(root);
  const at = (file: string) => problems.filter((p) => p.file === file);

  it('fails a paraphrased card of a sourced entry at its shortDefinition line, with a quotation to use', () => {
    const [card] = at('src/data/glossary/onshore-outsourcing.yaml').filter((p) => /shortDefinition/.test(p.message));
    expect(card).toMatchObject({ line: 5 });
    expect(card!.message).toContain('发包方和接包方同处于一个国家之内的服务外包。');
    expect(card!.fix).toContain('服务外包可分为在岸外包和离岸外包（包括近岸外包）。…');
  });

  it('lets the editors’ own card through: it carries 编者释义', () => {
    expect(at('src/data/glossary/contract-value.yaml')).toEqual([]);
  });

  it('fails a glossary note about the site’s plans at its line', () => {
    const [note] = at('src/data/glossary/onshore-outsourcing.yaml').filter((p) => /日后/.test(p.message));
    expect(note).toMatchObject({ line: 13 });
  });

  it('fails the stale 编者注 at the line of its words, pointing to the import profile', () => {
    const notes = at('src/content/documents/guide/classification.mdx');
    expect(notes.map((p) => [p.line, p.message.split(':')[0]])).toEqual([
      [9, '编者注 en-zj-fig-1'],
      [9, '编者注 en-zj-fig-1'],
      [23, '编者注 en-zj-two'],
      [24, '编者注 en-zj-two'],
    ]);
    expect(notes[0]!.message).toContain('“日后”');
    expect(notes[1]!.message).toContain('“将在术语表”');
    expect(notes[0]!.fix).toMatch(/scripts\/import\/profiles/);
  });

  it('fails an outside-knowledge marker without its basis, and accepts a complete one', () => {
    const city = at('src/data/cities/xiangyang.json');
    expect(city).toHaveLength(1);
    expect(city[0]).toMatchObject({ line: 3 });
    expect(city[0]!.fix).toMatch(/〔原文未载，依据：/);
  });

  it('reads notes kept as data by their en- id', () => {
    expect(at('src/data/editor-notes/newsletter.yaml')).toMatchObject([{ line: 3 }]);
    expect(at('src/data/editor-notes/newsletter.yaml')[0]!.message).toContain('待核实');
  });

  it('fails a stale promise in a template’s fallback text', () => {
    expect(at('src/components/charts/ChartPanels.astro')).toMatchObject([{ line: 5 }]);
    expect(at('src/components/charts/ChartPanels.astro')[0]!.message).toContain('“图表将”');
  });

  it('prints every problem with file, line and fix', () => {
    expect(problems).toHaveLength(9);
    const text = formatProblems(problems);
    expect(text).toContain('src/data/glossary/onshore-outsourcing.yaml:5: ');
    expect(text.match(/\n {4}Fix: /g)).toHaveLength(9);
  });
});

describe('editorTextsOfData', () => {
  it('takes notes, bases and editorial definitions, and leaves quotations alone', () => {
    const data = {
      definition: { text: '编者的释义。', editorial: true },
      shortDefinition: '编者的短释义。',
      usage: [{ text: '原文将出台。', source: {} }],
      notes: ['一条注。'],
      designation: { basis: '依据某文件。', value: 2016 },
      facts: [{ quote: '原文的话。', note: '事实的注。' }],
    };
    const raw = JSON.stringify(data, null, 2);
    expect(editorTextsOfData('x.json', raw, data).map((t) => t.text)).toEqual(['编者的释义。', '编者的短释义。', '一条注。', '依据某文件。', '事实的注。']);
  });
});

describe('the committed site', () => {
  it('has no card, note or basis that fails the editorial check', () => {
    expect(formatProblems(checkEditorial(ROOT))).toBe('');
  });

  it('checks every 编者注 of the documents and the notes of the cities and the glossary', () => {
    const texts = collectEditorTexts(ROOT);
    expect(texts.filter((t) => t.what.startsWith('编者注 en-')).length).toBeGreaterThanOrEqual(131);
    expect(texts.some((t) => t.file === 'src/data/cities/wulumuqi.json' && t.text.includes('〔编者推断，依据：'))).toBe(true);
    expect(texts.some((t) => t.file === 'src/data/glossary/thousand-hundred-ten-project.yaml' && t.text.includes('〔原文未载，依据：'))).toBe(true);
  });
});
