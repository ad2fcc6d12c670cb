/**
 * Explicit heading ids.
 *
 * Document headings carry a hand-chosen ASCII id so that links from other
 * pages, glossary backlinks and training slides survive edits to the Chinese
 * wording. MDX cannot parse the common `{#id}` suffix (it reads braces as a
 * JavaScript expression), so in MDX the id is written as a comment expression:
 *
 *     ## 第一节 总体情况 {/* #overview *\/}
 *
 * In plain Markdown the `{#id}` suffix is also accepted.
 */

/** Ids are lower-case ASCII: letters, digits and single hyphens. */
export const HEADING_ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

const MDX_COMMENT_ID = /^\s*\/\*\s*#([^\s*]+)\s*\*\/\s*$/;
const MARKDOWN_SUFFIX_ID = /\s*\{#([^\s}]+)\}\s*$/;

/** Reads an id from the value of an MDX expression such as `/* #overview *\/`. */
export function idFromMdxComment(expression: string): string | undefined {
  return MDX_COMMENT_ID.exec(expression)?.[1];
}

/** Splits a Markdown heading text `标题 {#id}` into text and id. */
export function splitMarkdownSuffixId(text: string): { text: string; id?: string } {
  const match = MARKDOWN_SUFFIX_ID.exec(text);
  if (!match) return { text };
  return { text: text.slice(0, match.index), id: match[1] };
}

export function isValidHeadingId(id: string): boolean {
  return HEADING_ID_PATTERN.test(id);
}
