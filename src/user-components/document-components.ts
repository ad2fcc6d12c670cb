import Box from './Box.astro';
import EditorNote from './EditorNote.astro';
import Figure from './Figure.astro';
import TableBlock from './TableBlock.astro';

/** Components available to document MDX without an import line. */
export const documentComponents = { Box, EditorNote, Figure, TableBlock };
