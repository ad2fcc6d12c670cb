/**
 * Browser code of the glossary overview (components/glossary/GlossaryIndex.astro):
 * the filter box over the tree and the A–Z index. The page works without it.
 */
/** Filters the tree and the A–Z index as the reader types. */
class GlossaryFilter extends HTMLElement {
  connectedCallback() {
    const box = this.querySelector<HTMLElement>('.glossary-filter__box');
    const input = this.querySelector<HTMLInputElement>('input');
    const status = this.querySelector<HTMLElement>('.glossary-filter__status');
    if (!box || !input || !status) return;
    box.hidden = false;
    const items = [...document.querySelectorAll<HTMLElement>('[data-filter-text]')];
    const details = [...document.querySelectorAll<HTMLDetailsElement>('.glossary-tree details')];
    const groups = [...document.querySelectorAll<HTMLElement>('[data-filter-group]')];
    const initiallyOpen = new Map(details.map((d) => [d, d.open]));
    const apply = () => {
      const query = input.value.trim().toLowerCase();
      if (!query) {
        items.forEach((el) => (el.hidden = false));
        groups.forEach((g) => (g.hidden = false));
        details.forEach((d) => (d.open = initiallyOpen.get(d) ?? false));
        status.textContent = '';
        return;
      }
      const words = query.split(/\s+/);
      const matches = new Set(items.filter((el) => words.every((w) => el.dataset.filterText!.includes(w))));
      for (const el of items) {
        const ancestorMatches = [...matches].some((m) => m !== el && m.contains(el));
        const descendantMatches = [...matches].some((m) => m !== el && el.contains(m));
        el.hidden = !(matches.has(el) || ancestorMatches || descendantMatches);
      }
      for (const d of details) {
        d.open = [...d.querySelectorAll<HTMLElement>('ol [data-filter-text]')].some((li) => matches.has(li));
      }
      for (const g of groups) g.hidden = ![...g.querySelectorAll<HTMLElement>('[data-filter-text]')].some((li) => !li.hidden);
      const inIndex = [...matches].filter((m) => m.closest('[data-filter-scope="index"]')).length;
      const inTree = [...matches].filter((m) => m.closest('[data-filter-scope="tree"]')).length;
      status.textContent =
        inIndex + inTree === 0 ? `没有与“${input.value.trim()}”匹配的术语。` : `分类树中 ${inTree} 项、索引中 ${inIndex} 项与“${input.value.trim()}”匹配。`;
    };
    input.addEventListener('input', apply);
    if (input.value) apply();
  }
}
if (!customElements.get('glossary-filter')) customElements.define('glossary-filter', GlossaryFilter);
