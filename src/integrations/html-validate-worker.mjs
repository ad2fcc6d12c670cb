/**
 * Worker thread of the built-site check (site-checks.ts): html-validate is the
 * check's dominant cost (about three quarters of its time), and pages are
 * independent, so each core validates its share. Plain JavaScript so that
 * Node loads it as it is, whatever loaded the integration (Astro, Vitest).
 * Receives the repository's configuration once, then { id, html, file };
 * answers { id, messages } with the errors (severity 2), in report order.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { HtmlValidate } from 'html-validate';

const validator = new HtmlValidate(workerData.config);

parentPort.on('message', async ({ id, html, file }) => {
  try {
    const report = await validator.validateString(html, file);
    const messages = [];
    for (const result of report.results) {
      for (const m of result.messages) if (m.severity === 2) messages.push({ line: m.line, message: m.message, ruleId: m.ruleId });
    }
    parentPort.postMessage({ id, messages });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
