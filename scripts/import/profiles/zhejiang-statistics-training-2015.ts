/**
 * Import profile of the Zhejiang service-outsourcing statistics training pack
 * of July 2015 (zhejiang-statistics-training-2015.txt). The compilation has
 * four texts, published as separate pages with their own docType:
 *
 *   A  lines 1–16       training-class notice                      简报
 *   B  lines 17–1114    《服务外包统计操作指引》 (6 pages)          统计指引
 *   C  lines 1115–1290  speech of 邱丽新, 2015-06-30               讲话
 *   D  lines 1306–1475  Zhejiang H1 2015 statistics                统计数据
 *
 * Every decision lives here or in the helpers of the folder beside this file,
 * so that `npm run import -- sources/zhejiang-statistics-training-2015.txt --write`
 * reproduces the committed MDX.
 */
import type { DocumentProfile, DraftPage, ImportContext } from '../../../src/lib/import/profile.ts';
import { escapeMdxText, mdxBlock, mdxHeading } from '../../../src/lib/import/mdx.ts';
import type { SourceLine } from '../../../src/lib/source-map.ts';
import { type Block, segmentBlocks } from './zhejiang-statistics-training-2015/blocks.ts';
import { parseClassification, renderClassification } from './zhejiang-statistics-training-2015/classification.ts';
import { CAPTION_LINE, renderDisputedCasesTable } from './zhejiang-statistics-training-2015/disputed-cases.ts';
import { NOTES } from './zhejiang-statistics-training-2015/notes.ts';
import { type Extra, type HeadingSpec, noteChunk, notesAsExtras, renderBlocks } from './zhejiang-statistics-training-2015/render.ts';
import {
  parseCityTable,
  parseStructureTable,
  renderCityTable,
  renderStructureTable,
} from './zhejiang-statistics-training-2015/stats-tables.ts';

const DOCUMENT = 'zhejiang-statistics-training-2015';
const GUIDE = '服务外包统计操作指引';

type DocType = '简报' | '统计指引' | '讲话' | '统计数据';

interface PageSpec {
  slug: string;
  /** Page title; a number is the source line whose text is the title (then not repeated in the body). */
  title: string | number;
  sidebarLabel?: string;
  docType?: DocType;
  chapter?: string;
  lines: [number, number];
  headings?: Record<number, HeadingSpec>;
}

/** Headings of parts A–D outside the classification, by source line. Ids are stable anchors: do not rename. */
const DEFINITION_HEADINGS: Record<number, HeadingSpec> = {
  22: { level: 2, id: 'definition-scope' },
  40: { level: 3, id: 'participants', runIn: true },
  48: { level: 3, id: 'nature', runIn: true },
  54: { level: 3, id: 'scope', runIn: true },
  68: { level: 3, id: 'contract-term', runIn: true },
};

const CLASSIFICATION_HEADINGS: Record<number, HeadingSpec> = {
  74: { level: 2, id: 'revision-principles' },
  76: { level: 3, id: 'continuity-innovation', runIn: true },
  82: { level: 3, id: 'addition-streamlining', runIn: true },
  88: { level: 3, id: 'system-openness', runIn: true },
  94: { level: 3, id: 'domestic-international', runIn: true },
  100: { level: 2, id: 'business-classification' },
};

const SPEECH_HEADINGS: Record<number, HeadingSpec> = {
  1122: { level: 2, id: 'results-12th-fyp' },
  1124: { level: 3, id: 'overall-strength' },
  1136: { level: 3, id: 'development-level' },
  1148: { level: 3, id: 'clustering' },
  1157: { level: 3, id: 'contribution' },
  1169: { level: 2, id: 'trends' },
  1171: { level: 3, id: 'international-trends' },
  1206: { level: 3, id: 'china-trends' },
  1208: { level: 4, id: 'china-2015-basics' },
  1216: { level: 4, id: 'china-2015-features' },
  1226: { level: 4, id: 'new-normal' },
  1234: { level: 4, id: 'china-outlook' },
  1245: { level: 2, id: 'opportunities-challenges' },
  1247: { level: 3, id: 'international-opportunities' },
  1257: { level: 3, id: 'domestic-opportunities' },
  1276: { level: 2, id: 'next-steps' },
};

const DATA_HEADINGS: Record<number, HeadingSpec> = {
  1317: { level: 2, id: 'industry-structure' },
  1367: { level: 2, id: 'markets' },
  1389: { level: 2, id: 'enterprises' },
  1409: { level: 2, id: 'cities' },
};

