/**
 * An old glossary anchor that moved to another page (glossary-redirects.json
 * "/glossary/x/#old": "/glossary/y/#new") is a hidden element with that id and
 * data-moved-to; opening the old URL goes on to the new one. The hash is
 * whatever a link or a person typed: it is compared with ids as a string,
 * never put into a selector, and a malformed escape leaves the page alone.
 */

/** The id a location hash names, or undefined when it cannot be decoded (e.g. "#%E4"). */
export function hashId(hash: string): string | undefined {
  try {
    return decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return undefined;
  }
}

/** Where a moved anchor now lives, for the ids of elements carrying data-moved-to. */
export function movedTarget(hash: string, moved: Iterable<{ id: string; to: string | null }>): string | undefined {
  const id = hashId(hash);
  if (!id) return undefined;
  for (const anchor of moved) if (anchor.id === id && anchor.to) return anchor.to;
  return undefined;
}

function follow(): void {
  const moved = [...document.querySelectorAll<HTMLElement>('[data-moved-to]')].map((e) => ({ id: e.id, to: e.dataset.movedTo ?? null }));
  const target = movedTarget(location.hash, moved);
  if (target) location.replace(target);
}

if (typeof document !== 'undefined') {
  follow();
  addEventListener('hashchange', follow);
}
