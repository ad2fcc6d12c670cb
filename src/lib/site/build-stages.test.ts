import { describe, expect, it } from 'vitest';
import { stageReport } from './build-stages.ts';

const MB = 2 ** 20;

describe('stageReport', () => {
  it('gives one stage its time, peak resident memory and heap in use', () => {
    expect(stageReport([{ name: 'bundling and rendering', ms: 41_250, cpuMs: 60_000, peakRss: 1024 * MB, heapUsed: 310.4 * MB }])).toBe(
      'bundling and rendering 41.3 s (60.0 s CPU), peak 1024 MB resident, 310 MB heap in use at its end',
    );
  });

  it('sums up the build with the highest peak of its stages', () => {
    const line = stageReport(
      [
        { name: 'setup', ms: 3_000, cpuMs: 3_500, peakRss: 400 * MB, heapUsed: 100 * MB },
        { name: 'rendering', ms: 60_000, cpuMs: 90_000, peakRss: 2_000 * MB, heapUsed: 900 * MB },
        { name: 'page pass', ms: 9_000, cpuMs: 15_000, peakRss: 1_500 * MB, heapUsed: 300 * MB },
      ],
      72_000,
    );
    expect(line).toBe('72.0 s (108.5 s CPU), peak 2000 MB resident: setup 3.0 s (3.5 s CPU, peak 400 MB), rendering 60.0 s (90.0 s CPU, peak 2000 MB), page pass 9.0 s (15.0 s CPU, peak 1500 MB)');
  });
});
