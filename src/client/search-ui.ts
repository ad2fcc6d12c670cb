/**
 * The search interface, one implementation for the header dialog and the
 * /search/ page: a <search-panel> element that runs queries as the reader
 * types and renders the answer cards, the results with their sections and
 * excerpts, the filters folded behind one control, and 没有结果 with
 * suggestions. Everything is built with DOM APIs (no HTML strings, no inline
 * handlers), so the page's Content Security Policy needs no exceptions. The
 * engine (Pagefind and the query tables) loads on first use, so pages pay
 * nothing for search until it is opened.
 */
import type { Card, Filters, PageResult, SearchEngine, SearchOutcome } from '../lib/search/engine.ts';
import type { Excerpt } from '../lib/search/excerpt.ts';
import { capQuery } from '../lib/search/normalize.ts';

const FACETS = ['文档类型', '文档', '年份', '业务类别', '城市'] as const;
let engine: Promise<SearchEngine> | undefined;
const getEngine = () => (engine ??= import('../lib/search/engine.ts').then((m) => m.loadEngine('/search-index/')));

/** Result link that asks the opened page to highlight the matched terms. */
function withHighlight(url: string, terms: readonly string[]): string {
  if (!terms.length) return url;
  const [path, hash] = url.split('#');
  return `${path}?hl=${encodeURIComponent(terms.join('|'))}${hash ? `#${hash}` : ''}`;
}

/** An element with a class and children (strings become text nodes). */
function h<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  el.append(...children);
  return el;
}

function link(href: string, className: string, text: string): HTMLAnchorElement {
  const a = h('a', className, text);
  a.href = href;
  return a;
}

function excerptNode(pieces: Excerpt): HTMLParagraphElement {
  return h('p', 'search-result__excerpt', ...pieces.map((p) => (p.mark ? h('mark', '', p.text) : p.text)));
}

export class SearchPanel extends HTMLElement {
  private input!: HTMLInputElement;
  private status!: HTMLElement;
  private list!: HTMLOListElement;
  private filterBox!: HTMLDetailsElement;
  private filterBody!: HTMLElement;
  private filters: Filters = {};
  private timer: number | undefined;
  private sequence = 0;
  private running: Promise<void> | undefined;

