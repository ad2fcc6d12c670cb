/**
 * Query and index text are normalized the same way: full-width forms to
 * half-width (ＩＴＯ → ITO) by NFKC, Latin lower-cased, and traditional
 * characters mapped to the simplified ones the documents use (服務 → 服务).
 */

/** Traditional → simplified character map, restricted to characters that matter for this corpus. */
export type T2S = Readonly<Record<string, string>>;

export function normalizeText(text: string, t2s: T2S = {}): string {
  let out = '';
  for (const ch of text.normalize('NFKC').toLowerCase()) out += t2s[ch] ?? ch;
  return out;
}
