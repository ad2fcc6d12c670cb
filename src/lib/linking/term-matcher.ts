/**
 * Finds glossary terms in running text, for linking the first mention of a
 * term in each section of a document page (issue #5, item 11) and for the
 * 出现在 backlinks. Pure and deterministic; wiring it into the Markdown
 * pipeline is a separate step.
 *
 * Rules:
 * - Leftmost, then longest match over the whole term list; matches never
 *   overlap. A longer term covers the shorter ones inside it, so
 *   "信息技术服务外包" never yields "技术服务外包" or "服务外包".
 * - CJK-aware: there are no word boundaries in Chinese, so none are required
 *   around Chinese characters. A form that begins or ends with a Latin letter
 *   or digit must not touch another Latin letter or digit on that side:
 *   "ITO" matches in "ITO服务" and "（ITO）" but not in "ITOS" or "PITO".
 * - Latin letters match case-sensitively ("ITO", not "ito"). A space in a
 *   form matches any run of whitespace, or none ("IT 咨询服务" = "IT咨询服务").
 * - A form may refuse to match right after given strings (`notAfter`), so
 *   that "技术服务外包" (K8) does not match inside "区块链技术服务外包".
 * - Ambiguous forms (and forms whose text two different targets claim) are
 *   matched, so that they cover their span, but never linked. A caller that
 *   knows the context can resolve them (`resolve`).
 * - Segments marked `skip` (headings, existing links, figures, code, an
 *   author's per-occurrence opt-out) are neither searched nor counted.
 */

export interface MatcherForm {
  /** Surface form as written in documents. */
  text: string;
  /** What a match links to, e.g. "/glossary/k75/". */
  target: string;
  /** Stands for different things in different documents: never linked unless resolved. */
  ambiguous?: boolean;
  /** False for everyday phrases that should not be linked (still searched, still covers its span). */
  autolink?: boolean;
  /** Never match right after one of these strings (技术服务外包 inside 区块链技术服务外包). */
  notAfter?: readonly string[];
}

export interface TermMatch {
  start: number;
  end: number;
  /** The text matched, as it stands in the input. */
  text: string;
  /** The form that matched. */
  form: string;
  /** Target, or undefined when the form is ambiguous in this context. */
  target: string | undefined;
  /** Whether the match may become a link. */
  linkable: boolean;
}

export interface MatcherOptions {
  /**
   * Context-specific meanings: form text → target, or null to never link it.
   * E.g. on the statistics guide's pages, { 信息技术服务外包: '/glossary/i2/' }.
   */
  resolve?: Readonly<Record<string, string | null>>;
  /** Targets never to link (e.g. the page's own entry). */
  exclude?: ReadonlySet<string>;
}

interface Candidate {
  text: string;
  notAfter: readonly string[];
  target: string | undefined;
  linkable: boolean;
  /** Length of the form without whitespace, for tie-breaking. */
  weight: number;
}

const LATIN = /[A-Za-z0-9]/;

export interface TermMatcher {
  /** All non-overlapping matches in `text`, linkable or not, in order. */
  find(text: string): TermMatch[];
}

export function createMatcher(forms: readonly MatcherForm[], options: MatcherOptions = {}): TermMatcher {
  // Merge forms by text: a text claimed by different targets is ambiguous.
  const byText = new Map<string, { targets: Set<string>; ambiguous: boolean; autolink: boolean; notAfter: Set<string> }>();
  for (const form of forms) {
    const text = form.text.trim();
    if (!text) continue;
    const entry = byText.get(text) ?? { targets: new Set<string>(), ambiguous: false, autolink: true, notAfter: new Set<string>() };
    entry.targets.add(form.target);
    entry.ambiguous ||= form.ambiguous ?? false;
    entry.autolink &&= form.autolink ?? true;
    form.notAfter?.forEach((p) => entry.notAfter.add(p));
    byText.set(text, entry);
  }
  const byFirst = new Map<string, Candidate[]>();
  for (const [text, info] of byText) {
    let target: string | undefined = info.targets.size === 1 && !info.ambiguous ? [...info.targets][0] : undefined;
    if (options.resolve && text in options.resolve) target = options.resolve[text] ?? undefined;
    const linkable = target !== undefined && info.autolink && !options.exclude?.has(target);
    const candidate = { text, notAfter: [...info.notAfter].sort(), target, linkable, weight: text.replace(/\s+/g, '').length };
    const first = text.charAt(0);
    byFirst.set(first, [...(byFirst.get(first) ?? []), candidate]);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.weight - a.weight || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));

  return {
    find(input: string): TermMatch[] {
      const out: TermMatch[] = [];
      let i = 0;
      while (i < input.length) {
        const candidates = byFirst.get(input.charAt(i));
        let best: { end: number; candidate: Candidate } | undefined;
        if (candidates && !(LATIN.test(input.charAt(i)) && LATIN.test(input.charAt(i - 1)))) {
          for (const candidate of candidates) {
            if (candidate.notAfter.some((p) => input.slice(Math.max(0, i - p.length), i) === p)) continue;
            const end = matchAt(input, i, candidate.text);
            if (end === -1) continue;
            if (LATIN.test(input.charAt(end - 1)) && LATIN.test(input.charAt(end))) continue;
            if (!best || end - i > best.end - i) best = { end, candidate };
          }
        }
        if (best) {
          const { end, candidate } = best;
          out.push({
            start: i,
            end,
            text: input.slice(i, end),
            form: candidate.text,
            target: candidate.target,
            linkable: candidate.linkable,
          });
          i = end;
        } else {
          i++;
        }
      }
      return out;
    },
  };
}

/** End index of `form` matched at `start` in `input`, or -1. Whitespace in the form matches any whitespace or none. */
function matchAt(input: string, start: number, form: string): number {
  let i = start;
  let j = 0;
  while (j < form.length) {
    if (/\s/.test(form.charAt(j))) {
      while (j < form.length && /\s/.test(form.charAt(j))) j++;
      while (i < input.length && /\s/.test(input.charAt(i))) i++;
      continue;
    }
    if (input.charAt(i) !== form.charAt(j)) return -1;
    i++;
    j++;
  }
  return i;
}

export interface TextSegment {
  text: string;
  /** Not searched: headings, existing links, figures, code, author opt-outs. */
  skip?: boolean;
  /** Section the segment belongs to; "first mention" is counted per section. */
  section?: string;
}

export interface SegmentLinks {
  segment: number;
  matches: TermMatch[];
}

/**
 * The links to make in a page: in each section, the first linkable mention of
 * each target, and nothing in skipped segments. Returns one entry per segment
 * that gets at least one link.
 */
export function firstMentions(segments: readonly TextSegment[], matcher: TermMatcher): SegmentLinks[] {
  const seen = new Map<string, Set<string>>();
  const out: SegmentLinks[] = [];
  segments.forEach((segment, index) => {
    if (segment.skip) return;
    const section = segment.section ?? '';
    const done = seen.get(section) ?? new Set<string>();
    seen.set(section, done);
    const matches = matcher.find(segment.text).filter((m) => {
      if (!m.linkable || !m.target || done.has(m.target)) return false;
      done.add(m.target);
      return true;
    });
    if (matches.length) out.push({ segment: index, matches });
  });
  return out;
}
