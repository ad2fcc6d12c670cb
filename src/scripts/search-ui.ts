/**
 * The search interface, one implementation for the header dialog and the
 * /search/ page: a <search-panel> element that runs queries as the reader
 * types, renders results with sub-results and excerpts, filters, and
 * 没有结果 with suggestions. The engine (Pagefind and the query tables) loads
 * on first use, so pages pay nothing for search until it is opened.
 */
import type { Filters, SearchEngine, SearchOutcome } from '../lib/search/engine.ts';

const FACETS = ['文档类型', '文档', '年份', '业务类别', '城市'] as const;
let engine: Promise<SearchEngine> | undefined;
const getEngine = () => (engine ??= import('../lib/search/engine.ts').then((m) => m.loadEngine('/search-index/')));

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Result link that asks the opened page to highlight the matched terms. */
function withHighlight(url: string, terms: readonly string[]): string {
  if (!terms.length) return url;
  const [path, hash] = url.split('#');
  return `${path}?hl=${encodeURIComponent(terms.join('|'))}${hash ? `#${hash}` : ''}`;
}

export class SearchPanel extends HTMLElement {
  private input!: HTMLInputElement;
  private status!: HTMLElement;
  private list!: HTMLOListElement;
  private filterBox!: HTMLElement;
  private filters: Filters = {};
  private timer: number | undefined;
  private sequence = 0;

  connectedCallback() {
    this.input = this.querySelector('input[type="search"]')!;
    this.status = this.querySelector('[data-search-status]')!;
    this.list = this.querySelector('[data-search-results]')!;
    this.filterBox = this.querySelector('[data-search-filters]')!;
    this.querySelector('form')!.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.run();
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
    this.filterBox.addEventListener('change', () => {
      this.filters = {};
      for (const box of this.filterBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) {
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
      const q = new URLSearchParams(location.search).get('q');
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
    const query = this.input.value.trim();
    const sequence = ++this.sequence;
    if (this.hasAttribute('data-standalone')) {
      const url = new URL(location.href);
      if (query) url.searchParams.set('q', query);
      else url.searchParams.delete('q');
      history.replaceState(null, '', url);
    }
    if (!query) {
      this.dataset.shownQuery = '';
      this.list.innerHTML = '';
      this.status.textContent = '';
      this.filterBox.hidden = true;
      return;
    }
    this.setAttribute('aria-busy', 'true');
    this.status.textContent = '正在搜索…';
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
    const terms = outcome.plan?.highlight ?? [];
    // Marks which query the list shows (tests and the benchmark wait for it).
    this.dataset.shownQuery = outcome.query;
    if (!outcome.results.length) {
      const suggestions = outcome.suggestions
        .map((s) => `<a href="/search/?q=${encodeURIComponent(s)}" data-suggestion="${escapeHtml(s)}">${escapeHtml(s)}</a>`)
        .join('、');
      this.status.innerHTML = `没有结果。${suggestions ? `试试：${suggestions}` : '请换一个关键词。'}`;
      this.list.innerHTML = '';
    } else {
      this.status.textContent = `找到 ${outcome.results.length} 个页面${outcome.relaxed ? '（按关键词组合匹配）' : ''}。`;
      this.list.innerHTML = outcome.results
        .map(
          (page) => `<li class="search-result">
  <a class="search-result__title" href="${escapeHtml(withHighlight(page.url, terms))}">${escapeHtml(page.title)}</a>
  ${page.doc ? `<span class="search-result__doc">${escapeHtml(page.doc)}</span>` : ''}
  <p class="search-result__excerpt">${page.excerpt}</p>
  ${
    page.sections.length
      ? `<ul class="search-result__sections">${page.sections
          .map(
            (s) =>
              `<li><a href="${escapeHtml(withHighlight(s.url, terms))}">${escapeHtml(s.section)}</a><p class="search-result__excerpt">${s.excerpt}</p></li>`,
          )
          .join('')}</ul>`
      : ''
  }
</li>`,
        )
        .join('');
    }
    this.renderFilters(outcome.facets);
  }

  private renderFilters(facets: SearchOutcome['facets']) {
    const groups = FACETS.filter((name) => Object.keys(facets[name] ?? {}).length > 0 || this.filters[name]?.length);
    this.filterBox.hidden = groups.length === 0;
    this.filterBox.innerHTML = groups
      .map((name) => {
        const values = Object.entries(facets[name] ?? {}).filter(([value, count]) => count > 0 || this.filters[name]?.includes(value));
        const boxes = values
          .sort((a, b) => b[1] - a[1])
          .map(
            ([value, count]) =>
              `<label><input type="checkbox" name="${escapeHtml(name)}" value="${escapeHtml(value)}"${this.filters[name]?.includes(value) ? ' checked' : ''}> ${escapeHtml(value)} <span class="count">${count}</span></label>`,
          )
          .join('');
        return `<fieldset><legend>${name}</legend>${boxes}</fieldset>`;
      })
      .join('');
  }
}

customElements.define('search-panel', SearchPanel);
