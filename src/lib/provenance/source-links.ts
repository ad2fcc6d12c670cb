/**
 * The one place that knows how the site links to a line of a source text.
 * Every "第 N 行" on the site goes to the source viewer, /sources/<document>/,
 * whose lines have ids L1, L2, …; a range is written #L120-L130, as code
 * hosts do. The raw text stays at /sources/<file>.txt for download.
 */

/** "development-report-2019.txt" → "development-report-2019". */
export function sourceDocumentId(file: string): string {
  return file.replace(/\.txt$/, '');
}

/** The source viewer of a source file: /sources/<document>/. */
export function sourceViewerUrl(file: string): string {
  return `/sources/${sourceDocumentId(file)}/`;
}

/** The raw text, verbatim, for download: /sources/<file>.txt. */
export function sourceRawUrl(file: string): string {
  return `/sources/${sourceDocumentId(file)}.txt`;
}

/** The fragment of one line or a range: "L12" or "L12-L14". */
export function lineFragment(from: number, to: number = from): string {
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 1 || to < from) {
    throw new Error(`invalid source line range ${from}–${to}: lines are whole numbers from 1, with to >= from`);
  }
  return to === from ? `L${from}` : `L${from}-L${to}`;
}

/** Link to a line or range in the source viewer: /sources/<document>/#L12 or #L12-L14. */
export function sourceLineUrl(file: string, from: number, to: number = from): string {
  return `${sourceViewerUrl(file)}#${lineFragment(from, to)}`;
}

/** Reads a fragment written by lineFragment back: "#L12-L14" → [12, 14]; anything else → undefined. */
export function parseLineFragment(hash: string): [number, number] | undefined {
  const m = /^#?L(\d+)(?:-L(\d+))?$/.exec(hash);
  if (!m) return undefined;
  const from = Number(m[1]);
  const to = m[2] ? Number(m[2]) : from;
  return from >= 1 && to >= from ? [from, to] : undefined;
}

/** "第 12 行" or "第 12–14 行", as the site writes line numbers. */
export function lineLabel(from: number, to: number = from): string {
  return to === from ? `第 ${from} 行` : `第 ${from}–${to} 行`;
}
