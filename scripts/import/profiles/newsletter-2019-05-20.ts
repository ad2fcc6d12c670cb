/**
 * Import profile of the service-outsourcing industry newsletter of
 * 2019-05-20 (masthead “杨金高科 编”). One page per top-level section of the
 * newsletter (一、 to the second 三、), the masthead on the landing page.
 * Every decision is data below: pages, headings with their ids, figures,
 * reviewed paragraph exceptions, editor headings and editorial notes
 * (newsletter-2019-05-20/notes.ts). Re-running the import reproduces the
 * committed MDX.
 */
import { escapeMdxText, mdxBlock, mdxHeading, mdxParagraph } from '../../../src/lib/import/mdx.ts';
import type { DocumentProfile, DraftPage, ImportContext } from '../../../src/lib/import/profile.ts';
import type { SourceLine } from '../../../src/lib/source-map.ts';
import { joinWrappedLines } from '../../../src/lib/text.ts';
import { splitParagraphs, type ParagraphRules } from './newsletter-2019-05-20/layout.ts';
import { NOTES, type EditorialNote } from './newsletter-2019-05-20/notes.ts';

interface PageSpec {
  slug: string;
  /** The section heading line; it becomes the page title (h1). */
  titleLine: number;
  to: number;
  sidebarLabel: string;
}

/** The newsletter's top-level sections. The last one is numbered 三、 again in the source (see notes.ts). */
const PAGES: readonly PageSpec[] = [
  { slug: 'news', titleLine: 3, to: 634, sidebarLabel: '行业新闻速览' },
  { slug: 'recommended-enterprises', titleLine: 636, to: 659, sidebarLabel: '优秀企业推介' },
  { slug: 'demonstration-city', titleLine: 661, to: 728, sidebarLabel: '服务外包示范城市' },
  { slug: 'basics', titleLine: 729, to: 913, sidebarLabel: '服务外包小知识' },
];

/** Masthead (L1), published as the landing page body. */
const MASTHEAD_LINE = 1;

interface HeadingSpec {
  level: 2 | 3 | 4;
  id: string;
  /** Further source lines of a title wrapped over two lines. */
  continues?: readonly number[];
}

/** Source headings below the page titles, by line. */
const HEADINGS = new Map<number, HeadingSpec>([
  // 一、行业新闻速览: the four news items and their subheadings
  [5, { level: 2, id: 'global-outsourcing-conference-wuhan', continues: [7] }],
  [217, { level: 2, id: 'mofcom-transformation-guidance', continues: [219] }],
  [234, { level: 3, id: 'transformation-guidance' }],
  [299, { level: 3, id: 'record-contract-execution-2018' }],
  [365, { level: 2, id: 'q1-2019-services-trade-briefing' }],
  [371, { level: 3, id: 'q1-services-trade-overall' }],
  [404, { level: 3, id: 'q1-service-outsourcing' }],
  [443, { level: 3, id: 'q1-cultural-trade' }],
  [457, { level: 3, id: 'q1-technology-trade' }],
  [490, { level: 2, id: 'mudanjiang-digital-culture' }],
  [506, { level: 3, id: 'audiobook-platform' }],
  [537, { level: 3, id: 'northeast-call-centre-hub' }],
  [568, { level: 3, id: 'web-literature-city' }],
  [605, { level: 3, id: 'internet-celebrity-city' }],
  // 二、优秀企业推介
  [638, { level: 2, id: 'zhengzhou-tianhe-communication' }],
  // 三、服务外包示范城市
  [663, { level: 2, id: 'xiangyang-new-silicon-valley' }],
  // 三、[四、] 服务外包小知识
  [731, { level: 2, id: 'services-trade-and-outsourcing' }],
]);

/**
 * Headings the editor adds in 服务外包小知识 so that the glossary can cite each
 * concept (the source has none there; note en-nl2019-basics-headings says so).
 * Each is placed before a line that starts a paragraph after a full stop.
 */
const EDITOR_HEADINGS = new Map<number, { level: 3 | 4; text: string; id: string }>([
  [755, { level: 3, text: '服务贸易的四种类型', id: 'services-trade-modes' }],
  [763, { level: 3, text: '外包与服务外包的定义', id: 'outsourcing-definition' }],
  [798, { level: 3, text: '服务外包的分类', id: 'classification' }],
  [800, { level: 4, text: '按地理范围：在岸外包与离岸外包', id: 'onshore-offshore' }],
  [807, { level: 4, text: '按业务类型：ITO、BPO 与 KPO', id: 'ito-bpo-kpo' }],
  [811, { level: 4, text: '按行业分布', id: 'by-industry' }],
  [815, { level: 3, text: '服务外包与服务贸易的关系', id: 'relationship' }],
  [833, { level: 3, text: '服务外包对服务贸易的推动作用', id: 'driving-services-trade' }],
  [897, { level: 3, text: '服务外包的经济社会效益', id: 'economic-effects' }],
]);

