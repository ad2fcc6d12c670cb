/**
 * Astro integration: after the build, reads every page a reader gets and
 * checks it whole: html-validate (the repository's .htmlvalidate.json, which
 * includes unique ids), rectangular tables, and every sourced number where it
 * is shown (src/lib/checks/numbers.ts). Any problem fails `astro build`,
 * naming the file a person edits where the page has one.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { createHash } from 'node:crypto';
import type { BuiltPage } from '../lib/checks/built-site.ts';
import { addPageJob, runPageJobs, sharedPagePass, tapRenderedPages, type PageJob } from './page-pass.ts';
import { verifyNumbers } from '../lib/checks/numbers.ts';
import { unhashedScripts } from '../lib/site/csp.ts';
import { pageSource } from '../lib/checks/page-sources.ts';
import { ContentCheckError, type ContentProblem } from '../lib/checks/problems.ts';
import { handedOver, handOff, passInFreshProcess } from './post-build.ts';

export interface SiteCheckResult {
  pages: number;
  /** Pages html-validate checked while Astro rendered them (the rest: in the pass after the build). */
  validatedEarly?: number;
  numbers: number;
  problems: ContentProblem[];
}

interface ValidatorMessage {
  line: number;
  message: string;
  ruleId: string;
}

/**
 * html-validate on a pool of worker threads, one per core (html-validate-worker.mjs):
 * it is most of this check's time, and pages are independent. Node's worker_threads
 * rather than a library, since a pool of a few lines is all this needs.
 */
/**
 * Each worker's heap is capped: V8 grows a heap it has room for and collects
 * it lazily, so uncapped workers held gigabytes of garbage on large corpora.
 * A page needs a few megabytes; the cap leaves room for pages many times
 * larger than any the site has.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 32 };

function validatorPool(config: unknown) {
  const size = Math.max(1, availableParallelism());
  const workers = Array.from({ length: size }, () => new Worker(new URL('./html-validate-worker.mjs', import.meta.url), { workerData: { config }, resourceLimits: WORKER_LIMITS }));
  const waiting = new Map<number, { resolve: (m: ValidatorMessage[]) => void; reject: (e: Error) => void }>();
  let failed: Error | undefined;
  // Pages wait in the workers' queues, at most a few per worker (room()), so memory does not grow with the site.
  let roomFor: (() => void)[] = [];
  const settled = () => {
    if (waiting.size < 2 * size) for (const wake of roomFor.splice(0)) wake();
    // An idle pool does not keep the process alive: a build that fails while rendering still exits.
    if (waiting.size === 0) for (const worker of workers) worker.unref();
  };
  for (const worker of workers) {
    worker.unref();
    worker.on('message', ({ id, messages, error }: { id: number; messages?: ValidatorMessage[]; error?: string }) => {
      const job = waiting.get(id)!;
      waiting.delete(id);
      if (error !== undefined) job.reject(new Error(`html-validate: ${error}`));
      else job.resolve(messages!);
      settled();
    });
    worker.on('error', (error) => {
      failed = error;
      for (const job of waiting.values()) job.reject(error);
      waiting.clear();
      settled();
    });
  }
  let next = 0;
  return {
    size,
    validate: (html: string, file: string) =>
      new Promise<ValidatorMessage[]>((resolve, reject) => {
        if (failed) return reject(failed);
        const id = next++;
        if (waiting.size === 0) for (const worker of workers) worker.ref();
        waiting.set(id, { resolve, reject });
        workers[id % size]!.postMessage({ id, html, file });
      }),
    /** Resolves when the workers have room for another page. */
    room: () => (waiting.size < 2 * size || failed ? Promise.resolve() : new Promise<void>((wake) => roomFor.push(wake))),
    close: () => Promise.all(workers.map((w) => w.terminate())),
  };
}

/** A page's identity for results computed before the pass: its HTML's SHA-1. */
const htmlDigest = (html: string) => createHash('sha1').update(html).digest('base64');

/** Checks every built page of `dist`; `root` is the repository (sources/ and .htmlvalidate.json). */
export async function checkBuiltSite(root: string, dist: string): Promise<SiteCheckResult> {
  const job = siteCheckJob(root);
  await runPageJobs(dist, [job]);
  return job.result();
}

/**
 * The site checks as a job of the page pass (page-pass.ts): each page is
 * checked as it comes, html-validate runs on the worker pool, and the results
 * are in after the pass (`result`).
 */
