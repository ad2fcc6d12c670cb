/**
 * Header search: opens the search dialog from the header button, with "/"
 * and Ctrl+K (⌘K), and highlights the terms a reader searched for on the
 * page a result opened (?hl=…). Without JavaScript the button is a link to
 * /search/, which says that search needs JavaScript.
 */
import './search-ui.ts';
import { highlightTerms } from './highlight.ts';
import type { SearchPanel } from './search-ui.ts';

class SiteSearch extends HTMLElement {
  connectedCallback() {
    const dialog = this.querySelector('dialog')!;
    const template = dialog.querySelector<HTMLTemplateElement>('template[data-panel-template]')!;
    // The panel is created on first use, so a page has one result list at most (the /search/ page's own).
    const panel = (): SearchPanel => {
      let found = dialog.querySelector<SearchPanel>('search-panel');
      if (!found) {
        dialog.querySelector('.site-search__dialog-frame')!.append(template.content.cloneNode(true));
        found = dialog.querySelector<SearchPanel>('search-panel')!;
      }
      return found;
    };
    const open = () => {
      const standalone = document.querySelector<SearchPanel>('search-panel[data-standalone]');
      if (standalone) return standalone.focusInput();
      if (!dialog.open) dialog.showModal();
      panel().focusInput();
    };
    this.querySelector('[data-open-search]')!.addEventListener('click', (event) => {
      event.preventDefault();
      open();
    });
    this.querySelector('[data-close-search]')!.addEventListener('click', () => dialog.close());
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close();
    });
    window.addEventListener('keydown', (event) => {
      const typing = (event.target as Element | null)?.closest('input, textarea, select, [contenteditable="true"]');
      if ((event.key === 'k' && (event.ctrlKey || event.metaKey)) || (event.key === '/' && !typing)) {
        event.preventDefault();
        open();
      }
    });
  }
}
customElements.define('site-search', SiteSearch);

const terms = new URLSearchParams(location.search).get('hl');
if (terms) highlightTerms(document.querySelector('.sl-markdown-content'), terms.split('|').filter(Boolean));