/** The challenges (lines 1265–1275) have no heading in the source; this one is the editor's. */
const CHALLENGES_HEADING = '［编者补］面临的挑战';
const CHALLENGES_NOTE = {
  id: 'en-zj-speech-challenges',
  kind: 'gap' as const,
  after: 1264,
  text: '邱丽新讲话第三部分题为“当前面临的国内外机遇和挑战”，但在“2、国内发展机遇。”之后讲挑战的五条（第 1265–1275 行）没有标题，原文直接排在国内机遇各条之后；此处“面临的挑战”这一标题为编者所加。',
};

function frontmatter(spec: PageSpec, order: number, title: string): DraftPage['frontmatter'] {
  return {
    title,
    ...(spec.sidebarLabel ? { sidebarLabel: spec.sidebarLabel } : {}),
    document: DOCUMENT,
    order,
    ...(spec.docType ? { docType: spec.docType } : {}),
    ...(spec.chapter ? { chapter: spec.chapter } : {}),
    source: { file: `${DOCUMENT}.txt`, lines: spec.lines },
  };
}

class Source {
  private readonly context: ImportContext;
  constructor(context: ImportContext) {
    this.context = context;
  }

  /** Reading-flow lines (after the source map) within a range. */
  flow(from: number, to: number): SourceLine[] {
    return this.context.mapped.flow.filter((l) => l.n >= from && l.n <= to);
  }

  raw = (n: number): string => this.context.lines[n - 1] ?? '';

  /** Text of a line after the map's edits (flow or table). */
  line = (n: number): string => {
    const inFlow = this.context.mapped.flow.find((l) => l.n === n);
    if (inFlow) return inFlow.text;
    for (const table of this.context.mapped.tables) {
      const found = table.lines.find((l) => l.n === n);
      if (found) return found.text;
    }
    throw new Error(`line ${n} is neither reading flow nor table`);
  };

  blocks(from: number, to: number): Block[] {
    return segmentBlocks(this.flow(from, to), this.raw);
  }

  table(id: string): SourceLine[] {
    return this.context.mapped.tables.filter((t) => t.id === id).flatMap((t) => t.lines);
  }
}

function page(spec: PageSpec, order: number, src: Source, body: (blocks: Block[]) => string[]): DraftPage {
  let blocks = src.blocks(spec.lines[0], spec.lines[1]);
  let title = typeof spec.title === 'string' ? spec.title : '';
  if (typeof spec.title === 'number') {
    const titleBlock = blocks.find((b) => b.from === spec.title);
    if (!titleBlock) throw new Error(`${spec.slug}: no block at title line ${spec.title}`);
    title = titleBlock.text;
    blocks = blocks.filter((b) => b !== titleBlock);
  }
  return { slug: spec.slug, frontmatter: frontmatter(spec, order, title), body: `${body(blocks).join('\n\n')}\n` };
}

const standard = (spec: PageSpec, extras: Extra[] = []) => (blocks: Block[]) =>
  renderBlocks(blocks, spec.headings ?? {}, [...notesAsExtras(NOTES, spec.lines[0], spec.lines[1]), ...extras]);

/** A 门类 page of section （三）: the classification entries with their anchors. */
function classificationPage(spec: PageSpec, order: number, src: Source, lead: Record<number, HeadingSpec> = {}): DraftPage {
  return page(spec, order, src, (blocks) => {
    const chunks: string[] = [];
    const rest = blocks.filter((b) => {
      const h = lead[b.from];
      if (h) chunks.push(mdxHeading(h.level, b.text, h.id));
      return !h;
    });
    const notes = NOTES.filter((n) => n.after >= spec.lines[0] && n.after <= spec.lines[1]);
    const after = (block: Block) => notes.filter((n) => n.after >= block.from && n.after <= block.to).map(noteChunk);
    chunks.push(...renderClassification(parseClassification(rest), after));
    return chunks;
  });
}

