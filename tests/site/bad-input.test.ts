/**
 * Bad input: small mutations of the real content, each applied to ONE shared
 * temporary copy of the repository and undone afterwards. Each asserts that
 * the build stage that must catch it fails, with a message naming the file a
 * person edits, the line and the fix. Content stages run as the build runs
 * them (src/integrations/content-checks.ts); built-page cases mutate a copy
 * of a page from dist/ and run the build's link and site checks on it.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import contentChecks, { runContentChecks } from '../../src/integrations/content-checks.ts';
import { brokenLinkProblems } from '../../src/integrations/link-check.ts';
import { checkBuiltSite } from '../../src/integrations/site-checks.ts';
import { formatProblems } from '../../src/lib/checks/problems.ts';
import { tableEditFile, tableEditLine } from '../../src/lib/checks/table-numbers.ts';
import { SITE } from '../../src/site.ts';
import { DIST, requireBuild, ROOT } from './built-pages.ts';

let copy = '';
const touched = new Map<string, string | undefined>();

beforeAll(() => {
  requireBuild();
  copy = mkdtempSync(join(tmpdir(), 'bad-input-'));
  for (const part of ['src', 'sources', '.htmlvalidate.json']) cpSync(join(ROOT, part), join(copy, part), { recursive: true });
});
afterAll(() => rmSync(copy, { recursive: true, force: true }));
afterEach(() => {
  for (const [file, original] of touched) {
    if (original === undefined) rmSync(join(copy, file), { recursive: true, force: true });
    else writeFileSync(join(copy, file), original);
  }
  touched.clear();
});

function read(file: string): string {
  return readFileSync(join(copy, file), 'utf8');
}
function write(file: string, text: string): void {
  if (!touched.has(file)) touched.set(file, (() => { try { return read(file); } catch { return undefined; } })());
  mkdirSync(dirname(join(copy, file)), { recursive: true });
  writeFileSync(join(copy, file), text);
}
/** Replaces the first occurrence; a mutation that finds nothing to change is a broken test, not a pass. */
function edit(file: string, from: string | RegExp, to: string): number {
  const text = read(file);
  const index = typeof from === 'string' ? text.indexOf(from) : text.search(from);
  if (index === -1) throw new Error(`mutation target not found in ${file}: ${String(from)}`);
  write(file, text.replace(from, to));
  return text.slice(0, index).split('\n').length;
}
/** 1-based line of the first line holding `needle` in the (mutated) copy. */
function lineOf(file: string, needle: string): number {
  const index = read(file).split('\n').findIndex((l) => l.includes(needle));
  if (index === -1) throw new Error(`${needle} not in ${file}`);
  return index + 1;
}

/** Runs one build stage on the copy and returns the message the build would print. */
function stage(name: string): string {
  const failed = runContentChecks(copy, [name]);
  expect(failed, `stage ${name} did not fail`).toBeDefined();
  return formatProblems(`content check “${failed!.name}”`, failed!.problems);
}

