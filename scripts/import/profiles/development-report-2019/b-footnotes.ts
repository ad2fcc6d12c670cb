/**
 * Footnote markers for the 2019 report, part b. The source map deletes each
 * marker from its line ("长江经济带1凭借" → "长江经济带凭借"); the page needs a
 * `[^fnN]` reference exactly where the deleted digit was. These helpers find
 * that place and carry it through escaping as a control-character sentinel.
 * Pure functions, no I/O.
 */

/** Sentinel for footnote reference k: survives trimming, joining and escapeMdxText. */
export function footnoteSentinel(k: number): string {
  return `\u0001${k}\u0002`;
}

/** Replaces every sentinel in MDX text by its GFM footnote reference `[^fnK]`. */
export function resolveFootnoteSentinels(mdx: string): string {
  return mdx.replace(/\u0001(\d+)\u0002/g, (_, k: string) => `[^fn${k}]`);
}

/** True when the text still carries a sentinel (a bug if it reaches a page). */
export function hasSentinel(text: string): boolean {
  return /[\u0001\u0002]/.test(text);
}

/**
 * The offset within `find` where `replace` deleted characters. Footnote
 * markers are one contiguous deletion, so the first differing position is the
 * marker's place ("财年1，" → "财年，" gives 2).
 */
export function deletionOffset(find: string, replace: string): number {
  let i = 0;
  while (i < replace.length && find[i] === replace[i]) i++;
  const deleted = find.length - replace.length;
  if (deleted <= 0 || find.slice(i + deleted) !== replace.slice(i)) {
    throw new Error(`"${replace}" is not "${find}" with one run of characters deleted`);
  }
  return i;
}

/**
 * Applies a marker deletion to a raw source line and puts `marker` where the
 * deleted characters were: ("增长 7.0%", edit "2"→"") on a line "2" gives the
 * marker alone; "2019财年1，印度" with "财年1，"→"财年，" gives
 * "2019财年<marker>，印度".
 */
export function placeMarker(raw: string, find: string, replace: string, marker: string): string {
  const at = raw.indexOf(find);
  if (at === -1) throw new Error(`"${find}" is not in "${raw}"`);
  const offset = deletionOffset(find, replace);
  return raw.slice(0, at) + replace.slice(0, offset) + marker + replace.slice(offset) + raw.slice(at + find.length);
}
