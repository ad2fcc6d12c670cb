#!/usr/bin/env node
// The one test command (npm test): type check, unit tests, production build,
// then end-to-end tests in Chromium against the built site. It stops at the
// first failing stage and ends with one summary line for all test runners.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const vitestArgs = (project) => [
  'run',
  '--project',
  project,
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=test-results/${project}.json`,
];

const stages = [
  { name: 'type check', command: 'astro', args: ['check'] },
  { name: 'unit tests', command: 'vitest', args: vitestArgs('unit'), report: 'test-results/unit.json', kind: 'vitest' },
  { name: 'component tests', command: 'vitest', args: vitestArgs('components'), report: 'test-results/components.json', kind: 'vitest' },
  { name: 'production build', command: 'astro', args: ['build'] },
  { name: 'built-site tests', command: 'vitest', args: vitestArgs('site'), report: 'test-results/site.json', kind: 'vitest' },
  { name: 'end-to-end tests', command: 'playwright', args: ['test'], report: 'test-results/e2e.json', kind: 'playwright' },
];

const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

function countVitest(report) {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  return {
    passed: json.numPassedTests,
    failed: json.numFailedTests,
    skipped: json.numPendingTests + json.numTodoTests,
  };
}

function countPlaywright(report) {
  const { stats } = JSON.parse(readFileSync(report, 'utf8'));
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped };
}

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });
const started = Date.now();
let ok = true;
for (const stage of stages) {
  const t0 = Date.now();
  console.log(`\n=== ${stage.name}: ${stage.command} ${stage.args.join(' ')}`);
  const result = spawnSync(stage.command, stage.args, { stdio: 'inherit', env: process.env });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  let counts;
  if (stage.report && existsSync(stage.report)) {
    counts = (stage.kind === 'vitest' ? countVitest : countPlaywright)(stage.report);
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    totals.skipped += counts.skipped;
  }
  const status = result.status === 0 ? 'ok' : `FAILED (exit ${result.status ?? result.signal})`;
  lines.push(
    `${stage.name.padEnd(18)} ${status.padEnd(16)} ${seconds.padStart(6)} s` +
      (counts ? `  ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped` : ''),
  );
  if (result.status !== 0) {
    ok = false;
    break;
  }
  // A skipped test hides a failure: none may be skipped.
  if (counts && counts.skipped > 0) {
    lines.push(`${stage.name}: ${counts.skipped} test(s) skipped; skipping is not allowed`);
    ok = false;
    break;
  }
}

console.log('\n=== summary');
for (const line of lines) console.log(line);
console.log(`total time ${((Date.now() - started) / 1000).toFixed(1)} s`);
if (!ok && totals.failed === 0) totals.failed = 1; // a stage without test counts failed
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(ok ? 0 : 1);