const profile: DocumentProfile = {
  document: DOCUMENT,
  pages(context: ImportContext): DraftPage[] {
    const src = new Source(context);
    const pages: DraftPage[] = [];

    pages.push({
      slug: 'index',
      frontmatter: { title: '2015 年浙江省服务外包统计培训资料', document: DOCUMENT, order: 0, source: { file: `${DOCUMENT}.txt`, lines: [1, 1475] } },
      body: '',
    });

    // A. The notice of the training class.
    const notice: PageSpec = { slug: 'training-notice', title: 1, sidebarLabel: '培训班通知', docType: '简报', lines: [1, 16] };
    pages.push(page(notice, 1, src, standard(notice)));

    // B. 服务外包统计操作指引.
    const definition: PageSpec = {
      slug: 'guide-definition',
      title: 17,
      sidebarLabel: '一、定义及范围',
      docType: '统计指引',
      chapter: GUIDE,
      lines: [17, 70],
      headings: DEFINITION_HEADINGS,
    };
    pages.push(page(definition, 2, src, standard(definition)));

    const classification: PageSpec = {
      slug: 'guide-classification',
      title: 72,
      sidebarLabel: '二、产业分类',
      docType: '统计指引',
      chapter: GUIDE,
      lines: [72, 107],
      headings: CLASSIFICATION_HEADINGS,
    };
    pages.push(
      page(classification, 3, src, (blocks) => {
        // 图 1 (line 105) and its note (line 107): the picture itself was not extracted.
        const caption = blocks.find((b) => b.from === 105)!;
        const figureNote = blocks.find((b) => b.from === 107)!;
        const figure = mdxBlock('Figure', { id: 'fig-1' }, [caption.text, figureNote.text].map(escapeMdxText).join('\n\n'));
        return standard(classification, [{ at: 105, chunks: [figure] }])(blocks.filter((b) => b !== caption && b !== figureNote));
      }),
    );

    pages.push(
      classificationPage(
        { slug: 'guide-ito', title: '信息技术外包（ITO）', sidebarLabel: '（三）1、信息技术外包（ITO）', docType: '统计指引', chapter: GUIDE, lines: [108, 288] },
        4,
        src,
        { 108: { level: 2, id: 'terms-and-examples' } },
      ),
    );
    pages.push(
      classificationPage(
        { slug: 'guide-bpo', title: '业务流程外包（BPO）', sidebarLabel: '（三）2、业务流程外包（BPO）', docType: '统计指引', chapter: GUIDE, lines: [290, 437] },
        5,
        src,
      ),
    );
    pages.push(
      classificationPage(
        { slug: 'guide-kpo', title: '知识流程外包（KPO）', sidebarLabel: '（三）3、知识流程外包（KPO）', docType: '统计指引', chapter: GUIDE, lines: [439, 609] },
        6,
        src,
      ),
    );

    const disputed: PageSpec = {
      slug: 'guide-disputed-cases',
      title: 611,
      sidebarLabel: '（四）易争议业务的判定',
      docType: '统计指引',
      chapter: GUIDE,
      lines: [611, 1114],
      headings: { 1114: { level: 2, id: 'revision-notes' } },
    };
    const disputedTable = mdxBlock(
      'TableBlock',
      { id: 'table-disputed-cases' },
      [escapeMdxText(src.line(CAPTION_LINE).trim()), renderDisputedCasesTable(src.line, src.raw)].join('\n\n'),
    );
    pages.push(page(disputed, 7, src, standard(disputed, [{ at: CAPTION_LINE, chunks: [disputedTable] }])));

    // C. The speech of 2015-06-30.
    const speech: PageSpec = {
      slug: 'speech-2015-06-30',
      title: 1115,
      sidebarLabel: '讲话：发展趋势、机遇和挑战',
      docType: '讲话',
      lines: [1115, 1290],
      headings: SPEECH_HEADINGS,
    };
    pages.push(
      page(
        speech,
        8,
        src,
        standard(speech, [{ at: CHALLENGES_NOTE.after, chunks: [mdxHeading(3, CHALLENGES_HEADING, 'challenges'), noteChunk(CHALLENGES_NOTE)] }]),
      ),
    );

    // D. Zhejiang H1 2015 statistics.
    const data: PageSpec = {
      slug: 'zhejiang-2015-h1',
      title: 1306,
      sidebarLabel: '2015 年上半年浙江省数据',
      docType: '统计数据',
      lines: [1306, 1475],
      headings: DATA_HEADINGS,
    };
    const structure = parseStructureTable(src.table('table-industry-structure'));
    const structureBlock = mdxBlock(
      'TableBlock',
      { id: 'table-industry-structure' },
      [escapeMdxText(structure.caption), escapeMdxText(structure.unit), renderStructureTable(structure)].join('\n\n'),
    );
    const cities = parseCityTable(src.table('table-city-offshore'));
    const citiesBlock = mdxBlock(
      'TableBlock',
      { id: 'table-city-offshore' },
      [escapeMdxText(cities.caption), escapeMdxText(cities.unit), renderCityTable(cities)].join('\n\n'),
    );
    pages.push(
      page(
        data,
        9,
        src,
        standard(data, [
          { at: 1334, chunks: [structureBlock] },
          { at: 1420, chunks: [citiesBlock] },
        ]),
      ),
    );
    return pages;
  },
};
export default profile;
