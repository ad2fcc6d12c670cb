/**
 * Rules for the site's own words (编者注, city notes, glossary notes, the
 * bases of outside knowledge) and for short forms of quoted definitions.
 * Pure functions; src/lib/editorial/check.ts applies them to every data file
 * and src/integrations/editorial-check.ts runs them in the build.
 *
 * One form marks what the five sources do not say, placed right after the
 * statement it qualifies:
 *   〔原文未载，依据：…〕  a fact from outside the sources, and where it comes from;
 *   〔编者推断，依据：…〕  the editors' inference, and the numbers or lines it rests on.
 * The city pages show the same 〔原文未载〕 label with its 依据.
 */

export const OUTSIDE_KNOWLEDGE = '原文未载';
export const EDITORS_INFERENCE = '编者推断';
/** The label the glossary shows over a definition the sources do not give. */
export const EDITORIAL_DEFINITION_LABEL = '编者释义';
export const ELLIPSIS = '…';

export interface TextProblem {
  /** Offset in the text where the problem starts. */
  index: number;
  /** The words at fault, as written. */
  found: string;
  message: string;
  fix: string;
}

// ---------------------------------------------------------------------------
// Quoted material

/**
 * Pairs that enclose words that are not the editors' own: quotations and
 * titles. Their content is blanked before the phrase rules run, so a quoted
 * “商务部近期将出台” is never read as the site's plan.
 */
const QUOTE_PAIRS: readonly [string, string][] = [
  ['“', '”'],
  ['‘', '’'],
  ['「', '」'],
  ['『', '』'],
  ['《', '》'],
  ['"', '"'],
];

/** The text with every quotation's and title's content replaced by spaces (offsets keep their place). */
export function blankQuoted(text: string): string {
  const chars = [...text];
  const out = [...chars];
  let open: string | undefined;
  let depth = 0;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (open === undefined) {
      const pair = QUOTE_PAIRS.find(([o]) => o === c);
      if (pair) {
        open = pair[0];
        depth = 1;
      }
      continue;
    }
    const [o, close] = QUOTE_PAIRS.find(([p]) => p === open)!;
    if (c === close && (o !== close || depth === 1)) {
      depth -= 1;
      if (depth === 0) {
        open = undefined;
        continue;
      }
    } else if (c === o && o !== close) depth += 1;
    out[i] = ' '.repeat(c.length);
  }
  return out.join('');
}

// ---------------------------------------------------------------------------
// The site's plans

/**
 * Phrases by which a note talks about the site's future or pending work
 * instead of the source. Each was chosen so that it cannot be an ordinary
 * description of a source in the editors' own words; quoted text is blanked
 * first. 将 alone is not a rule: in written Chinese it is as often 把 as
 * "will", so it counts only after the site as subject (本站将 …) or before a
 * place on the site (将在术语表中 …).
 */
const SITE = '(?:本站|本页|本网站|本知识库|网站|站内|术语表|数据目录|图表|编者)';
const PLAN_RULES: readonly { pattern: RegExp; why: string }[] = [
  { pattern: /日后|今后|届时|稍后|下一版|后续版本|以后再/g, why: 'speaks of the site’s future' },
  {
    pattern: /(?:有待|尚待|待)(?:补充|补齐|补上|补出|补|重建|重绘|绘制|完善|更新|核实|核对|查证|确认|收录|添加|整理|续|定)/g,
    why: 'calls work pending',
  },
  {
    pattern: new RegExp(`${SITE}(?:日后|以后|随后|将来)?(?:将|会|计划|准备|打算|即将)`, 'g'),
    why: 'announces what the site will do',
  },
  { pattern: new RegExp(`将(?:在|于|会在)${SITE}`, 'g'), why: 'announces what the site will do' },
  {
    pattern: /(?:尚未|还未|暂未|暂不|暂无)(?:收录|重建|重绘|绘制|补充|补齐|添加|整理|上线|链接|核实)/g,
    why: 'describes the site as unfinished',
  },
];

/**
 * Advice on whether to use the source's figures: a note states the
 * discrepancy and leaves that judgement to the reader.
 */
const ADVICE = /不宜(?:直接)?(?:引用|使用|采用|混用)|不应(?:引用|采用)|请(?:查|参阅|勿)|切勿/g;

/**
 * Phrases in the editors' text (quotations and titles excluded) that refer to
 * the site's plans or state, or advise the reader how to use the source.
 */
