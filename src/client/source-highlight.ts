/**
 * Highlights the line range of the URL fragment (#L120-L130) in the source
 * viewer and scrolls to it. A single line (#L123) is highlighted by CSS
 * :target without this script; a range needs it.
 */
import { parseLineFragment } from '../lib/provenance/source-links.ts';

function highlight(): void {
  for (const el of document.querySelectorAll('.source-text__line.is-highlighted')) el.classList.remove('is-highlighted');
  const range = parseLineFragment(location.hash);
  if (!range) return;
  const [from, to] = range;
  let first: HTMLElement | null = null;
  for (let n = from; n <= to; n++) {
    const line = document.getElementById(`L${n}`);
    if (!line) break;
    line.classList.add('is-highlighted');
    first ??= line;
  }
  if (from !== to) first?.scrollIntoView({ block: 'start' });
}

highlight();
window.addEventListener('hashchange', highlight);
