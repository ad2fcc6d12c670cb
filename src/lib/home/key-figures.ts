/** Headline numbers on the home page, each citing the line of the 2019 report it comes from. */
import { z } from 'astro/zod';

export const KEY_FIGURES_DOCUMENT = 'development-report-2019';

export const keyFigureSchema = z.object({
  label: z.string(),
  /** As printed in the source. */
  value: z.string().regex(/^[\d.]+$/),
  unit: z.string(),
  year: z.number().int(),
  /** Source line where the number is printed. */
  line: z.number().int().positive(),
  /** Document page and heading id of the section that holds the sentence. */
  page: z.string(),
  anchor: z.string(),
});
export type KeyFigure = z.infer<typeof keyFigureSchema>;

/** Link to the section, asking the page to highlight the number (see scripts/highlight.ts). */
export function keyFigureHref(figure: KeyFigure): string {
  return `/reports/${KEY_FIGURES_DOCUMENT}/${figure.page}/?hl=${encodeURIComponent(figure.value)}#${figure.anchor}`;
}
