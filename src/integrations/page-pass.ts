/**
 * One read of the built site for every post-build job: the Content Security
 * Policy, the link check, the site checks and the search indexer each used to
 * walk dist/, read every page and parse it again (four walks, three parses per
 * page). Each of those integrations now registers a job here when the build
 * starts; the first of them to reach `astro:build:done` runs one pass over the
 * pages (src/lib/checks/built-site.ts builtPages: each page read once, parsed at most
 * once, dropped after its turn) that hands each page to every job, and the
 * others await the same pass, then report their own results in their own hook
 * as before. Each job still runs alone when its integration is used alone
 * (tests call checkBuiltSite, brokenLinkProblems).
 */
import type { AstroPrerenderer } from 'astro';
import { builtPages, type BuiltPage } from '../lib/checks/built-site.ts';

export interface PageJob {
  /** Before the first page, with the folder being read. */
  start?: (dist: string) => void;
  /** Rewrites a page before any job reads it; the file is written back. */
  transform?: (html: string, url: string) => string;
  /** Looks at one page; a returned promise is awaited before the next page. */
  page?: (page: BuiltPage) => void | Promise<void>;
  /** After the last page (drain worker pools and the like). */
  done?: () => void | Promise<void>;
  /**
   * A page as Astro renders it, after every transform, before Astro writes it
   * (only in a build whose rendering is tapped: tapRenderedPages). Work that
   * needs no other page can start here, on the core that rendering leaves idle;
   * a returned promise holds rendering back until the job has room.
   */
  rendered?: (html: string, url: string) => void | Promise<void>;
}

/** Jobs registered for the coming pass, in the order of their integrations. */
const jobs: PageJob[] = [];
let running: { dist: string; pass: Promise<{ pages: number; ms: number }> } | undefined;

/** Registers a job for the build's page pass (call in `astro:build:start`). */
export function addPageJob(job: PageJob): void {
  // The first job of a new build: the last build's pass is over.
  if (jobs.length === 0) running = undefined;
  jobs.push(job);
}

type SetPrerenderer = (prerenderer: (defaultPrerenderer: AstroPrerenderer) => AstroPrerenderer) => void;

/** Applies the jobs' transforms in order. */
function transformOf(pageJobs: readonly PageJob[]): ((html: string, url: string) => string) | undefined {
  const transforms = pageJobs.flatMap((job) => (job.transform ? [job.transform] : []));
  return transforms.length ? (html, url) => transforms.reduce((h, t) => t(h, url), html) : undefined;
}

/**
 * Hands every HTML page Astro renders to the registered jobs as it is
 * rendered (call in `astro:build:start`, after the jobs have registered): the
 * transforms are applied before Astro writes the page, and each job's
 * `rendered` sees the final HTML. Astro renders on one thread, so on a machine
 * with two cores the other core is idle for the whole of rendering; work that
 * needs only its own page (html-validate) is done there instead of after the
 * build. The pass after the build still reads every page: a transform applied
 * twice changes nothing, and a job keeps what it did early only for a page
 * whose HTML is the one it saw.
 */
export function tapRenderedPages(setPrerenderer: SetPrerenderer): void {
  // Read when rendering starts: every integration has registered its job by then.
  let tapped: { transform?: (html: string, url: string) => string; watchers: NonNullable<PageJob['rendered']>[] } | undefined;
  const current = () => (tapped ??= { transform: transformOf(jobs), watchers: jobs.flatMap((job) => (job.rendered ? [job.rendered] : [])) });
  setPrerenderer((base) => ({
    name: `${base.name}+page-pass`,
    setup: base.setup && (() => base.setup!()),
    getStaticPaths: () => base.getStaticPaths(),
    teardown: base.teardown && (() => base.teardown!()),
    ...(base.collectStaticImages ? { collectStaticImages: () => base.collectStaticImages!() } : {}),
    async render(request, options) {
      const result = await base.render(request, options);
      const response = result instanceof Response ? result : result.response;
      // Pages only: redirects, endpoints (.json, .csv, .txt) and errors are written as Astro writes them.
      if (response.status !== 200 || !/^text\/html\b/i.test(response.headers.get('content-type') ?? '')) return result;
      const { transform, watchers } = current();
      if (!transform && watchers.length === 0) return result;
      const url = new URL(request.url).pathname;
      let html = await response.text();
      if (transform) html = transform(html, url);
      for (const watch of watchers) await watch(html, url);
      const page = new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
      return result instanceof Response ? page : { ...result, response: page };
    },
  }));
}

/** Runs the given jobs over every page of `dist` in one pass. */
export async function runPageJobs(dist: string, pageJobs: readonly PageJob[]): Promise<{ pages: number; ms: number }> {
  const started = Date.now();
  const transform = transformOf(pageJobs);
  for (const job of pageJobs) job.start?.(dist);
  let pages = 0;
  try {
    for (const page of builtPages(dist, transform)) {
      pages++;
      for (const job of pageJobs) await job.page?.(page);
    }
  } catch (error) {
    // Let every job release what it holds (worker pools), then report the first failure.
    await Promise.allSettled(pageJobs.map(async (job) => job.done?.()));
    throw error;
  }
  for (const job of pageJobs) await job.done?.();
  return { pages, ms: Date.now() - started };
}

/**
 * The build's one pass over `dist` with every registered job: started by the
 * first caller, shared by the rest. The registry empties when the pass starts,
 * so a second build in the same process registers afresh.
 */
export function sharedPagePass(dist: string): Promise<{ pages: number; ms: number }> {
  if (running?.dist !== dist) {
    const pageJobs = jobs.splice(0);
    running = { dist, pass: runPageJobs(dist, pageJobs) };
  }
  return running.pass;
}
