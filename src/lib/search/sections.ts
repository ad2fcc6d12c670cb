/**
 * Search records from a built page: one record per section (the page's
 * introduction, then each h2/h3 with an id), so a result links to the
 * heading it was found under. Pure function over a parsed page.
 */

export interface SearchRecord {
  /** Page URL, with #id for a section below a heading. */
  url: string;
  pageUrl: string;
  pageTitle: string;
  /** Heading text of the section; empty for the page's introduction. */
  section: string;
  /** The section's text as published. */
  text: string;
  /** Extra keys that should find this page first (codes, abbreviations, English names, pinyin). */
  keys: string[];
  filters: Record<string, string[]>;
}

/** Business categories a section is about, for the 业务类别 filter. */
const CATEGORIES: [string, RegExp][] = [
  ['ITO', /ITO|信息技术外包/],
  ['BPO', /BPO|业务流程外包/],
  ['KPO', /KPO|知识流程外包/],
];

const REMOVE = ['[data-pagefind-ignore]', '[data-search-ignore]', '.sl-anchor-link', 'svg', 'script', 'style', 'template', '[data-footnote-backref]'];

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Block boundaries stay hard in the index text (see normalize.ts: compactText); spaces around them go. */
function cleanText(text: string): string {
  return text
    .replace(/[^\S\u2029]+/g, ' ')
    .replace(/ ?\u2029[\s\u2029]*/g, '\u2029')
    .replace(/^\u2029|\u2029$/g, '')
    .trim();
}

/** Filters written on the page as data-pagefind-filter="key:value". */
function pageFilters(root: ParentNode): Record<string, string[]> {
  const filters: Record<string, string[]> = {};
  for (const el of root.querySelectorAll('[data-pagefind-filter]')) {
    const spec = el.getAttribute('data-pagefind-filter') ?? '';
    const colon = spec.indexOf(':');
    if (colon === -1) continue;
    (filters[spec.slice(0, colon)] ??= []).push(spec.slice(colon + 1));
  }
  return filters;
}

export function sectionsOfPage(document: Document, pageUrl: string, cityNames: readonly string[]): SearchRecord[] {
  const root = (document.querySelector('.sl-markdown-content') ?? document.querySelector('main')) as Element | null;
  if (!root) return [];
  const pageTitle = clean(document.querySelector('h1#_top')?.textContent ?? document.title);
  const keys = [...document.querySelectorAll('[data-search-keys]')].flatMap((el) =>
    (el.getAttribute('data-search-keys') ?? '').split('|').map((k) => k.trim()).filter(Boolean),
  );
  const filters = pageFilters(root);
  const body = root.cloneNode(true) as Element;
  for (const selector of REMOVE) body.querySelectorAll(selector).forEach((el) => el.remove());

  const records: SearchRecord[] = [];
  let current = { id: '', title: '', parts: [] as string[] };
  const flush = () => {
    // Inline pieces join without a space: a link or emphasis inside a phrase must not split it.
    const text = cleanText(current.parts.join(''));
    if (text || current.title) {
      const sectionFilters: Record<string, string[]> = { ...filters };
      const haystack = `${current.title} ${text}`;
      const categories = CATEGORIES.filter(([, pattern]) => pattern.test(haystack)).map(([name]) => name);
      if (categories.length) sectionFilters['业务类别'] = categories;
      const cities = cityNames.filter((name) => haystack.includes(name));
      if (cities.length) sectionFilters['城市'] = cities;
      records.push({
        url: current.id ? `${pageUrl}#${current.id}` : pageUrl,
        pageUrl,
        pageTitle,
        section: current.title,
        text,
        keys: records.length === 0 ? keys : [],
        filters: sectionFilters,
      });
    }
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      current.parts.push(node.textContent ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (/^H[23]$/.test(el.tagName) && el.id) {
      flush();
      current = { id: el.id, title: clean(el.textContent ?? ''), parts: [] };
      return;
    }
    // Block boundaries become spaces so words of adjacent blocks do not run together.
    const block = /^(P|LI|TD|TH|H[1-6]|DIV|SECTION|FIGCAPTION|TR|BLOCKQUOTE|DD|DT)$/.test(el.tagName);
    if (block || el.tagName === 'BR') current.parts.push('\u2029');
    for (const child of el.childNodes) walk(child);
    if (block) current.parts.push('\u2029');
  };
  for (const child of body.childNodes) walk(child);
  flush();
  return records;
}
