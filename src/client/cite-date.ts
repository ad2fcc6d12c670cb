/**
 * Fills the reader's date into a GB/T 7714 citation: [引用日期] becomes
 * [2026-12-05], in the text shown and in the text its copy button copies.
 * Without JavaScript the placeholder stays and says what to write there.
 */
export const CITE_DATE_PLACEHOLDER = '[引用日期]';

/** Today's date as GB/T 7714 writes it (YYYY-MM-DD), in the reader's time zone. */
export function citeDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

if (typeof document !== 'undefined') {
  const today = `[${citeDate(new Date())}]`;
  for (const citation of document.querySelectorAll<HTMLElement>('[data-cite-date]')) {
    citation.textContent = (citation.textContent ?? '').replace(CITE_DATE_PLACEHOLDER, today);
    const copy = citation.parentElement?.querySelector<HTMLElement>('copy-button[data-copy]');
    if (copy) copy.dataset.copy = (copy.dataset.copy ?? '').replace(CITE_DATE_PLACEHOLDER, today);
  }
}