export function findSitePlanPhrases(text: string): TextProblem[] {
  const own = blankQuoted(text);
  const problems: TextProblem[] = [];
  for (const { pattern, why } of PLAN_RULES) {
    for (const match of own.matchAll(pattern)) {
      problems.push({
        index: match.index,
        found: match[0],
        message: `“${match[0]}” ${why}: a note describes the source, not the site’s plans or state`,
        fix: 'state what the source has or lacks in the present tense (e.g. “原文未给出…”, “原图未随文本保存”) and drop the plan; where 将 means 把, write 把; where the words are the source’s, put them in “”',
      });
    }
  }
  for (const match of own.matchAll(ADVICE)) {
    problems.push({
      index: match.index,
      found: match[0],
      message: `“${match[0]}” advises the reader: a note states the discrepancy and leaves the judgement to the reader`,
      fix: 'state the facts (the two figures, their lines, what the source does not say) and drop the advice',
    });
  }
  return problems.sort((a, b) => a.index - b.index);
}

// ---------------------------------------------------------------------------
// Markers of outside knowledge and inference

const MARKER_OPEN = /〔(原文未载|编者推断)/g;

/** End of the bracket opened at `start` (nested 〔〕 such as 国函〔2016〕40 号 allowed), or -1. */
function closingBracket(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text[i] === '〔') depth += 1;
    else if (text[i] === '〕' && --depth === 0) return i;
  }
  return -1;
}

export interface Marker {
  kind: typeof OUTSIDE_KNOWLEDGE | typeof EDITORS_INFERENCE;
  basis: string;
  index: number;
}

/** The 〔原文未载，依据：…〕 and 〔编者推断，依据：…〕 markers of a text, and the malformed ones. */
export function readMarkers(text: string): { markers: Marker[]; problems: TextProblem[] } {
  const markers: Marker[] = [];
  const problems: TextProblem[] = [];
  const example = '〔原文未载，依据：国务院 2016 年的批复（国函〔2016〕40 号）〕';
  for (const match of text.matchAll(MARKER_OPEN)) {
    const kind = match[1] as Marker['kind'];
    const end = closingBracket(text, match.index);
    const inner = end === -1 ? text.slice(match.index + 1) : text.slice(match.index + 1, end);
    const basis = /^(?:原文未载|编者推断)，依据：(.+)$/s.exec(inner)?.[1]?.trim();
    if (end === -1 || !basis || basis.length < 4) {
      problems.push({
        index: match.index,
        found: end === -1 ? text.slice(match.index, match.index + 12) : text.slice(match.index, end + 1),
        message: `a ${kind} marker must name its basis and close with 〕`,
        fix: `write it as 〔${kind}，依据：<where the statement comes from>〕, e.g. ${example}`,
      });
      continue;
    }
    markers.push({ kind, basis, index: match.index });
  }
  return { markers, problems };
}

// ---------------------------------------------------------------------------
// Short forms of quoted definitions

/**
 * Whether `excerpt` is `quote` shortened only with ellipses: the parts
 * between the … marks occur in the quote in order, without overlap, and a …
 * stands wherever text is left out (at the start, between parts, at the end).
 * Nothing else may differ: not a character, not a space.
 */
export function isEllipsisExcerpt(excerpt: string, quote: string): boolean {
  const parts = excerpt.split(ELLIPSIS);
  const last = parts.length - 1;
  if (parts.every((p) => p === '')) return false;
  let at = 0;
  for (let i = 0; i <= last; i++) {
    const part = parts[i]!;
    if (part === '') {
      if (i > 0 && i < last) return false; // "……": an ellipsis that leaves out nothing between two others
      continue;
    }
    if (i === 0) {
      if (!quote.startsWith(part)) return false;
      at = part.length;
      continue;
    }
    // An ellipsis stands before this part, so at least one character is left out.
    const found = quote.indexOf(part, at + 1);
    if (found === -1) return false;
    at = found + part.length;
  }
  return parts[last] === '' ? at < quote.length : at === quote.length;
}

/**
 * The first sentence of a quotation, with … where text is left out after it;
 * a first sentence longer than `max` characters is cut inside.
 */
export function leadExcerpt(quote: string, max = 120): string {
  const sentence = /^[^。！？]*[。！？]+/.exec(quote)?.[0] ?? quote;
  const more = sentence.length < quote.length;
  if (sentence.length + (more ? 1 : 0) <= max) return more ? `${sentence}${ELLIPSIS}` : sentence;
  return `${sentence.slice(0, max - 1)}${ELLIPSIS}`;
}