function siteCheckJob(root: string): PageJob & { result: () => SiteCheckResult; validatedWhileRendering: () => Promise<[string, ValidatorMessage[]][]> } {
  let pool: ReturnType<typeof validatorPool> | undefined;
  const poolOf = () => (pool ??= validatorPool(JSON.parse(readFileSync(join(root, '.htmlvalidate.json'), 'utf8'))));
  // html-validate's findings for the pages validated while Astro rendered them, by their HTML (htmlDigest).
  const early = new Map<string, Promise<ValidatorMessage[]>>();
  let validatedEarly = 0;
  // In the process that continues `astro build` (post-build.ts): what Astro's process validated while rendering.
  for (const [digest, messages] of handedOver<[string, ValidatorMessage[]][]>('site-checks') ?? []) {
    early.set(digest, Promise.resolve(messages));
    validatedEarly++;
  }
  const sources = new Map<string, string[] | undefined>();
  const lines = (file: string) => {
    if (!sources.has(file)) {
      const path = join(root, 'sources', file);
      sources.set(file, /^[\w.-]+$/.test(file) && existsSync(path) ? readFileSync(path, 'utf8').replace(/\n$/, '').split('\n') : undefined);
    }
    return sources.get(file);
  };
  const problems: ContentProblem[] = [];
  let numbers = 0;
  let pages = 0;
  // Each page's problems in the order they have always been reported: the text checks, then
  // html-validate's (from the pool), then the numbers'. Pages are reported in file order; only a
  // few pages are in the pool at once, so memory does not grow with the site.
  const pending: { before: ContentProblem[]; validated: Promise<ContentProblem[]>; after: ContentProblem[] }[] = [];
  const flush = async (keep: number) => {
    while (pending.length > keep) {
      const { before, validated, after } = pending.shift()!;
      problems.push(...before, ...(await validated), ...after);
    }
  };
  const checkPage = async ({ url: page, html, file, document }: BuiltPage, pool: ReturnType<typeof validatorPool>) => {
    pages++;
    const source = pageSource(root, page);
    const textProblems: ContentProblem[] = [];
    // A parser silently moves anything after </html> into the body, so html-validate never sees it: look at the text.
    const after = html.slice(html.lastIndexOf('</html>') + '</html>'.length).trim();
    if (html.lastIndexOf('</html>') === -1 || after) {
      textProblems.push({
        file: source ?? `the page ${page}`,
        problem: `invalid HTML on ${page}: ${after ? `“${after.slice(0, 40)}…” stands after </html>` : 'the page has no </html>'}`,
        fix: 'Put the <script> (or other markup) inside the page component, e.g. inside <StarlightPage>…</StarlightPage>, not after it.',
      });
    }
    // Browser hardening: the page's policy allows each of its inline scripts by hash, and no handler attribute runs code.
    if (!/<meta http-equiv="content-security-policy"/i.test(html)) {
      textProblems.push({ file: source ?? `the page ${page}`, problem: `${page} has no Content Security Policy`, fix: 'Keep the content-security-policy integration (src/integrations/csp.ts) in astro.config.mjs.' });
    }
    for (const script of unhashedScripts(html)) {
      textProblems.push({ file: source ?? `the page ${page}`, problem: `an inline script on ${page} is not allowed by the page's policy: “${script.trim().slice(0, 40)}…”`, fix: 'Run the content-security-policy integration after every step that changes pages.' });
    }
    const handler = /<[a-z][\w-]*\s[^>]*?\son[a-z]+\s*=/i.exec(html);
    if (handler) {
      textProblems.push({ file: source ?? `the page ${page}`, problem: `an inline event handler on ${page} (“${handler[0].slice(0, 60)}”) would be blocked by the policy`, fix: 'Attach the handler from a <script> with addEventListener instead.' });
    }
    // Validated while rendering when the page is the one Astro rendered; else now.
    const validated = (early.get(htmlDigest(html)) ?? pool.validate(html, file)).then((messages) =>
      messages.map((m) => ({
        file: source ?? `the page ${page}`,
        problem: `invalid HTML on ${page} (line ${m.line} of the built page): ${m.message} [${m.ruleId}]`,
        fix: m.ruleId === 'no-dup-id' ? 'Give the heading, figure or note its own id; ids must be unique on a page.' : 'Correct the markup that produces it (see https://html-validate.org/rules/ for the rule).',
      })),
    );
    // Settled later, in page order; a rejection is seen there.
    validated.catch(() => {});
    const checked = verifyNumbers(document, page, lines);
    numbers += checked.checked;
    // A table's shape comes from the page's content file when it has one.
    const numberProblems = checked.problems.map((p) => (source && p.file === `the page ${page}` ? { ...p, file: source } : p));
    pending.push({ before: textProblems, validated, after: numberProblems });
    await flush(4 * pool.size);
  };
  return {
    rendered: async (html, url) => {
      const key = htmlDigest(html);
      if (!early.has(key)) {
        const validated = poolOf().validate(html, url);
        // Seen when the pass reaches the page.
        validated.catch(() => {});
        early.set(key, validated);
        validatedEarly++;
      }
      await poolOf().room();
    },
    start: () => {
      poolOf();
    },
    page: (page) => checkPage(page, poolOf()),
    done: async () => {
      try {
        await flush(0);
      } finally {
        early.clear();
        await pool?.close();
        pool = undefined;
      }
    },
    result: () => ({ pages, numbers, problems, validatedEarly }),
    /** html-validate's findings for the pages validated while rendering, by their HTML's digest; the pool is closed. */
    validatedWhileRendering: async () => {
      const settled = await Promise.all([...early].map(async ([digest, validated]) => [digest, await validated.catch(() => undefined)] as const));
      early.clear();
      await pool?.close();
      pool = undefined;
      // A page whose validation failed is validated again in the pass.
      return settled.filter((entry): entry is [string, ValidatorMessage[]] => entry[1] !== undefined);
    },
  };
}

export default function siteChecks(): AstroIntegration {
  let root = '';
  let job: ReturnType<typeof siteCheckJob> | undefined;
  return {
    name: 'site-checks',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:start': ({ setPrerenderer }) => {
        job = siteCheckJob(root);
        addPageJob(job);
        // html-validate starts on each page as it is rendered, on the core rendering leaves idle.
        tapRenderedPages(setPrerenderer);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        // In `astro build`, the pass runs once Astro has exited (post-build.ts), with the results of rendering.
        if (job && passInFreshProcess()) {
          handOff(dist, 'site-checks', await job.validatedWhileRendering(), root);
          return;
        }
        // Checked in the build's one page pass; alone when not registered for one.
        if (job) await sharedPagePass(dist);
        const result = job ? job.result() : await checkBuiltSite(root, dist);
        if (result.problems.length > 0) throw new ContentCheckError('built-site check', result.problems);
        logger.info(`${result.pages} pages valid HTML with rectangular tables (${result.validatedEarly ?? 0} validated while rendering); ${result.numbers} sourced numbers verified where shown`);
      },
    },
  };
}
