import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { memoryCurve, processTree, sampleTreeMemory } from './process-memory.ts';

describe('memory of a process tree', () => {
  it('finds every process below the root, children of children included', () => {
    const parents = new Map([
      [10, 1],
      [11, 10],
      [12, 11],
      [13, 10],
      [20, 1],
    ]);
    expect(processTree(10, parents).sort()).toEqual([10, 11, 12, 13]);
  });

  it('counts a child process’s memory with its parent’s', async () => {
    // A child holding 64 MB: the sum over the tree must include it.
    const child = spawn(process.execPath, ['-e', 'const b = Buffer.alloc(64 * 2 ** 20, 1); setTimeout(() => b.length, 1500)'], { stdio: 'ignore' });
    const memory = sampleTreeMemory(process.pid, 200);
    await new Promise((done) => child.on('exit', done));
    const { samples, peakMb } = memory.stop();
    expect(peakMb).toBeGreaterThan(Math.max(...samples.map((s) => s.largestMb)) + 50);
    expect(Math.max(...samples.map((s) => s.processes))).toBeGreaterThanOrEqual(2);
  });

  it('prints a short curve ending with the last sample', () => {
    const samples = Array.from({ length: 100 }, (_, i) => ({ s: i, mb: i * 10, largestMb: i, processes: 1 }));
    const curve = memoryCurve(samples, 4);
    expect(curve.split(', ')).toHaveLength(5);
    expect(curve).toMatch(/^0 s 0 MB, 25 s 250 MB, .* 99 s 990 MB$/);
  });
});
