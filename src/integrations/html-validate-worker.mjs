/**
 * Worker thread of the built-site check (site-checks.ts): html-validate is the
 * check's dominant cost (about three quarters of its time), and pages are
 * independent, so each core validates its share. Plain JavaScript so that
 * Node loads it as it is, whatever loaded the integration (Astro, Vitest).
 * Receives the repository's configuration once, then { id, html, file };
 * answers { id, messages } with the errors (severity 2), in report order.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';

/**
 * html-validate's StaticConfigLoader resolves the configuration again for
 * every string it validates (it rebuilds the element metadata table each
 * time: about a sixth of a worker's time, measured with --cpu-prof). Every
 * page here has the one configuration, so it is resolved once and reused.
 */
class OnceConfigLoader extends StaticConfigLoader {
  resolved = undefined;
  getConfigFor(handle, configOverride) {
    if (configOverride) return super.getConfigFor(handle, configOverride);
    this.resolved ??= super.getConfigFor(handle);
    return this.resolved;
  }
}

const validator = new HtmlValidate(new OnceConfigLoader(workerData.config));

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
