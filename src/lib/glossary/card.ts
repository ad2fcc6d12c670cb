/**
 * The short form of a glossary definition, as the hover cards in documents,
 * the entry pages' meta descriptions and /glossary.json show it. Where the
 * sources define the term, the short form is their definition verbatim,
 * shortened only with …, and names where it is quoted from; where they do
 * not, it is the editors' text and says so with the entry page's label,
 * 编者释义. Pure: the build check (editorial-check.ts) and the pages share it.
 */
import { sourceLinesLabel } from '../provenance/source-ref.ts';
import type { GlossaryEntry, SourceRef, TypicalBusiness } from './schema.ts';
import { EDITORIAL_DEFINITION_LABEL, isEllipsisExcerpt, leadExcerpt } from '../editorial/text-rules.ts';
import { sourcePartTitle } from './glossary.ts';

/** Longest short form; longer definitions are cut at a sentence or inside it, with …. */
export const CARD_MAX = 120;

export type GlossaryCard =
  | { kind: 'source'; text: string; source: SourceRef }
  | { kind: 'editorial'; text: string; label: typeof EDITORIAL_DEFINITION_LABEL };

type CardEntry = Pick<GlossaryEntry, 'shortDefinition' | 'definition'>;

/** The card of an entry: its `shortDefinition` or, without one, the definition's first sentence. */
export function glossaryCard(entry: CardEntry): GlossaryCard {
  const text = entry.shortDefinition ?? leadExcerpt(entry.definition.text, CARD_MAX);
  if (entry.definition.editorial || !entry.definition.source) {
    return { kind: 'editorial', text, label: EDITORIAL_DEFINITION_LABEL };
  }
  return { kind: 'source', text, source: entry.definition.source };
}

/** The card's text alone (see cardLine for places that show no label). */
export function shortDefinitionOf(entry: CardEntry): string {
  return glossaryCard(entry).text;
}

/** The card of a typical business: the explanation the source gives after its name. */
export function typicalBusinessCard(tb: Pick<TypicalBusiness, 'text' | 'source'>): GlossaryCard {
  return { kind: 'source', text: leadExcerpt(tb.text, CARD_MAX), source: tb.source };
}

/** The card as one line of text, for places that show no label of their own (meta descriptions, JSON). */
export function cardLine(card: GlossaryCard): string {
  return card.kind === 'editorial' ? `${card.label}：${card.text}` : card.text;
}


/**
 * Where a quoted card is from, in the compact form a card has room for:
 * "《服务外包统计操作指引》第 32–36 行". `titles` maps source files to document titles.
 */
export function cardCitation(source: SourceRef, titles: ReadonlyMap<string, string>): string {
  const work = sourcePartTitle(source.file, source.lines[0]) ?? titles.get(source.file) ?? source.file;
  return `《${work.replace(/^《|》$/g, '')}》${sourceLinesLabel(source)}`;
}

export interface CardProblem {
  message: string;
  fix: string;
}

/**
 * Why an entry's short form may not be published, or undefined: a sourced
 * entry's `shortDefinition` must be its quoted definition, shortened only
 * with …; an editorial entry's is the site's own and carries 编者释义.
 */
export function cardProblem(entry: CardEntry): CardProblem | undefined {
  const card = glossaryCard(entry);
  if (card.text.length > CARD_MAX) {
    return {
      message: `shortDefinition has ${card.text.length} characters; cards show at most ${CARD_MAX}`,
      fix: `shorten it with … (e.g. “${leadExcerpt(entry.definition.text, CARD_MAX)}”)`,
    };
  }
  if (card.kind === 'editorial' || isEllipsisExcerpt(card.text, entry.definition.text)) return undefined;
  return {
    message: `shortDefinition “${card.text}” is not the quoted definition: cards show the source’s words, shortened only with …`,
    fix:
      `copy it from definition.text and mark each omission with … (e.g. “${leadExcerpt(entry.definition.text, CARD_MAX)}”), ` +
      'or delete shortDefinition to show the first sentence; if the sources give no definition, set definition.editorial: true (shown as 编者释义)',
  };
}
