/**
 * Filters of the documents catalogue (/reports/): shows the filters the page
 * ships hidden, hides the documents a choice excludes, and keeps the choice
 * in the URL query so a filtered list can be linked. Without JavaScript the
 * page is the full list.
 */
import { FACETS, filtersFromQuery, filtersToQuery, matches, type FacetKey, type Filters } from '../lib/documents/catalogue.ts';

class DocumentCatalogue extends HTMLElement {
  connectedCallback() {
    const controls = this.querySelector<HTMLElement>('[data-catalogue-filters]');
    const items = [...this.querySelectorAll<HTMLElement>('.document-list__item')];
    const count = this.querySelector<HTMLElement>('[data-catalogue-count]');
    const empty = this.querySelector<HTMLElement>('[data-catalogue-empty]');
    if (!controls || !count || !empty) return;
    const select = (key: FacetKey) => controls.querySelector<HTMLSelectElement>(`select[name="${key}"]`)!;
    const known = Object.fromEntries(FACETS.map(({ key }) => [key, [...select(key).options].map((o) => o.value).filter(Boolean)])) as Record<
      FacetKey,
      string[]
    >;
    const entries = items.map((item) => ({ type: item.dataset.type ?? '', year: Number(item.dataset.year), publisher: item.dataset.publisher ?? '' }));

    const apply = (filters: Filters) => {
      let shown = 0;
      items.forEach((item, i) => {
        const keep = matches(entries[i]!, filters);
        item.hidden = !keep;
        if (keep) shown++;
      });
      count.textContent = shown === items.length ? `共 ${items.length} 份文档` : `显示 ${shown} 份，共 ${items.length} 份文档`;
      empty.hidden = shown > 0;
    };
    const chosen = (): Filters => Object.fromEntries(FACETS.map(({ key }) => [key, select(key).value]).filter(([, v]) => v));
    const update = () => {
      const filters = chosen();
      history.replaceState(null, '', `${location.pathname}${filtersToQuery(filters)}${location.hash}`);
      apply(filters);
    };

    const initial = filtersFromQuery(location.search, known);
    for (const { key } of FACETS) select(key).value = initial[key] ?? '';
    controls.addEventListener('change', update);
    controls.querySelector('[data-catalogue-clear]')?.addEventListener('click', () => {
      for (const { key } of FACETS) select(key).value = '';
      update();
    });
    controls.hidden = false;
    apply(initial);
  }
}

customElements.define('document-catalogue', DocumentCatalogue);
