/**
 * The Content Security Policy of a built page, as a <meta http-equiv> tag.
 * Written after the build (src/integrations/csp.ts) because only the final
 * HTML holds every inline script: Astro's `security.csp` hashes the scripts
 * it bundles but not Starlight's `is:inline` ones (theme, sidebar), which it
 * would block. Every inline script and <style> is allowed by its SHA-256 and
 * nothing else inline runs. Style attributes stay allowed (style-src-attr):
 * the charts colour their marks with style="fill:var(--chart-1)", and a style
 * attribute cannot run code. Pagefind compiles WebAssembly ('wasm-unsafe-eval').
 * No other host is allowed: the site loads nothing from elsewhere.
 */
import { createHash } from 'node:crypto';

const EXECUTABLE = /^(?:|module|text\/javascript|application\/javascript)$/i;

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The inline scripts (executable ones only) and <style> elements of a page, as the browser hashes them. */
export function inlineBlocks(html: string): { scripts: string[]; styles: string[] } {
  const scripts: string[] = [];
  const styles: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = m[1]!;
    if (/\ssrc\s*=/i.test(attributes)) continue;
    const type = /\stype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1] ?? '';
    if (EXECUTABLE.test(type)) scripts.push(m[2]!);
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) styles.push(m[1]!);
  return { scripts, styles };
}

export function pagePolicy(html: string): string {
  const { scripts, styles } = inlineBlocks(html);
  const unique = (texts: string[]) => [...new Set(texts.map(sha256))].join(' ');
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${unique(scripts)}`.trimEnd(),
    `style-src 'self' ${unique(styles)}`.trimEnd(),
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

const META = /<meta http-equiv="content-security-policy"[^>]*>/i;

/**
 * The page with its policy right after <meta charset> (which must stay within
 * the first 1024 bytes), before any script: a policy covers only what follows it.
 */
export function withPolicy(html: string): string {
  const tag = `<meta http-equiv="content-security-policy" content="${pagePolicy(html.replace(META, ''))}">`;
  if (META.test(html)) return html.replace(META, tag);
  if (/<meta charset[^>]*>/i.test(html)) return html.replace(/<meta charset[^>]*>/i, (charset) => `${charset}${tag}`);
  return html.replace(/<head\b[^>]*>/i, (head) => `${head}${tag}`);
}

/** Inline scripts of a page that its policy does not allow (none after withPolicy). */
export function unhashedScripts(html: string): string[] {
  const policy = META.exec(html)?.[0] ?? '';
  return inlineBlocks(html).scripts.filter((script) => !policy.includes(sha256(script)));
}
