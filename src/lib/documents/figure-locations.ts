/** Where each figure and table stands: the document page whose MDX contains its <Figure>/<TableBlock>. */
import { documentUrl } from './routes.ts';

export function figureLocations(pages: readonly { document: string; page: string; body: string }[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const { document, page, body } of pages) {
    for (const m of body.matchAll(/<(?:Figure|TableBlock)\s+id="([a-z0-9-]+)"/g)) {
      found.set(`${document}/${m[1]}`, `${documentUrl(document, page)}#${m[1]}`);
    }
  }
  return found;
}
