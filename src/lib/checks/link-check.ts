/**
 * Internal link checking over a built static site. Pure functions: the
 * caller supplies which files exist and the ids of each page.
 */

export interface LinkProblem {
  page: string;
  link: string;
  problem: string;
}

/** The built file a site path resolves to, or undefined (static hosting rules: /x/ → /x/index.html). */
export function resolvePath(pathname: string, exists: (file: string) => boolean): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const candidates = decoded.endsWith('/') ? [`${decoded}index.html`] : [decoded, `${decoded}/index.html`, `${decoded}.html`];
  return candidates.find((c) => exists(c));
}

/**
 * Whether a page with these ids resolves a fragment. A source line range
 * (#L120-L130, written by src/lib/provenance/source-links.ts) resolves when both
 * its lines exist: the viewer highlights the lines between.
 */
export function hasFragment(ids: ReadonlySet<string>, id: string): boolean {
  const range = /^L(\d+)-L(\d+)$/.exec(id);
  return range ? ids.has(`L${range[1]}`) && ids.has(`L${range[2]}`) : ids.has(id);
}

/**
 * Checks one link of a page: the target file exists and, with a #fragment,
 * the target page has an element with that id.
 */
export function checkLink(
  page: string,
  href: string,
  exists: (file: string) => boolean,
  idsOf: (file: string) => ReadonlySet<string>,
): LinkProblem | undefined {
  if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(href)) return undefined; // other schemes and hosts: not internal
  const url = new URL(href, `http://site${page}`);
  const pageFile = resolvePath(page, exists);
  const target = url.pathname === new URL(`http://site${page}`).pathname ? pageFile : resolvePath(url.pathname, exists);
  if (!target) return { page, link: href, problem: 'no such page' };
  const fragment = url.hash.slice(1);
  // "#top" scrolls to the top by the HTML standard; every other fragment, Starlight's "#_top" included, needs its element.
  if (fragment && fragment !== 'top' && !fragment.startsWith(':~:')) {
    let id = fragment;
    try {
      id = decodeURIComponent(fragment);
    } catch {
      /* keep as written */
    }
    if (!hasFragment(idsOf(target), id)) return { page, link: href, problem: `no element with id “${id}”` };
  }
  return undefined;
}