  connectedCallback() {
    this.input = this.querySelector('input[type="search"]')!;
    this.input.maxLength = 200;
    this.status = this.querySelector('[data-search-status]')!;
    this.list = this.querySelector('[data-search-results]')!;
    this.filterBox = this.querySelector('[data-search-filters]')!;
    this.filterBody = this.filterBox.querySelector('[data-search-filter-body]')!;
    this.querySelector('form')!.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.submit();
    });
    this.input.addEventListener('input', () => {
      window.clearTimeout(this.timer);
      this.timer = window.setTimeout(() => void this.run(), 120);
    });
    this.input.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        this.links()[0]?.focus();
      }
    });
    this.list.addEventListener('keydown', (event) => this.moveFocus(event));
    this.filterBody.addEventListener('change', () => {
      this.filters = {};
      for (const box of this.filterBody.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) {
        (this.filters[box.name] ??= []).push(box.value);
      }
      void this.run();
    });
    this.addEventListener('click', (event) => {
      const suggestion = (event.target as Element).closest<HTMLAnchorElement>('[data-suggestion]');
      if (suggestion && !this.hasAttribute('data-standalone')) {
        event.preventDefault();
        this.input.value = suggestion.dataset.suggestion!;
        void this.run();
      }
    });
    if (this.hasAttribute('data-standalone')) {
      // The search page exists to search: load the engine at once rather than on the first keystroke.
      void getEngine();
      const q = capQuery(new URLSearchParams(location.search).get('q') ?? '');
      if (q) {
        this.input.value = q;
        void this.run();
      }
    }
  }

  focusInput() {
    void getEngine();
    this.input.focus();
    this.input.select();
  }

  private links(): HTMLAnchorElement[] {
    return [...this.list.querySelectorAll<HTMLAnchorElement>('a')];
  }

  /** Enter: on /search/ runs the query; in the dialog also opens the first result. */
  private async submit() {
    window.clearTimeout(this.timer);
    const query = capQuery(this.input.value);
    if (this.dataset.shownQuery !== query) {
      this.running = this.run();
      await this.running;
    }
    if (this.hasAttribute('data-standalone')) return;
    const first = this.links()[0];
    if (first && this.dataset.shownQuery === capQuery(this.input.value)) first.click();
  }

  private moveFocus(event: KeyboardEvent) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = this.links();
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (index === -1) return;
    event.preventDefault();
    if (event.key === 'ArrowUp' && index === 0) this.input.focus();
    else links[Math.max(0, Math.min(links.length - 1, index + (event.key === 'ArrowDown' ? 1 : -1)))]?.focus();
  }

  private async run() {
    const query = capQuery(this.input.value);
    const sequence = ++this.sequence;
    if (this.hasAttribute('data-standalone')) {
      const url = new URL(location.href);
      if (query) url.searchParams.set('q', query);
      else url.searchParams.delete('q');
      history.replaceState(null, '', url);
    }
    if (!query) {
      this.dataset.shownQuery = '';
      this.list.replaceChildren();
      this.status.textContent = '';
      this.filterBox.hidden = true;
      return;
    }
    this.setAttribute('aria-busy', 'true');
    let outcome: SearchOutcome;
    try {
      outcome = await (await getEngine()).search(query, this.filters);
    } catch (error) {
      this.status.textContent = `搜索出错：${(error as Error).message}`;
      this.removeAttribute('aria-busy');
      return;
    }
    if (sequence !== this.sequence) return;
    this.removeAttribute('aria-busy');
    this.render(outcome);
  }

  private render(outcome: SearchOutcome) {
    const terms = outcome.highlight;
    const items: HTMLLIElement[] = [
      ...outcome.cards.map((card) => this.cardItem(card, terms)),
      ...outcome.results.map((page) => this.resultItem(page, terms)),
    ];
    this.list.replaceChildren(...items);
    const found = outcome.cards.length + outcome.results.length;
    if (!found) {
      const suggestions = outcome.suggestions.flatMap((s, i) => {
        const a = link(`/search/?q=${encodeURIComponent(s)}`, '', s);
        a.dataset.suggestion = s;
        return i ? ['、', a] : [a];
      });
      this.status.replaceChildren('没有结果。', ...(suggestions.length ? ['试试：', ...suggestions] : ['请换一个关键词。']));
    } else {
      const parts: (string | Node)[] = [];
      if (outcome.correction) parts.push(`显示“${outcome.correction.to}”的结果（输入的是“${outcome.correction.from}”）。`);
      parts.push(`找到 ${found} 个页面${outcome.grade === 'most' || outcome.grade === 'some' ? '（按关键词覆盖程度排列）' : ''}。`);
      this.status.replaceChildren(...parts);
    }
    // Marks which query the list shows (tests and the benchmark wait for it).
    this.dataset.shownQuery = outcome.query;
    this.renderFilters(outcome.facets);
  }

  private cardItem(card: Card, terms: readonly string[]): HTMLLIElement {
    const li = h('li', 'search-card');
    const head = h('p', 'search-card__head', link(withHighlight(card.url, terms), 'search-card__title', card.title));
    if (card.kind) head.append(h('span', 'search-card__kind', card.kind));
    if (card.code) head.append(h('code', 'search-card__code', card.code));
    li.append(head);
    if (card.text) li.append(h('p', 'search-card__text', card.text));
    if (card.doc) li.append(h('p', 'search-card__doc', card.doc));
    return li;
  }

  private resultItem(page: PageResult, terms: readonly string[]): HTMLLIElement {
    const li = h('li', 'search-result', link(withHighlight(page.url, terms), 'search-result__title', page.title));
    if (page.doc) li.append(h('span', 'search-result__doc', page.doc));
    li.append(excerptNode(page.excerpt));
    if (page.sections.length) {
      li.append(
        h(
          'ul',
          'search-result__sections',
          ...page.sections.map((s) => h('li', '', link(withHighlight(s.url, terms), '', s.section), excerptNode(s.excerpt))),
        ),
      );
    }
    return li;
  }

  private renderFilters(facets: SearchOutcome['facets']) {
    const groups = FACETS.filter((name) => Object.keys(facets[name] ?? {}).length > 0 || this.filters[name]?.length);
    this.filterBox.hidden = groups.length === 0;
    const active = Object.values(this.filters).reduce((s, v) => s + v.length, 0);
    this.filterBox.querySelector('[data-search-filter-count]')!.textContent = active ? `（已选 ${active} 项）` : '';
    this.filterBody.replaceChildren(
      ...groups.map((name) => {
        const values = Object.entries(facets[name] ?? {}).filter(([value, count]) => count > 0 || this.filters[name]?.includes(value));
        for (const value of this.filters[name] ?? []) if (!values.some(([v]) => v === value)) values.push([value, 0]);
        const boxes = values
          .sort((a, b) => b[1] - a[1])
          .map(([value, count]) => {
            const box = document.createElement('input');
            box.type = 'checkbox';
            box.name = name;
            box.value = value;
            box.checked = !!this.filters[name]?.includes(value);
            return h('label', '', box, ` ${value} `, h('span', 'count', String(count)));
          });
        return h('fieldset', '', h('legend', '', name), ...boxes);
      }),
    );
  }
}

customElements.define('search-panel', SearchPanel);