/** Figure captions (images lost in the extraction; no 数据来源 lines). */
const FIGURES = new Map<number, string>([
  [320, 'fig-1'],
  [327, 'fig-2'],
  [336, 'fig-3'],
  [347, 'fig-4'],
  [354, 'fig-5'],
]);

/**
 * Paragraph rules. Full lines are 62–68 columns wide, a paragraph's first
 * line is indented (≤ 61 columns), its last line is usually short.
 */
const PARAGRAPHS: ParagraphRules = {
  shortBelow: 54,
  indentedAtMost: 61,
  // “主要呈现以下特点：” / “主要特点如下：” introduce the 一是…四是 paragraphs, whose first lines are 62 wide.
  breakAfter: new Set([377, 410]),
  // “当当网络文学（牡丹江）” + “有限公司实习。”: a company name wraps after its closing bracket.
  joinAfter: new Set([593]),
};

function noteBlock(note: EditorialNote): string {
  return mdxBlock('EditorNote', { id: note.id, kind: note.kind }, note.body);
}

function notesAfter(lines: readonly SourceLine[]): string[] {
  const numbers = new Set(lines.map((l) => l.n));
  return NOTES.filter((note) => numbers.has(note.after)).map(noteBlock);
}

/** The body of one page: the flow lines after its title line, up to `to`. */
function pageBody(flow: readonly SourceLine[]): string[] {
  const blocks: string[] = [];
  let run: SourceLine[] = [];
  const flushRun = () => {
    for (const paragraph of splitParagraphs(run, PARAGRAPHS)) {
      blocks.push(mdxParagraph(paragraph.map((l) => l.text)));
      blocks.push(...notesAfter(paragraph));
    }
    run = [];
  };
  const consumed = new Set<number>();
  for (const line of flow) {
    if (consumed.has(line.n)) continue;
    const added = EDITOR_HEADINGS.get(line.n);
    if (added) {
      flushRun();
      blocks.push(mdxHeading(added.level, added.text, added.id));
    }
    const heading = HEADINGS.get(line.n);
    const figure = FIGURES.get(line.n);
    if (heading) {
      flushRun();
      const parts = [line, ...(heading.continues ?? []).map((n) => flow.find((l) => l.n === n)!)];
      parts.forEach((l) => consumed.add(l.n));
      blocks.push(mdxHeading(heading.level, joinWrappedLines(parts.map((l) => l.text)), heading.id));
      blocks.push(...notesAfter(parts));
    } else if (figure) {
      flushRun();
      blocks.push(mdxBlock('Figure', { id: figure }, mdxParagraph([line.text])));
      blocks.push(...notesAfter([line]));
    } else {
      run.push(line);
    }
  }
  flushRun();
  return blocks;
}

const profile: DocumentProfile = {
  document: 'newsletter-2019-05-20',
  pages({ document, file, lines, mapped }: ImportContext): DraftPage[] {
    const flow = mapped.flow.filter((l) => l.text.trim() !== '');
    const textOf = (n: number) => lines[n - 1]!.trim();
    const lastLine = flow.at(-1)!.n;
    const landing: DraftPage = {
      slug: 'index',
      frontmatter: { title: '服务外包行业简报（2019年5月20日）', document, order: 0, source: { file, lines: [1, lastLine] } },
      body: `${escapeMdxText(textOf(MASTHEAD_LINE))}\n`,
    };
    const pages = PAGES.map((spec, i): DraftPage => {
      const inPage = flow.filter((l) => l.n > spec.titleLine && l.n <= spec.to);
      const titleNotes = NOTES.filter((note) => note.after === spec.titleLine).map(noteBlock);
      return {
        slug: spec.slug,
        frontmatter: {
          title: textOf(spec.titleLine),
          sidebarLabel: spec.sidebarLabel,
          document,
          order: i + 1,
          source: { file, lines: [spec.titleLine, spec.to] },
        },
        body: `${[...titleNotes, ...pageBody(inPage)].join('\n\n')}\n`,
      };
    });
    // Every flow line must belong to the landing page or to exactly one section page.
    const covered = (n: number) => n === MASTHEAD_LINE || PAGES.some((p) => n >= p.titleLine && n <= p.to);
    const stray = flow.filter((l) => !covered(l.n));
    if (stray.length) throw new Error(`lines outside every page: ${stray.map((l) => l.n).join(', ')}`);
    return [landing, ...pages];
  },
};
export default profile;
