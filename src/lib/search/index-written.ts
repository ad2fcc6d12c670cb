/**
 * Whether Pagefind wrote the whole index. Its indexer is a separate process
 * (`pagefind_extend`); when the system kills it (out of memory on a large
 * corpus: 17 GB at 100 copies of the documents), the Node API can return
 * without an error, and the build would publish a search that finds
 * nothing. So the build compares what Pagefind's entry file says it holds
 * with the sections it was given, and stops when they differ.
 */
export function indexWrittenProblem(entryJson: string | undefined, fragments: number, sections: number): string | undefined {
  const fix =
    'Fix: rebuild; if it happens again, give the build more memory (NODE_OPTIONS does not cover Pagefind\'s own process) or index fewer sections (README, Deployment).';
  if (entryJson === undefined) return `search-index: Pagefind wrote no pagefind-entry.json for ${sections} sections (its process may have been killed, e.g. out of memory). ${fix}`;
  let pages = 0;
  try {
    const entry = JSON.parse(entryJson) as { languages?: Record<string, { page_count?: number }> };
    pages = Object.values(entry.languages ?? {}).reduce((sum, l) => sum + (l.page_count ?? 0), 0);
  } catch {
    return `search-index: Pagefind's pagefind-entry.json is not valid JSON (its process may have been killed while writing). ${fix}`;
  }
  if (pages !== sections || fragments !== sections) {
    return `search-index: Pagefind holds ${pages} pages and wrote ${fragments} fragments for ${sections} sections (its process may have been killed, e.g. out of memory). ${fix}`;
  }
  return undefined;
}
