/**
 * The search engine as the browser runs it, shared by the header search and
 * the /search/ page: plans the query (exact, then relaxed), asks Pagefind,
 * keeps only records that really contain the query, groups them by page and
 * makes excerpts. Falls back to suggestions when nothing matches.
 */
import { excerpt } from './excerpt.ts';
import { normalizeText, type T2S } from './normalize.ts';
import { exactPlan, relaxedPlan, satisfies, type QueryPlan } from './query.ts';
import { suggest, type VocabularyEntry } from './vocabulary.ts';
import { DOC_TYPES as DOCUMENT_TYPES } from '../documents.ts';

export interface SectionHit {
  url: string;
  section: string;
  excerpt: string;
}

export interface PageResult {
  url: string;
  title: string;
  doc: string;
  excerpt: string;
  sections: SectionHit[];
}

export type Filters = Record<string, string[]>;

export interface SearchOutcome {
  query: string;
  plan: QueryPlan | undefined;
  relaxed: boolean;
  results: PageResult[];
  /** Filter values with result counts, for the filter controls. */
  facets: Record<string, Record<string, number>>;
  suggestions: string[];
}

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<{ url: string; meta: Record<string, string> }>;
}
interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
export interface PagefindApi {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string, o?: Record<string, unknown>) => Promise<PagefindResponse>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

/** How many matching records are read to fill a results page. */
const RECORD_BUDGET = 40;
const PAGE_LIMIT = 10;

/**
 * Best bets: names that stand for one page (glossary codes, terms,
 * abbreviations, English names; city names and pinyin), normalized, with the
 * page (and anchor) and its title. A query that is such a name gets that page
 * first, whatever Pagefind's term statistics say.
 */
export type KeyMap = Record<string, [url: string, title: string][]>;

/**
 * Moves the best bets to the front, in their order. With `addMissing` (the
 * whole query is the name) a bet Pagefind did not return is added; otherwise
 * only bets among the verified results move, so a question is not answered by
 * a page that lacks some of its terms.
 */
export function applyBestBets(results: PageResult[], bets: readonly [string, string][], addMissing = true): PageResult[] {
  const front: PageResult[] = [];
  const rest = [...results];
  for (const [url, title] of bets) {
    const page = url.split('#')[0]!;
    if (front.some((r) => r.url.split('#')[0] === page)) continue;
    const at = rest.findIndex((r) => r.url === page);
    if (at !== -1) front.push({ ...rest.splice(at, 1)[0]!, url });
    else if (addMissing) front.push({ url, title, doc: '', excerpt: '', sections: [] });
  }
  return [...front, ...rest];
}

export class SearchEngine {
  constructor(
    private readonly pagefind: PagefindApi,
    private readonly t2s: T2S,
    private readonly vocabulary: VocabularyEntry[],
    private readonly keys: KeyMap = {},
  ) {}

  private bets(parts: readonly string[]): [string, string][] {
    return parts.flatMap((part) => this.keys[part] ?? []);
  }

  private readonly dictionary = (): Set<string> => new Set(this.vocabulary.map((v) => v.term));

