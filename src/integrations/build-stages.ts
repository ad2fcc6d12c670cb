/**
 * Astro integrations that print the build's stage timings and memory in the
 * build log: when bundling (Vite) ended and rendering began is not a hook, so
 * the stages are the hooks' times: setup and content checks (to
 * `astro:build:start`), bundling and rendering (to `astro:build:generated`),
 * and the post-build work (the page pass and the search index, to the end of
 * `astro:build:done`). Each stage's peak resident memory and the heap in use
 * at its end show which stage a growing corpus makes expensive
 * (scripts/bench-scale.ts samples the whole process tree).
 * `buildStages()` gives two integrations: one listed first in
 * astro.config.mjs and one listed last, so that every other integration's
 * `astro:build:done` work falls between them.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import { stageReport, type Stage } from '../lib/site/build-stages.ts';
import { handOff } from './post-build.ts';

export function buildStages(): { first: AstroIntegration; last: AstroIntegration } {
  let started = 0;
  let stageStarted = 0;
  let stageCpu = process.cpuUsage();
  let peak = 0;
  let timer: ReturnType<typeof setInterval> | undefined;
  const stages: Stage[] = [];
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage.rss());
  };
  const end = (name: string, logger: AstroIntegrationLogger) => {
    sample();
    const now = performance.now();
    const { heapUsed } = process.memoryUsage();
    const cpu = process.cpuUsage(stageCpu);
    const stage: Stage = { name, ms: now - stageStarted, cpuMs: (cpu.user + cpu.system) / 1000, peakRss: peak, heapUsed };
    stageCpu = process.cpuUsage();
    stages.push(stage);
    logger.info(stageReport([stage]));
    stageStarted = now;
    peak = 0;
  };
  return {
    first: {
      name: 'build-stages',
      hooks: {
        'astro:config:setup': ({ command }) => {
          if (command !== 'build') return;
          started = stageStarted = performance.now();
          stageCpu = process.cpuUsage();
          stages.length = 0;
          // Sampled between the hooks too: the peak of rendering is reached inside Astro.
          timer = setInterval(sample, 500);
          timer.unref();
        },
        'astro:build:start': ({ logger }) => end('setup and content checks', logger),
        'astro:build:generated': ({ logger }) => end('bundling and rendering', logger),
      },
    },
    last: {
      name: 'build-stages-end',
      hooks: {
        'astro:build:done': ({ dir, logger }) => {
          if (!started) return;
          clearInterval(timer);
          // In `astro build`, the page pass runs once Astro has exited (post-build.ts), which prints its stage and the total.
          if (handOff(fileURLToPath(dir), 'build-stages', { stages: [...stages], ms: performance.now() - started })) {
            started = 0;
            return;
          }
          end('page pass and search index', logger);
          logger.info(`total ${stageReport(stages, performance.now() - started)}`);
          started = 0;
        },
      },
    },
  };
}
