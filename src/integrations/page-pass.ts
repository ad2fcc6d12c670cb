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

/** Runs the given jobs over every page of `dist` in one pass. */
export async function runPageJobs(dist: string, pageJobs: readonly PageJob[]): Promise<{ pages: number; ms: number }> {
  const started = Date.now();
  const transforms = pageJobs.flatMap((job) => (job.transform ? [job.transform] : []));
  const transform = transforms.length ? (html: string, url: string) => transforms.reduce((h, t) => t(h, url), html) : undefined;
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
