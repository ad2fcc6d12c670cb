/** Marks the searched terms in the page a search result opened. */
import { termRanges } from '../lib/search/excerpt.ts';

export function highlightTerms(root: Element | null, terms: readonly string[]): number {
  if (!root || !terms.length) return 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('script, style, svg, mark, .sl-anchor-link') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  let marked = 0;
  for (const node of nodes) {
    const text = node.data;
    const ranges = termRanges(text, terms);
    if (!ranges.length) continue;
    const fragment = document.createDocumentFragment();
    let at = 0;
    for (const [start, end] of ranges) {
      fragment.append(text.slice(at, start));
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      mark.textContent = text.slice(start, end);
      fragment.append(mark);
      marked++;
      at = end;
    }
    fragment.append(text.slice(at));
    node.replaceWith(fragment);
  }
  return marked;
}
