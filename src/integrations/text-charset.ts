/**
 * `astro preview` (and so `npm start`) serves .txt and .csv with
 * `; charset=utf-8`, so that browsers show the Chinese source texts and data
 * files correctly instead of guessing an encoding.
 *
 * Why a patch: the preview server is Vite's, whose static file handler (sirv)
 * adds a charset to text/html only and passes the type to res.writeHead();
 * Astro builds the preview server's Vite config without the project's Vite
 * plugins, so there is no place for a middleware. In the preview process only,
 * this wraps ServerResponse.writeHead to add the charset to the text types
 * that lack one. Built pages and `astro dev` are not affected (the endpoints
 * already declare their charset).
 */
import { ServerResponse } from 'node:http';
import type { AstroIntegration } from 'astro';

/** Types served as UTF-8 text: what a deployment's server must label with charset=utf-8 too. */
export const UTF8_TEXT_TYPES = ['text/plain', 'text/csv', 'application/json'] as const;

/** Adds "; charset=utf-8" to a UTF-8 text type without a charset; other values unchanged. */
export function withUtf8Charset(contentType: string): string {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  if (!(UTF8_TEXT_TYPES as readonly string[]).includes(type) || /charset=/i.test(contentType)) return contentType;
  return `${contentType}; charset=utf-8`;
}

let patched = false;

function patchWriteHead(): void {
  if (patched) return;
  patched = true;
  const writeHead = ServerResponse.prototype.writeHead;
  ServerResponse.prototype.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    const headers = args.find((a, i) => i > 0 && a && typeof a === 'object' && !Array.isArray(a)) as Record<string, unknown> | undefined;
    const key = headers && Object.keys(headers).find((k) => k.toLowerCase() === 'content-type');
    if (headers && key && typeof headers[key] === 'string') headers[key] = withUtf8Charset(headers[key] as string);
    const set = this.getHeader('content-type');
    if (typeof set === 'string') this.setHeader('content-type', withUtf8Charset(set));
    return (writeHead as (...a: unknown[]) => ServerResponse).apply(this, args);
  } as typeof writeHead;
}

export default function textCharset(): AstroIntegration {
  return {
    name: 'text-charset',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'preview') patchWriteHead();
      },
    },
  };
}
