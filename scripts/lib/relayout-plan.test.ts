import { describe, expect, it } from 'vitest';
import { planMoves, rewriteText, ruleTarget, Trees, type Layout } from './relayout-plan.ts';

const layout: Layout = {
  files: [
    { from: 'src/lib/city-map.ts', to: 'src/lib/cities/map.ts', why: 'cities' },
    { from: 'src/lib/text.ts', to: 'src/lib/provenance/source-text.ts', why: 'provenance' },
    { from: 'src/data/glossary-rules.yaml', to: 'src/data/glossary/rules/disputed-cases.yaml', why: 'glossary data' },
  ],
  folders: [
    { from: 'src/scripts', to: 'src/client', why: 'browser code' },
    { from: 'src/data/city-areas', to: 'src/data/cities/areas', why: 'cities data' },
  ],
  patterns: [{ match: '^src/lib/city-([^/]+)$', to: 'src/lib/cities/$1', why: 'a new city module' }],
  mustBeEmpty: ['src/lib'],
};

const tree = [
  'src/lib/city-map.ts',
  'src/lib/city-map.test.ts',
  'src/lib/city-new.ts',
  'src/lib/text.ts',
  'src/lib/search/engine.ts',
  'src/scripts/term-cards.ts',
  'src/data/city-areas/regions.json',
  'src/data/cities/wuxi.json',
  'src/data/glossary-rules.yaml',
  'src/pages/cities/index.astro',
  'src/content.config.ts',
  'tests/unit/city.test.ts',
  'README.md',
];

describe('planMoves', () => {
  it('moves listed files with their companions, folders, and new files by pattern', () => {
    const plan = planMoves(layout, tree);
    expect(Object.fromEntries(plan.moves)).toEqual({
      'src/lib/city-map.ts': 'src/lib/cities/map.ts',
      'src/lib/city-map.test.ts': 'src/lib/cities/map.test.ts',
      'src/lib/city-new.ts': 'src/lib/cities/new.ts',
      'src/lib/text.ts': 'src/lib/provenance/source-text.ts',
      'src/scripts/term-cards.ts': 'src/client/term-cards.ts',
      'src/data/city-areas/regions.json': 'src/data/cities/areas/regions.json',
      'src/data/glossary-rules.yaml': 'src/data/glossary/rules/disputed-cases.yaml',
    });
    expect(plan.unplaced).toEqual([]);
    expect(plan.conflicts).toEqual([]);
  });

  it('moves nothing on a tree already in the layout', () => {
    const after = [...planMoves(layout, tree).moves.values(), 'src/lib/search/engine.ts'];
    expect(planMoves(layout, after).moves.size).toBe(0);
  });

  it('names a file left in a folder that must be empty, and a target that is taken', () => {
    const plan = planMoves(layout, ['src/lib/stray.ts', 'src/lib/city-map.ts', 'src/lib/cities/map.ts']);
    expect(plan.unplaced).toEqual(['src/lib/stray.ts']);
    expect(plan.conflicts[0]).toContain('src/lib/city-map.ts → src/lib/cities/map.ts: the target already exists');
  });

  it('places an old path by the rules even when it is gone', () => {
    expect(ruleTarget(layout, 'src/data/city-areas/circles.json')?.to).toBe('src/data/cities/areas/circles.json');
    expect(ruleTarget(layout, 'src/data/cities/wuxi.json')).toBeUndefined();
  });
});