  private async run(plan: QueryPlan, filters: Filters): Promise<{ results: PageResult[]; facets: SearchOutcome['facets'] }> {
    const toPagefind = (f: Filters) =>
      Object.fromEntries(
        Object.entries(f)
          .filter(([, values]) => values.length)
          .map(([key, values]) => [key, { any: values }]),
      );
    const userFiltered = Object.values(filters).some((values) => values.length > 0);
    // For a phrase, the document sections that hold it come before pages that
    // quote, tabulate or list it (glossary, city and region pages): a first
    // pass reads only document records (the only ones with a 文档类型).
    const passes: Filters[] = userFiltered ? [filters] : [{ 文档类型: [...DOCUMENT_TYPES] }, {}];
    const pages = new Map<string, PageResult>();
    let facets: SearchOutcome['facets'] = {};
    for (const pass of passes) {
      if (pages.size >= PAGE_LIMIT) break;
      const response = await this.pagefind.search(plan.pagefind, { filters: toPagefind(pass) });
      facets = response.filters ?? facets;
      const candidates = response.results.slice(0, RECORD_BUDGET);
      // Read records in small batches until enough pages are filled.
      for (let i = 0; i < candidates.length && pages.size < PAGE_LIMIT; i += 10) {
        const batch = await Promise.all(candidates.slice(i, i + 10).map((r) => r.data()));
        for (const { url, meta } of batch) {
          const haystack = normalizeText(`${meta.title} ${meta.section} ${meta.keys} ${meta.text}`, this.t2s);
          if (!satisfies(haystack, plan.required)) continue;
          const text = meta.text ?? '';
          const snippet = excerpt(text || meta.title || '', plan.highlight, 90, this.t2s);
          const pageUrl = meta.page || url.split('#')[0]!;
          let page = pages.get(pageUrl);
          if (!page) {
            if (pages.size >= PAGE_LIMIT) continue;
            page = { url: pageUrl, title: meta.title ?? pageUrl, doc: meta.doc ?? '', excerpt: snippet, sections: [] };
            pages.set(pageUrl, page);
          }
          if (meta.section && page.sections.length < 3 && !page.sections.some((s) => s.url === url)) {
            page.sections.push({ url, section: meta.section, excerpt: snippet });
          }
        }
      }
    }
    // Facet counts of the whole result set, not of the documents-only pass.
    if (!userFiltered && passes.length > 1 && pages.size >= PAGE_LIMIT) {
      facets = (await this.pagefind.search(plan.pagefind, { filters: {} })).filters ?? facets;
    }
    return { results: [...pages.values()], facets };
  }

  async search(query: string, filters: Filters = {}): Promise<SearchOutcome> {
    const exact = exactPlan(query, this.t2s);
    if (!exact.pagefind) return { query, plan: undefined, relaxed: false, results: [], facets: {}, suggestions: [] };
    const filtered = Object.values(filters).some((values) => values.length > 0);
    let outcome = await this.run(exact, filters);
    const exactBets = filtered ? [] : this.bets([normalizeText(query, this.t2s).replace(/\s+/g, ' ').trim()]);
    if (outcome.results.length || exactBets.length) {
      return { query, plan: exact, relaxed: false, ...outcome, results: applyBestBets(outcome.results, exactBets), suggestions: [] };
    }
    const relaxed = relaxedPlan(query, this.dictionary(), this.t2s);
    if (relaxed && relaxed.pagefind !== exact.pagefind) {
      outcome = await this.run(relaxed, filters);
      if (outcome.results.length) {
        const bets = filtered ? [] : this.bets(relaxed.required);
        return { query, plan: relaxed, relaxed: true, ...outcome, results: applyBestBets(outcome.results, bets, false), suggestions: [] };
      }
    }
    const suggestions = suggest(normalizeText(query, this.t2s), this.vocabulary);
    return { query, plan: exact, relaxed: false, results: [], facets: outcome.facets, suggestions };
  }

  /** All filter values with their counts over the whole index. */
  async allFacets(): Promise<Record<string, Record<string, number>>> {
    return this.pagefind.filters();
  }
}

/** Loads Pagefind and the query tables from the site's search index folder. */
export async function loadEngine(base = '/search-index/'): Promise<SearchEngine> {
  const [pagefind, t2s, vocabulary, keys] = await Promise.all([
    import(/* @vite-ignore */ `${base}pagefind.js`) as Promise<PagefindApi>,
    fetch(`${base}t2s.json`).then((r) => r.json() as Promise<T2S>),
    fetch(`${base}vocabulary.json`).then((r) => r.json() as Promise<[string, number][]>),
    fetch(`${base}keys.json`).then((r) => r.json() as Promise<KeyMap>),
  ]);
  await pagefind.options({ basePath: base, excerptLength: 0 });
  await pagefind.init();
  // Loads the filter index; without it Pagefind's responses carry no filter counts.
  await pagefind.filters();
  return new SearchEngine(pagefind, t2s, vocabulary.map(([term, count]) => ({ term, count })), keys);
}
