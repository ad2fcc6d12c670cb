/** The contract between the import CLI and a document's import profile. */
import type { MappedSource, SourceMap } from '../provenance/source-map.ts';

export interface ImportContext {
  /** Document id: the source file name without .txt. */
  document: string;
  file: string;
  /** Raw source lines; lines[0] is line 1. */
  lines: readonly string[];
  map: SourceMap;
  /** The source after the map's drops, edits, extractions and moves. */
  mapped: MappedSource;
}

export interface DraftPage {
  /** File name without .mdx; "index" is the document's landing page. */
  slug: string;
  frontmatter: {
    title: string;
    sidebarLabel?: string;
    description?: string;
    document: string;
    order: number;
    docType?: string;
    chapter?: string;
    source: { file: string; lines: [number, number] };
  };
  /** MDX body. */
  body: string;
}

/** Turns one source document into draft pages: the legacy per-document profiles in scripts/import/profiles/, for documents not yet moved to a review file. */
export interface DocumentProfile {
  document: string;
  pages(context: ImportContext): DraftPage[];
}