describe('rewriteText', () => {
  const plan = planMoves(layout, tree);
  const trees = new Trees(layout, tree, plan.moves);

  it('recomputes relative imports from the moved file and from files that stay', () => {
    const moved = rewriteText(trees, 'src/lib/city-map.ts', 'src/lib/cities/map.ts', "import { clean } from './text.ts';\nimport { x } from './search/engine.ts';\n");
    expect(moved.text).toBe("import { clean } from '../provenance/source-text.ts';\nimport { x } from '../search/engine.ts';\n");
    const page = rewriteText(trees, 'src/pages/cities/index.astro', 'src/pages/cities/index.astro', "<script>import '../../scripts/term-cards.ts';</script>");
    expect(page.text).toBe("<script>import '../../client/term-cards.ts';</script>");
  });

  it('rewrites glob patterns, template lookups and the root a moved file computes', () => {
    const text = [
      "const areas = import.meta.glob('../data/city-areas/*.json');",
      'const key = `../data/city-areas/${name}.json`;',
      "const ROOT = join(import.meta.dirname, '../..');",
      "expect(resolveLink('/a/b/', '../')).toBe('/a/');",
    ].join('\n');
    const out = rewriteText(trees, 'src/lib/city-map.test.ts', 'src/lib/cities/map.test.ts', text).text.split('\n');
    expect(out[0]).toBe("const areas = import.meta.glob('../../data/cities/areas/*.json');");
    expect(out[1]).toBe('const key = `../../data/cities/areas/${name}.json`;');
    expect(out[2]).toBe("const ROOT = join(import.meta.dirname, '../../..');");
    // A URL path in a test is not a file path: left alone.
    expect(out[3]).toBe("expect(resolveLink('/a/b/', '../')).toBe('/a/');");
  });

  it('rewrites repository paths in messages, configs and prose, and ./src paths from the root', () => {
    const config = rewriteText(trees, 'src/content.config.ts', 'src/content.config.ts', "loader: file('./src/data/glossary-rules.yaml'),\n// cities in src/data/cities/<slug>.json, areas in src/data/city-areas/*.json.");
    expect(config.text).toBe("loader: file('./src/data/glossary/rules/disputed-cases.yaml'),\n// cities in src/data/cities/<slug>.json, areas in src/data/cities/areas/*.json.");
    const readme = rewriteText(trees, 'README.md', 'README.md', 'See `src/lib/city-map.ts` and `src/scripts/`.');
    expect(readme.text).toBe('See `src/lib/cities/map.ts` and `src/client/`.');
  });

  it('rewrites a reference another branch still makes to an old path (re-run after the move)', () => {
    const after = [...tree.map((f) => plan.moves.get(f) ?? f), 'src/lib/merged.ts'];
    const rerun = new Trees(layout, after, new Map());
    const out = rewriteText(rerun, 'src/lib/merged.ts', 'src/lib/merged.ts', "import { layout } from './city-map.ts';\n// data in src/data/city-areas/regions.json");
    expect(out.text).toBe("import { layout } from './cities/map.ts';\n// data in src/data/cities/areas/regions.json");
    // Already in the new layout: unchanged.
    const same = rewriteText(rerun, 'src/lib/cities/map.ts', 'src/lib/cities/map.ts', "import { clean } from '../provenance/source-text.ts';");
    expect(same.rewrites).toEqual([]);
  });

  it('rewrites escaped paths in regular expressions, and refuses a pattern built on part of an old name', () => {
    const out = rewriteText(trees, 'tests/unit/city.test.ts', 'tests/unit/city.test.ts', 'expect(m).toMatch(/src\\/data\\/city-areas\\/regions\\.json: bad/);\nexpect(m).toMatch(/src\\/data\\/city-\\S+\\.json/);');
    expect(out.text.split('\n')[0]).toBe('expect(m).toMatch(/src\\/data\\/cities\\/areas\\/regions\\.json: bad/);');
    expect(out.unresolved).toMatchObject([{ line: 2 }]);
  });

  it('reports an import that names no file', () => {
    const out = rewriteText(trees, 'src/lib/city-map.ts', 'src/lib/cities/map.ts', "import { gone } from './missing.ts';");
    expect(out.unresolved).toMatchObject([{ file: 'src/lib/city-map.ts', line: 1, specifier: './missing.ts' }]);
  });
});
