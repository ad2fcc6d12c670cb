/**
 * Typo correction to one close known term. Most typing errors in Chinese are
 * a wrong character of the same sound, picked from the input method's list
 * (业务流成外包, 哈尔宾), so a substitution by a character sharing a reading
 * costs less than any other. A term is proposed only when one character of a
 * stretch of the query differs from it; the stretch must not already be a
 * known word. Readings come from pinyin-pro at build time (pinyin.json:
 * syllable → characters), loaded only when a correction is tried.
 */

/** Syllable (toneless) → the characters read so. */
export type PinyinTable = Readonly<Record<string, string>>;

export class Readings {
  private readonly byChar = new Map<string, string[]>();
  constructor(table: PinyinTable) {
    for (const [syllable, chars] of Object.entries(table)) {
      for (const ch of chars) {
        const list = this.byChar.get(ch);
        if (list) list.push(syllable);
        else this.byChar.set(ch, [syllable]);
      }
    }
  }
  homophones(a: string, b: string): boolean {
    const ra = this.byChar.get(a);
    const rb = this.byChar.get(b);
    return !!ra && !!rb && ra.some((r) => rb.includes(r));
  }
}

export interface Candidate {
  term: string;
  /** A site name (glossary, city …) rather than a document word. */
  isName: boolean;
  /** How many sections use it. */
  count: number;
}

export interface Correction {
  from: string;
  to: string;
  /** Position of `from` in the text. */
  at: number;
}

/**
 * The best single-term correction of a Chinese text, or undefined. A term of
 * three characters is accepted only with a same-sound substitution; from four
 * characters on, any one substitution. A two-character site name (a city, a
 * glossary entry: 苏州, 众包) only when it is the whole text and by sound: two
 * characters inside a longer query are too easily another word.
 */
export function correct(text: string, candidates: readonly Candidate[], readings: Readings, isKnown: (s: string) => boolean): Correction | undefined {
  const chars = [...text];
  let best: { c: Correction; cost: number; cand: Candidate } | undefined;
  for (const cand of candidates) {
    const term = [...cand.term];
    const n = term.length;
    const wholeShortName = n === 2 && cand.isName && chars.length === 2;
    if ((n < 3 && !wholeShortName) || n > chars.length) continue;
    for (let at = 0; at + n <= chars.length; at++) {
      let diff = -1;
      let ok = true;
      for (let k = 0; k < n; k++) {
        if (chars[at + k] === term[k]) continue;
        if (diff !== -1) {
          ok = false;
          break;
        }
        diff = k;
      }
      if (!ok || diff === -1) continue;
      if (!/[\u3400-\u9fff]/.test(chars[at + diff]!)) continue;
      const homophone = readings.homophones(chars[at + diff]!, term[diff]!);
      if (!homophone && n < 4) continue;
      const from = chars.slice(at, at + n).join('');
      if (isKnown(from)) continue;
      const cost = homophone ? 0.5 : 1;
      const better =
        !best ||
        cost < best.cost ||
        (cost === best.cost && n > [...best.c.to].length) ||
        (cost === best.cost && n === [...best.c.to].length && (Number(cand.isName) - Number(best.cand.isName) || cand.count - best.cand.count) > 0);
      if (better) best = { c: { from, to: cand.term, at: chars.slice(0, at).join('').length }, cost, cand };
    }
  }
  return best?.c;
}
