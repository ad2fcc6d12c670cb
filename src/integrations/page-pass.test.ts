import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroPrerenderer } from 'astro';
import { afterEach, describe, expect, it } from 'vitest';
import { addPageJob, sharedPagePass, tapRenderedPages } from './page-pass.ts';
import siteChecks from './site-checks.ts';
import contentSecurityPolicy from './csp.ts';

const ROOT = join(import.meta.dirname, '../..');
const page = (body: string) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>页</title></head><body>${body}</body></html>`;

/** A prerenderer that renders each path to the given response, and the one tapRenderedPages puts in its place. */
function tapped(responses: Record<string, () => Response>): AstroPrerenderer {
  const base: AstroPrerenderer = {
    name: 'fake',
    getStaticPaths: async () => [],
    render: async (request) => responses[new URL(request.url).pathname]!(),
  };
  let wrapped: AstroPrerenderer | undefined;
  tapRenderedPages((make) => {
    wrapped = make(base);
  });
  return wrapped!;
}
const render = (prerenderer: AstroPrerenderer, path: string) =>
  prerenderer.render(new Request(`http://localhost${path}`), { routeData: {} as never }) as Promise<Response>;

let dist = '';
afterEach(() => {
  if (dist) rmSync(dist, { recursive: true, force: true });
  dist = '';
});

describe('the page pass seen as Astro renders', () => {
  it('applies the transforms before the page is written and shows every job the final page; other responses pass untouched', async () => {
    const seen: string[] = [];
    addPageJob({ transform: (html) => html.replace('<body>', '<body class="t">') });
    addPageJob({ rendered: (html, url) => void seen.push(`${url} ${html.includes('class="t"')}`) });
    const prerenderer = tapped({
      '/a/': () => new Response(page('<p>甲</p>'), { headers: { 'content-type': 'text/html' } }),
      '/data.json': () => new Response('{"x":1}', { headers: { 'content-type': 'application/json' } }),
    });
    const html = await (await render(prerenderer, '/a/')).text();
    const json = await (await render(prerenderer, '/data.json')).text();
    expect(html).toContain('<body class="t"><p>甲</p>');
    expect(json).toBe('{"x":1}');
    expect(seen).toEqual(['/a/ true']);
    // The registry is this build's: the pass takes the jobs (and empties it for the next build).
    dist = mkdtempSync(join(tmpdir(), 'page-pass-'));
    await sharedPagePass(dist);
  });

  /**
   * The site checks as a build starts them, over a fake prerenderer that renders each path to the
   * given HTML; `before` registers other jobs first, as astro.config.mjs orders them.
   */
  function siteChecksBuild(htmlOf: (path: string) => string, before?: () => void) {
    const hooks = siteChecks().hooks as Record<string, (options: unknown) => unknown>;
    hooks['astro:config:done']!({ config: { root: pathToFileURL(`${ROOT}/`) } });
    const base: AstroPrerenderer = {
      name: 'fake',
      getStaticPaths: async () => [],
      render: async (request) => new Response(htmlOf(new URL(request.url).pathname), { headers: { 'content-type': 'text/html; charset=utf-8' } }),
    };
    before?.();
    let prerenderer: AstroPrerenderer | undefined;
    hooks['astro:build:start']!({ setPrerenderer: (make: (b: AstroPrerenderer) => AstroPrerenderer) => (prerenderer = make(base)) });
    if (!prerenderer) throw new Error('the site checks did not set a prerenderer');
    return { hooks, prerenderer };
  }

  it('fails the build on invalid HTML found while rendering, and checks again a page changed after it was rendered', async () => {
    dist = mkdtempSync(join(tmpdir(), 'page-pass-'));
    const { hooks, prerenderer } = siteChecksBuild((path) => (path === '/dup/' ? page('<p id="x">一</p><p id="x">二</p>') : page('<p>好</p>')));
    for (const path of ['/dup/', '/fine/']) {
      const html = await (await render(prerenderer, path)).text();
      mkdirSync(join(dist, path), { recursive: true });
      // /fine/ is changed after rendering (as a later step might): the pass must check the page as written.
      writeFileSync(join(dist, path, 'index.html'), path === '/fine/' ? html.replace('<p>好</p>', '<p id="y">好</p><p id="y">又</p>') : html);
    }
    const logger = { info: () => {}, warn: () => {} };
    const done = hooks['astro:build:done']!({ dir: pathToFileURL(`${dist}/`), logger }) as Promise<void>;
    const error = await done.then(() => undefined, (e: Error) => e);
    expect(error?.message).toMatch(/invalid HTML on \/dup\/ \(line \d+ of the built page\): Duplicate ID "x" \[no-dup-id\]/);
    expect(error?.message).toMatch(/invalid HTML on \/fine\/ \(line \d+ of the built page\): Duplicate ID "y" \[no-dup-id\]/);
    // /dup/ was validated as it was rendered, /fine/ again in the pass; a page is reported once.
    expect(error?.message.match(/invalid HTML on \/dup\//g)).toHaveLength(1);
  });

  it('says how many pages were validated while rendering', async () => {
    dist = mkdtempSync(join(tmpdir(), 'page-pass-'));
    // The policy first, as in astro.config.mjs: pages are validated with it.
    const { hooks, prerenderer } = siteChecksBuild((path) => page(`<p>${path}</p>`), () => (contentSecurityPolicy().hooks['astro:build:start'] as () => void)());
    for (const path of ['/a/', '/b/']) {
      mkdirSync(join(dist, path), { recursive: true });
      writeFileSync(join(dist, path, 'index.html'), await (await render(prerenderer, path)).text());
    }
    const said: string[] = [];
    await (hooks['astro:build:done']!({ dir: pathToFileURL(`${dist}/`), logger: { info: (m: string) => said.push(m) } }) as Promise<void>);
    expect(said).toEqual([expect.stringMatching(/^2 pages valid HTML with rectangular tables \(2 validated while rendering\)/)]);
  });
});
