/**
 * Resident memory of a whole process tree, sampled over time: a build is
 * Astro's Node process plus its workers' threads (counted in its own RSS) and
 * child processes (Pagefind's indexer, esbuild), so GNU time's "largest single
 * process" understates what the machine must hold. Linux only (/proc).
 * Written here because the only packages that do it (pidusage, ps-tree) spawn
 * `ps` per sample or report one process at a time.
 */
import { readFileSync, readdirSync } from 'node:fs';

const PAGE_BYTES = 4096;

/** Every live process's parent, from /proc/<pid>/stat. */
function parents(): Map<number, number> {
  const out = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name is in parentheses and may hold spaces: the fields after it are fixed.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(Number(name), Number(fields[1]));
    } catch {
      // The process ended between listing and reading.
    }
  }
  return out;
}

/** `root` and every process below it. */
export function processTree(root: number, parentOf = parents()): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parentOf) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const out: number[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.shift()!;
    out.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return out;
}

/** Resident bytes of one process (0 when it has ended). */
function rssBytes(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_BYTES;
  } catch {
    return 0;
  }
}

export interface MemorySample {
  /** Seconds since sampling began. */
  s: number;
  /** Resident MB of the whole tree. */
  mb: number;
  /** Resident MB of its largest process. */
  largestMb: number;
  processes: number;
}

/**
 * Samples the tree under `root` every `everyMs` until `stop()`, which returns
 * the samples and the peak of the tree's sum (the memory the build needed at once).
 * `over.then` is called with the tree's processes whenever their sum exceeds `over.mb`.
 */
export function sampleTreeMemory(root: number, everyMs = 1000, over?: { mb: number; then: (pids: number[]) => void }) {
  const started = Date.now();
  const samples: MemorySample[] = [];
  const take = () => {
    const pids = processTree(root);
    const sizes = pids.map(rssBytes);
    if (over && sizes.reduce((a, b) => a + b, 0) / 2 ** 20 > over.mb) over.then(pids);
    samples.push({
      s: Math.round((Date.now() - started) / 100) / 10,
      mb: Math.round(sizes.reduce((a, b) => a + b, 0) / 2 ** 20),
      largestMb: Math.round(Math.max(0, ...sizes) / 2 ** 20),
      processes: sizes.filter((b) => b > 0).length,
    });
  };
  take();
  const timer = setInterval(take, everyMs);
  return {
    stop(): { samples: MemorySample[]; peakMb: number } {
      clearInterval(timer);
      return { samples, peakMb: Math.max(0, ...samples.map((x) => x.mb)) };
    },
  };
}

/** A short curve for a log: the tree's MB at about `points` evenly spaced times, and its peak. */
export function memoryCurve(samples: readonly MemorySample[], points = 12): string {
  if (samples.length === 0) return '';
  const step = Math.max(1, Math.floor(samples.length / points));
  const picked = samples.filter((_, i) => i % step === 0 || i === samples.length - 1);
  return picked.map((x) => `${Math.round(x.s)} s ${x.mb} MB`).join(', ');
}
