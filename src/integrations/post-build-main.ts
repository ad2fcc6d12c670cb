/**
 * The rest of `astro build`, in the fresh process that replaces Astro's once
 * Astro has exited (post-build.ts says why): runs the page pass's
 * integrations' hooks as Astro runs them (`astro:config:done`,
 * `astro:build:start`, then each one's `astro:build:done` in order) over
 * dist/, then the SITE_URL warning, and prints the stage line and the build's
 * total as build-stages.ts does. A problem is printed with its file, line and
 * fix, and the process (which is still `astro build`'s) exits with 1.
 *
 * Started by post-build.ts only: node post-build-main.ts <root> <dist>
 */
import type { AstroIntegration } from 'astro';
import { pathToFileURL } from 'node:url';
import { handedOver, pagePassIntegrations, receiveHandOff } from './post-build.ts';
import siteUrlWarning from './site-url-warning.ts';
import { SITE, SITE_IS_PLACEHOLDER } from '../site.ts';
import { stageReport, type Stage } from '../lib/site/build-stages.ts';
import { nodesWithoutEvents } from '../lib/checks/nodes-without-events.ts';

const [root, dist] = process.argv.slice(2);
if (!root || !dist) {
  console.error('Usage: node src/integrations/post-build-main.ts <root> <dist> (started by astro build: src/integrations/post-build.ts)');
  process.exit(2);
}
receiveHandOff();
// Nothing in this process listens to events on the pages it parses: linkedom's nodes need not prepare for it.
nodesWithoutEvents();

/** Astro's log line: "19:04:46 [link-check] 34201 internal links checked, none broken". */
const time = () => new Date().toTimeString().slice(0, 8);
function loggerFor(label: string) {
  const logger = {
    label,
    options: { dest: undefined, level: 'info' },
    info: (message: string) => console.log(`${time()} [${label}] ${message}`),
    warn: (message: string) => console.log(`${time()} [WARN] [${label}] ${message}`),
    error: (message: string) => console.error(`${time()} [ERROR] [${label}] ${message}`),
    debug: () => {},
    fork: (other: string) => loggerFor(other),
  };
  return logger;
}

type Hook = (options: Record<string, unknown>) => unknown;
const hook = (integration: AstroIntegration, name: string) => (integration.hooks as Record<string, Hook | undefined>)[name];

const started = performance.now();
const cpuAtStart = process.cpuUsage();
let peakRss = process.memoryUsage.rss();
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 500);
sampler.unref();

// Astro has just said "Complete!": say that the build goes on, and that it can still fail.
loggerFor('post-build').info('rendering done and Astro’s memory given back; the page pass and the search index run in a fresh process (src/integrations/post-build.ts), and any problem they find fails this build');
const integrations = [...pagePassIntegrations(root, SITE), siteUrlWarning({ site: SITE, placeholder: SITE_IS_PLACEHOLDER })];
const config = { root: pathToFileURL(`${root}/`) };
const dir = pathToFileURL(`${dist}/`);
let current = integrations[0]!;
try {
  for (const integration of integrations) {
    current = integration;
    await hook(integration, 'astro:config:done')?.({ config, logger: loggerFor(integration.name) });
  }
  for (const integration of integrations) {
    current = integration;
    // Rendering is over: nothing to tap (site-checks reads what was validated while rendering from the hand-over).
    await hook(integration, 'astro:build:start')?.({ setPrerenderer: () => {}, logger: loggerFor(integration.name) });
  }
  const last = integrations.length - 1;
  for (const [i, integration] of integrations.entries()) {
    current = integration;
    // The stage line and the build's total before the SITE_URL warning, which stays the build's last word.
    if (i === last) reportStages();
    await hook(integration, 'astro:build:done')?.({ dir, logger: loggerFor(integration.name), pages: [], assets: new Map() });
  }
} catch (error) {
  console.error(`${time()} [ERROR] [${current.name}] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

/** This process's stage, then the build's total with the stages Astro's process handed over (build-stages.ts). */
function reportStages(): void {
  clearInterval(sampler);
  const cpu = process.cpuUsage(cpuAtStart);
  const stage: Stage = {
    name: 'page pass and search index (fresh process)',
    ms: performance.now() - started,
    cpuMs: (cpu.user + cpu.system) / 1000,
    peakRss: Math.max(peakRss, process.memoryUsage.rss()),
    heapUsed: process.memoryUsage().heapUsed,
  };
  const logger = loggerFor('build-stages-end');
  logger.info(stageReport([stage]));
  const before = handedOver<{ stages: Stage[]; ms: number }>('build-stages');
  if (before) logger.info(`total ${stageReport([...before.stages, stage], before.ms + stage.ms)}`);
}
