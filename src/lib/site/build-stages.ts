/** The build log's line for its stages (src/integrations/build-stages.ts): time, peak resident memory, heap in use. */
export interface Stage {
  name: string;
  ms: number;
  /** CPU time of the build process in the stage, all its threads (on a shared machine, steadier than wall time). */
  cpuMs: number;
  /** Peak resident bytes of the build process during the stage. */
  peakRss: number;
  /** Bytes of JavaScript heap in use at the stage's end. */
  heapUsed: number;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;

/**
 * One stage: "bundling and rendering 41.3 s (60.0 s CPU), peak 1024 MB resident, 310 MB heap in use at its end".
 * Several, with the build's total time: "72.0 s: setup … 3.1 s (peak …); …", the peak over all of them.
 */
export function stageReport(stages: readonly Stage[], totalMs?: number): string {
  if (totalMs === undefined) return stages.map((s) => `${s.name} ${seconds(s.ms)} (${seconds(s.cpuMs)} CPU), peak ${mb(s.peakRss)} resident, ${mb(s.heapUsed)} heap in use at its end`).join('; ');
  const peak = Math.max(0, ...stages.map((s) => s.peakRss));
  const cpu = stages.reduce((sum, s) => sum + s.cpuMs, 0);
  return `${seconds(totalMs)} (${seconds(cpu)} CPU), peak ${mb(peak)} resident: ${stages.map((s) => `${s.name} ${seconds(s.ms)} (${seconds(s.cpuMs)} CPU, peak ${mb(s.peakRss)})`).join(', ')}`;
}
