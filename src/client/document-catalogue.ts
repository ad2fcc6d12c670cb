/**
 * Filters of the documents catalogue (/reports/ and its pages): shows the
 * filters the page ships hidden and keeps the choice in the URL query
 * (?type=简报&year=2019), so a filtered list can be linked. A page lists only
 * its own documents; when a reader filters (or opens a filtered link) the
 * script fetches the whole catalogue once (catalogue.json) and lists every
 * match in place of the page's list and pager. Without JavaScript each page
 * is a plain list linked by the pager.
 *
 * An old link to a document's entry (/reports/#<document>) whose document is
 * now on a later page is sent to that page.
 */
import {
  CATALOGUE_PAGE_SIZE,
  catalogueMeta,
  FACETS,
  facetValues,
  filtersFromQuery,
  filtersToQuery,
  matches,
  type CatalogueDocument,
  type FacetKey,
  type Filters,
} from '../lib/documents/catalogue.ts';
import { pageOfIndex, pageUrl } from '../lib/navigation/pagination.ts';

class DocumentCatalogue extends HTMLElement {
  #catalogue?: Promise<CatalogueDocument[]>;

  /** The whole catalogue, fetched on first use only. */
  catalogue(): Promise<CatalogueDocument[]> {
    this.#catalogue ??= fetch(this.dataset.catalogueUrl!).then((r) => {
      if (!r.ok) throw new Error(`${r.url}: ${r.status}`);
      return r.json() as Promise<CatalogueDocument[]>;
    });
    return this.#catalogue;
  }

  connectedCallback() {
    const controls = this.querySelector<HTMLElement>('[data-catalogue-filters]');
    const list = this.querySelector<HTMLUListElement>('[data-catalogue-list]');
    const pager = this.querySelector<HTMLElement>('[data-catalogue-pager]');
    const count = this.querySelector<HTMLElement>('[data-catalogue-count]');
    const empty = this.querySelector<HTMLElement>('[data-catalogue-empty]');
    if (!controls || !list || !pager || !count || !empty) return;
    const total = Number(count.dataset.total);
    const pageItems = [...list.children];
    const select = (key: FacetKey) => controls.querySelector<HTMLSelectElement>(`select[name="${key}"]`)!;
    const known = Object.fromEntries(FACETS.map(({ key }) => [key, [...select(key).options].map((o) => o.value).filter(Boolean)])) as Record<
      FacetKey,
      string[]
    >;

    let shownFilters = '';
    const apply = async (filters: Filters) => {
      const query = filtersToQuery(filters);
      shownFilters = query;
      if (!query) {
        list.replaceChildren(...pageItems);
        pager.hidden = false;
        empty.hidden = true;
        count.textContent = `共 ${total} 份文档`;
        return;
      }
      count.textContent = '正在筛选……';
      let all: CatalogueDocument[];
      try {
        all = await this.catalogue();
      } catch {
        count.textContent = '目录数据加载失败，请刷新页面后重试。';
        return;
      }
      if (shownFilters !== query) return; // a later choice has been made meanwhile
      const found = all.filter((doc) => matches(doc, filters));
      list.replaceChildren(...found.map(row));
      pager.hidden = true;
      empty.hidden = found.length > 0;
      count.textContent = `显示 ${found.length} 份，共 ${all.length} 份文档`;
    };
    const chosen = (): Filters => Object.fromEntries(FACETS.map(({ key }) => [key, select(key).value]).filter(([, v]) => v));
    const update = () => {
      const filters = chosen();
      history.replaceState(null, '', `${location.pathname}${filtersToQuery(filters)}${location.hash}`);
      void apply(filters);
    };

    controls.addEventListener('change', update);
    controls.querySelector('[data-catalogue-clear]')?.addEventListener('click', () => {
      for (const { key } of FACETS) select(key).value = '';
      update();
    });
    controls.hidden = false;
    void this.restore(select, known).then(apply);
    void this.followMovedEntry();
    window.addEventListener('hashchange', () => void this.followMovedEntry());
  }

  /**
   * The filters of a linked query (?type=简报&year=2019). The menus offer only the most used values
   * (the page stays bounded); a linked value beyond them is checked against the catalogue data and
   * added to its menu.
   */
  async restore(select: (key: FacetKey) => HTMLSelectElement, known: Record<FacetKey, string[]>): Promise<Filters> {
    const params = new URLSearchParams(location.search);
    if (FACETS.some(({ key }) => params.get(key) && !known[key].includes(params.get(key)!))) {
      const all = await this.catalogue().catch(() => []);
      const counts = facetValues(all);
      for (const { key } of FACETS) {
        const value = params.get(key);
        const count = counts[key].find(([v]) => v === value)?.[1];
        if (value && count && !known[key].includes(value)) {
          select(key).add(new Option(`${value}（${count}）`, value));
          known[key].push(value);
        }
      }
    }
    const initial = filtersFromQuery(location.search, known);
    for (const { key } of FACETS) select(key).value = initial[key] ?? '';
    return initial;
  }

  /** /reports/#<document> from before the catalogue had pages: go to the page that lists the document. */
  async followMovedEntry() {
    const id = decodeURIComponent(location.hash.slice(1));
    if (!id || document.getElementById(id)) return;
    const all = await this.catalogue().catch(() => []);
    const index = all.findIndex((doc) => doc.id === id);
    if (index === -1) return;
    const target = pageUrl('/reports/', pageOfIndex(index, CATALOGUE_PAGE_SIZE));
    if (target !== location.pathname) location.replace(`${target}${location.search}${location.hash}`);
  }
}

/** A document's row, as DocumentCatalogue.astro draws it. */
function row(doc: CatalogueDocument): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'document-list__item';
  Object.assign(li.dataset, { type: doc.type, year: String(doc.year), publisher: doc.publisher });
  const h2 = document.createElement('h2');
  h2.id = doc.id;
  const a = document.createElement('a');
  a.href = doc.url;
  a.textContent = doc.title;
  h2.append(a);
  const meta = document.createElement('p');
  meta.className = 'document-list__meta';
  meta.textContent = catalogueMeta(doc);
  const summary = document.createElement('p');
  summary.textContent = doc.summary;
  li.append(h2, meta, summary);
  return li;
}

customElements.define('document-catalogue', DocumentCatalogue);