/** The message names the file and (when given) the line, and gives a fix; it is no raw dump. */
function expectMessage(message: string, file: string, line: number | undefined, problem: RegExp): void {
  if (process.env.SHOW_MESSAGES) console.log(message);
  expect(message).toContain(line ? `${file}:${line}: ` : `${file}: `);
  expect(message).toMatch(problem);
  expect(message).toMatch(/\n {4}Fix: \S/);
  expect(message).not.toMatch(/:0:0|ZodError|"code":|\n\s+at \S+ \(/);
}

const NEWS = 'src/content/documents/newsletter-2019-05-20/news.mdx';
const CH1 = 'src/content/documents/development-report-2019/ch1-overview.mdx';
const FIG = 'src/data/charts/development-report-2019/fig-1-1.json';
const CITY = 'src/data/cities/nanjing.json';
const KEY = 'src/data/home/key-figures.json';
const ITO = 'src/data/glossary/ito.yaml';
const PERMALINKS = 'src/data/glossary/urls/permalinks.txt';
const REDIRECTS = 'src/data/glossary/urls/redirects.json';

describe('bad MDX pages fail the build, naming the MDX file and line', () => {
  it('1. an unclosed { in the text', () => {
    const line = edit(NEWS, '钱克明在致辞中表示', '钱克明在致辞中{表示');
    expectMessage(stage('document pages'), NEWS, line, /the MDX cannot be read/);
  });
  it('2. a tag left open', () => {
    const line = edit(NEWS, '钱克明在致辞中表示', '<b>钱克明在致辞中表示');
    expectMessage(stage('document pages'), NEWS, line, /closing tag for `<b>`/);
  });
  it('3. a heading without an id', () => {
    const line = edit(NEWS, ' {/* #global-outsourcing-conference-wuhan */}', '');
    expectMessage(stage('document pages'), NEWS, line, /heading has no explicit id/);
  });
  it('4. a heading id that is not lower-case ASCII', () => {
    const line = edit(NEWS, '{/* #global-outsourcing-conference-wuhan */}', '{/* #武汉峰会 */}');
    expectMessage(stage('document pages'), NEWS, line, /is not lower-case ASCII/);
  });
  it('5. two headings with one id', () => {
    const text = read(NEWS);
    const second = /\{\/\* #([a-z0-9-]+) \*\/\}/g;
    const ids = [...text.matchAll(second)].map((m) => m[1]!);
    const line = edit(NEWS, `{/* #${ids[1]} */}`, `{/* #${ids[0]} */}`);
    expectMessage(stage('document pages'), NEWS, line, new RegExp(`id "${ids[0]}"`));
  });
  it('6. a heading id equal to a figure id on the same page', () => {
    const figure = /<Figure id="([^"]+)"/.exec(read(CH1))![1]!;
    const heading = /\{\/\* #([a-z0-9-]+) \*\/\}/.exec(read(CH1))![1]!;
    const line = edit(CH1, `{/* #${heading} */}`, `{/* #${figure} */}`);
    const message = stage('document pages');
    expectMessage(message, CH1, line > lineOf(CH1, `<Figure id="${figure}"`) ? line : lineOf(CH1, `<Figure id="${figure}"`), new RegExp(`the id "${figure}" is used twice`));
  });
  it('7. frontmatter without a title', () => {
    edit(NEWS, /^title: .*\n/m, '');
    expectMessage(stage('document pages'), NEWS, 2, /`title` is missing/);
  });
  it('8. frontmatter with order written as text', () => {
    const line = edit(NEWS, 'order: 1', 'order: one');
    expectMessage(stage('document pages'), NEWS, line, /`order` should be a number, but is the text "one"/);
  });
  it('9. frontmatter that is not YAML', () => {
    const line = edit(NEWS, 'sidebarLabel: 行业新闻速览', 'sidebarLabel: [行业新闻速览');
    expectMessage(stage('document pages'), NEWS, line, /not valid YAML/);
  });
  it('10. a page whose document is not its folder', () => {
    const line = edit(NEWS, 'document: newsletter-2019-05-20', 'document: development-report-2019');
    expectMessage(stage('document pages'), NEWS, line, /does not match the folder/);
  });
  it('11. an empty page', () => {
    const text = read(NEWS);
    write(NEWS, text.slice(0, text.indexOf('---', 3) + 4));
    expectMessage(stage('document pages'), NEWS, 10, /no text after its frontmatter/);
  });
  it('12. two pages publishing overlapping source lines', () => {
    const line = edit(NEWS, 'lines: [3, 634]', 'lines: [3, 700]');
    const message = stage('document pages');
    expect(message).toMatch(/overlaps \[3, 700\]|overlaps/);
    expect(message).toMatch(new RegExp(`src/content/documents/newsletter-2019-05-20/\\S+\\.mdx:${line}: source\\.lines`));
    expectMessage(message, message.match(/(src\/content\/documents\/newsletter-2019-05-20\/\S+\.mdx):\d+: source\.lines/)![1]!, line, /overlaps/);
  });
  it('13. a source range beyond the end of the source', () => {
    const line = edit(NEWS, 'lines: [3, 634]', 'lines: [3, 99999]');
    expectMessage(stage('document pages'), NEWS, line, /source\.lines ends at 99999, but sources\/newsletter-2019-05-20\.txt has \d+ lines/);
  });
  it('14. a page saved with Windows line endings', () => {
    write(NEWS, read(NEWS).replaceAll('\n', '\r\n'));
    expectMessage(stage('document pages'), NEWS, 1, /Windows \(CRLF\) line endings/);
  });
  it('15. a page without frontmatter', () => {
    write(NEWS, read(NEWS).replace(/^---\n[\s\S]*?\n---\n/, ''));
    expectMessage(stage('document pages'), NEWS, 1, /has no frontmatter/);
  });
});

describe('bad chart data fails the build, naming the JSON file and line', () => {
  it('16. a value changed', () => {
    const line = edit(FIG, '"text": "1580.8"', '"text": "1580.9"');
    expectMessage(stage('chart data'), FIG, line, /"1580\.9" is not printed at line 11/);
  });
  it('17. a value cited at the wrong line', () => {
    const text = read(FIG);
    const at = text.indexOf('"text": "1580.8"');
    const before = text.lastIndexOf('"line": 11', at);
    write(FIG, `${text.slice(0, before)}"line": 12${text.slice(before + 10)}`);
    expectMessage(stage('chart data'), FIG, lineOf(FIG, '"text": "1580.8"'), /"1580\.8" is not printed at line 12/);
  });
  it('18. JSON with a trailing comma', () => {
    const line = edit(FIG, '"completeness": "partial",', '"completeness": "partial",,');
    expectMessage(stage('chart data'), FIG, line, /not valid JSON/);
  });
  it('19. an unknown chart kind', () => {
    const line = edit(FIG, '"kind": "groupedBarY"', '"kind": "pie"');
    expectMessage(stage('chart data'), FIG, line, /`chart\.kind` is the text "pie", but must be one of/);
  });
  it('20. a derived value that does not follow from its inputs', () => {
    const line = edit(FIG, '"value": 138,', '"value": 139,');
    expectMessage(stage('chart data'), FIG, line, /the percent of the inputs is 138, not 139/);
  });
  it('21. a caption line that is not the caption', () => {
    const line = edit(FIG, '"captionLine": 19', '"captionLine": 20');
    expectMessage(stage('chart data'), FIG, line, /line 20 is not the caption of 图 1-1/);
  });
});

describe('bad city data fails the build, naming the JSON file and line', () => {
  it('22. a city fact value changed', () => {
    const line = edit(CITY, '"value": "173.3"', '"value": "137.3"');
    expectMessage(stage('city data'), CITY, line, /"137\.3" is not printed at line 3460/);
  });
  it('23. a city chart naming a dataset that does not exist', () => {
    const line = edit(CITY, '"dataset": "top-execution-2019"', '"dataset": "top-execution-2091"');
    expectMessage(stage('city data'), CITY, line, /chart dataset "top-execution-2091" does not exist/);
  });
  it('24. a city chart highlighting a row the dataset lacks', () => {
    const line = edit(CITY, '"highlight": "南京"', '"highlight": "南京市区"');
    expectMessage(stage('city data'), CITY, line, /has no row "南京市区"/);
  });
  it('25. a value of a report table changed', () => {
    const file = 'src/data/cities/charts/table-4-2.json';
    const line = edit(file, '"text": "1132.7"', '"text": "1132.8"');
    expectMessage(stage('city data'), file, line, /"1132\.8" is not printed/);
  });
  it('26. a region’s quoted statement changed', () => {
    const file = 'src/data/cities/areas/regions.json';
    const line = edit(file, '东部地区服务外包规模大、基础强', '东部地区服务外包规模很大、基础强');
    expectMessage(stage('city data'), file, line, /east statements\.0/);
  });
});

describe('bad key figures fail the build', () => {
  it('27. a key figure value changed', () => {
    const line = edit(KEY, '"value": "1580.8"', '"value": "1580.0"');
    expectMessage(stage('key figures'), KEY, line, /"1580\.0" is not printed at line 11/);
  });
  it('28. a key figure linking a section that does not print it', () => {
    const line = edit(KEY, '"page": "ch1-enterprises", "anchor": "distribution"', '"page": "ch1-enterprises", "anchor": "nowhere"');
    expectMessage(stage('key figures'), KEY, line, /has no heading with id #nowhere/);
  });
});

describe('bad glossary entries, aliases, redirects and permalinks fail the build', () => {
  it('29. a related entry that does not exist', () => {
    const line = edit(ITO, '  - kpo\n', '  - kpx\n');
    expectMessage(stage('glossary'), ITO, line, /related “kpx” names no entry/);
  });
  it('30. two entries with one slug', () => {
    const copyFile = 'src/data/glossary/ito-copy.yaml';
    write(copyFile, read(ITO));
    const message = stage('glossary');
    expectMessage(message, copyFile, 1, /the file of slug "ito" must be named ito\.yaml/);
    expectMessage(message, ITO, 1, /slug "ito" is also the slug of src\/data\/glossary\/ito-copy\.yaml/);
  });
  it('31. an alias equal to another entry’s name', () => {
    const line = edit(ITO, 'aliases:\n', 'aliases:\n  - 业务流程外包\n');
    expectMessage(stage('glossary'), ITO, line + 1, /the name “业务流程外包” stands for/);
  });
  it('32. a deleted entry that the permalink list still names', () => {
    rmSync(join(copy, 'src/data/glossary/b41.yaml'));
    touched.set('src/data/glossary/b41.yaml', readFileSync(join(ROOT, 'src/data/glossary/b41.yaml'), 'utf8'));
    const message = stage('glossary');
    expectMessage(message, PERMALINKS, lineOf(PERMALINKS, '/glossary/b41/'), /the published URL \/glossary\/b41\/ no longer resolves/);
  });
  it('33. a redirect to an entry that does not exist', () => {
    write(REDIRECTS, '{\n  "/glossary/old-name/": "/glossary/no-such-entry/"\n}\n');
    expectMessage(stage('glossary'), REDIRECTS, 2, /the target is not a glossary entry/);
  });
  it('34. a glossary entry that is not YAML', () => {
    const line = edit(ITO, 'termZh: 信息技术外包', 'termZh: [信息技术外包');
    expectMessage(stage('glossary'), ITO, line, /not valid YAML/);
  });
  it('35. pinyin with tone marks', () => {
    const line = edit(ITO, 'pinyin: xin xi ji shu wai bao', 'pinyin: xìn xī jì shù wài bāo');
    expectMessage(stage('glossary'), ITO, line, /`pinyin`/);
  });
});

describe('edited sources fail the build, naming the source line', () => {
  const SOURCE = 'sources/offshore-competitiveness-paper.txt';
  it('36. one character changed on a line', () => {
    const lines = read(SOURCE).split('\n');
    lines[499] = `${lines[499]}。`;
    write(SOURCE, lines.join('\n'));
    expectMessage(stage('sources'), SOURCE, 500, /differs from the original from line 500 on/);
  });
  it('37. a line dropped', () => {
    const lines = read(SOURCE).split('\n');
    lines.splice(299, 1);
    write(SOURCE, lines.join('\n'));
    expectMessage(stage('sources'), SOURCE, 300, /from line 300 on \(it has \d+ lines, the original \d+\)/);
  });
  it('38. line endings changed to CRLF', () => {
    write(SOURCE, read(SOURCE).replaceAll('\n', '\r\n'));
    expectMessage(stage('sources'), SOURCE, 1, /line endings were changed to CRLF/);
  });
  it('39. a new source not in the manifest', () => {
    write('sources/new-report.txt', '新的报告\n');
    expectMessage(stage('sources'), 'sources/new-report.txt', undefined, /not in the manifest/);
  });
});

describe('bad numbers in documents’ tables and glossary quotations fail the build', () => {
  const DOC = 'development-report-2019';
  const REGIONS = `src/content/documents/${DOC}/ch4-regions.mdx`;
  /** The file a person edits for this table (the review file once the document has one) and its line. */
  const where = (mdxLine: number, cell?: { row: string; printed: string }) => {
    const file = tableEditFile(copy, DOC, 'ch4-regions');
    return { file, line: file === REGIONS ? mdxLine : tableEditLine(read(file), 'table-4-1', cell) };
  };
  it('51. a changed number in an MDX table cell', () => {
    const line = edit(REGIONS, /(\| 东部地区 \| )1310\\?\.2/, '$11310\\.3');
    const { file, line: at } = where(line, { row: '东部地区', printed: '1310.3' });
    expectMessage(stage('document tables'), file, at, /table-4-1 \(东部地区 · 全部执行额（亿美元）\): “1310\.3” is not printed in the table’s lines 2721–2758 of sources\/development-report-2019\.txt\n {4}Fix: Copy the number exactly as the source prints it/);
  });
  it('52. a number moved to the wrong column of an MDX table', () => {
    const line = edit(REGIONS, /(\| 东部地区 \| 1310\\?\.2 \| )(8\\?\.4)( \| )(82\\?\.9)( \|)/, '$1$4$3$2$5');
    const { file, line: at } = where(line, { row: '东部地区', printed: '8.4' });
    expectMessage(stage('document tables'), file, at, /table-4-1 \(东部地区 · 占全国比重（%）\): “8\.4” stands under “占全国比重（%）”, after “82\.9” \(under “同比增长（%）”\), but line 2748 of sources\/development-report-2019\.txt prints it before “82\.9”: 东部地区 1310\.2 8\.4 82\.9 842\.8 9\.3 87\.0\n {4}Fix: Put each number under the column the source prints it in/);
  });
  it('53. a changed number in a glossary quotation', () => {
    const file = 'src/data/glossary/executed-value.yaml';
    const line = edit(file, '我省离岸执行额 28.31 亿美元', '我省离岸执行额 28.13 亿美元');
    expectMessage(stage('glossary'), file, line, /usage\.1: the quotation is not found in lines 1311–1311 of sources\/zhejiang-statistics-training-2015\.txt \(“28\.13” is not printed at line 1311\)\n {4}Fix: Copy the quotation exactly as the source prints it/);
  });
});

describe('a bad document description fails the build, naming the JSON file and line', () => {
  const DESCRIPTION = 'src/data/documents/newsletter-2019-05-20.json';
  it('58. an id that is not the file name', () => {
    const line = edit(DESCRIPTION, '"id": "newsletter-2019-05-20"', '"id": "newsletter-2019"');
    expectMessage(stage('document pages'), DESCRIPTION, line, /"id" is "newsletter-2019", but the document's id is its file name, newsletter-2019-05-20\n {4}Fix: Set "id" to "newsletter-2019-05-20" or remove it/);
  });
  it('59. a kind of document the site does not know', () => {
    const line = edit(DESCRIPTION, '"docType": "简报"', '"docType": "通讯"');
    const message = stage('document pages');
    expectMessage(message, DESCRIPTION, line, /`docType` is the text "通讯", but must be one of "报告", .*"政策文件"/);
    // The file is there: its pages are not also reported as having no description.
    expect(message).not.toMatch(/there is no src\/data\/documents\/newsletter-2019-05-20\.json/);
  });
});

describe('the build itself fails on bad content', () => {
  it('40. the content-checks integration throws in `astro build`, and only logs in `astro dev`', () => {
    const line = edit(FIG, '"text": "1580.8"', '"text": "1580.9"');
    const errors: string[] = [];
    const logger = { info: () => {}, error: (m: string) => errors.push(m) };
    const hook = contentChecks().hooks['astro:config:setup'] as (options: unknown) => void;
    expect(() => hook({ config: { root: pathToFileURL(`${copy}/`) }, command: 'build', logger })).toThrow(`${FIG}:${line}: `);
    hook({ config: { root: pathToFileURL(`${copy}/`) }, command: 'dev', logger });
    expect(errors.join('\n')).toContain(`${FIG}:${line}: `);
  });
});

describe('bad built pages fail the build’s site and link checks', () => {
  let dist = '';
  const PAGE = 'regions/east/index.html';
  beforeAll(() => {
    dist = join(copy, 'dist');
  });
  afterEach(() => rmSync(dist, { recursive: true, force: true }));
  const page = (path: string, change: (html: string) => string) => {
    const html = readFileSync(join(DIST, path), 'utf8');
    const changed = change(html);
    if (changed === html) throw new Error(`mutation of ${path} changed nothing`);
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), changed);
  };
  const siteMessage = async () => {
    const result = await checkBuiltSite(copy, dist);
    expect(result.problems.length, 'site check did not fail').toBeGreaterThan(0);
    const message = formatProblems('built-site check', result.problems);
    if (process.env.SHOW_MESSAGES) console.log(message);
    return message;
  };

  it('41. a table row missing a cell (figures shift a column)', async () => {
    page(PAGE, (html) => html.replace(/(<table class="city-report-table"[\s\S]*?<tbody>\s*<tr[^>]*>\s*<th[^>]*>[^<]*<\/th>)\s*<td[^>]*>[^<]*<\/td>/, '$1'));
    const message = await siteMessage();
    expect(message).toMatch(/src\/data\/cities\/areas\/regions\.json: a table in #table-\d+-\d+ on \/regions\/east\/ has \d+ cells in row \d+ under \d+ columns, so its figures stand in the wrong columns\n {4}Fix: Give every row one cell per column/);
    expect(message).toMatch(/should stand under/);
    expect(message).toContain('src/data/cities/charts/');
  });
  it('42. a number shown that its cited line does not print', async () => {
    page(PAGE, (html) => html.replace(/data-number="([\d.]+)"([^>]*)>\s*\1/, 'data-number="9999.9"$2>9999.9'));
    const message = await siteMessage();
    expect(message).toMatch(/\n {2}src\/data\/\S+\.json[^:]*: 9999\.9 on \/regions\/east\/: "9999\.9" is not printed at line \d+ of sources\/development-report-2019\.txt\n {4}Fix: Cite the line/);
  });
  it('43. a number shown in another row', async () => {
    page(PAGE, (html) => html.replace('<th scope="row">服务外包执行额</th>', '<th scope="row">服务外包合同额</th>'));
    expect(await siteMessage()).toMatch(/src\/data\/cities\/areas\/regions\.json \(east\): 1310\.2 on \/regions\/east\/: it should stand in the row “服务外包执行额”, but its row begins “服务外包合同额”\n {4}Fix:/);
  });
  it('44. a script after </html>', async () => {
    page(PAGE, (html) => `${html}<script>1</script>`);
    expect(await siteMessage()).toMatch(/src\/data\/cities\/areas\/regions\.json: invalid HTML on \/regions\/east\/: “<script>1<\/script>…” stands after <\/html>\n {4}Fix: Put the <script>/);
  });
  it('45. two elements with one id on a page', async () => {
    page(PAGE, (html) => html.replace('<h2 id="facts">', '<h2 id="report">'));
    expect(await siteMessage()).toMatch(/invalid HTML on \/regions\/east\/ .*Duplicate ID "report" \[no-dup-id\]\n {4}Fix: Give the heading/);
  });
  it('46. an inline script the page’s policy does not allow', async () => {
    page(PAGE, (html) => html.replace('</body>', '<script>document.title = "x";</script></body>'));
    expect(await siteMessage()).toMatch(/src\/data\/cities\/areas\/regions\.json: an inline script on \/regions\/east\/ is not allowed by the page's policy: “document\.title = "x";…”\n {4}Fix:/);
  });
  it('47. an inline event handler, which the policy would block', async () => {
    page(PAGE, (html) => html.replace('<h2 id="facts">', '<h2 id="facts" onclick="alert(1)">'));
    expect(await siteMessage()).toMatch(/an inline event handler on \/regions\/east\/ .*\n {4}Fix: Attach the handler from a <script> with addEventListener/);
  });
  it('48. a value with a known source error shown without its 编者注', async () => {
    page(PAGE, (html) => html.replace(/<span class="city-note" data-editorial>编者注：江苏省累计企业家数[^<]*<\/span>/, ''));
    expect(await siteMessage()).toMatch(/src\/data\/cities\/charts\/table-1-1\.json: 124205 on \/regions\/east\/: a 编者注 names this value, but it is shown without the note\n {4}Fix: Show the dataset’s 编者注/);
  });
  it('49. a broken link in an MDX page names the MDX file and line', () => {
    const line = edit(NEWS, '钱克明在致辞中表示', '钱克明在[致辞](/reports/no-such-page/)中表示');
    page('reports/newsletter-2019-05-20/news/index.html', (html) => html.replace('钱克明在致辞中表示', '钱克明在<a href="/reports/no-such-page/">致辞</a>中表示'));
    const { problems } = brokenLinkProblems(copy, dist, SITE);
    const message = formatProblems('link check', problems.filter((p) => p.problem.includes('/reports/no-such-page/')));
    expectMessage(message, NEWS, line, /the link \/reports\/no-such-page\/ \(on \/reports\/newsletter-2019-05-20\/news\/\): no such page/);
  });
  it('50. a link to an anchor that does not exist names the MDX file and line', () => {
    const line = edit(NEWS, '钱克明在致辞中表示', '钱克明在[致辞](#no-such-heading)中表示');
    page('reports/newsletter-2019-05-20/news/index.html', (html) => html.replace('钱克明在致辞中表示', '钱克明在<a href="#no-such-heading">致辞</a>中表示'));
    const { problems } = brokenLinkProblems(copy, dist, SITE);
    const message = formatProblems('link check', problems.filter((p) => p.problem.includes('#no-such-heading')));
    expectMessage(message, NEWS, line, /no element with id “no-such-heading”/);
  });
  it('54. a value an MDX table’s 编者注 names, shown without the note', async () => {
    const path = 'reports/development-report-2019/ch1-enterprises/index.html';
    page(path, (html) => html.replace(/<div class="editor-note[^"]*" id="en-dr19-ch1-jiangsu-firms"[\s\S]*?<\/div>\s*<\/div>/, ''));
    const mdx = 'src/content/documents/development-report-2019/ch1-enterprises.mdx';
    const file = tableEditFile(copy, 'development-report-2019', 'ch1-enterprises');
    const line = file === mdx ? lineOf(mdx, '| 江苏省 | 124205 |') : tableEditLine(read(file), 'table-1-1');
    expect(await siteMessage()).toContain(`\n  ${file}:${line}: 124205 on /reports/development-report-2019/ch1-enterprises/: a 编者注 names this value, but it is shown without the note\n    Fix: Keep the 编者注 #en-dr19-ch1-jiangsu-firms with the table that shows the value.`);
  });
  it('55. a number of an MDX table rendered under another column', async () => {
    page('reports/development-report-2019/ch4-regions/index.html', (html) => html.replace(/(<td[^>]*data-number="8\.4"[^>]*>8\.4<\/td>)(<td[^>]*data-number="82\.9"[^>]*>82\.9<\/td>)/, '$2$1'));
    expect(await siteMessage()).toMatch(/src\/\S+:\d+: 8\.4 on \/reports\/development-report-2019\/ch4-regions\/: it should stand under “同比增长（%）”, but its column is headed “占全国比重（%）”\n {4}Fix: Render the row’s cells/);
  });
  it('56. a number of a glossary quotation shown otherwise than its source line prints it', async () => {
    page('glossary/executed-value/index.html', (html) => html.replace(/data-number="28\.31"([^>]*)>28\.31</, 'data-number="28.13"$1>28.13<'));
    expect(await siteMessage()).toMatch(/\n {2}src\/data\/glossary\/executed-value\.yaml:\d+: 28\.13 on \/glossary\/executed-value\/: "28\.13" is not printed at line 1311 of sources\/zhejiang-statistics-training-2015\.txt\n {4}Fix: Cite the line/);
  });
  it('57. the 404 page’s “#_top” link without its element', () => {
    // The real page has it: Starlight's skip link and the page title h1#_top.
    const real = readFileSync(join(DIST, '404.html'), 'utf8');
    expect(real).toContain('href="#_top"');
    expect(real).toMatch(/<h1 id="_top"/);
    page('404.html', (html) => html.replace(/<h1 id="_top"/, '<h1'));
    const { problems } = brokenLinkProblems(copy, dist, SITE);
    const message = formatProblems('link check', problems.filter((p) => p.problem.includes('#_top')));
    expectMessage(message, 'src/content/docs/404.md', undefined, /the link #_top \(on \/404\.html\): no element with id “_top”/);
  });
});
