/**
 * Serves a built site with the repository's nginx configuration
 * (deploy/nginx/knowledge-base.conf), as a deployment would, for tests and
 * benchmarks: nginx from Debian, run as the current user with every path in a
 * temporary folder, on a loopback port. Only `listen` and `root` of the
 * committed server block are replaced.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const NGINX_CONFIG = resolve(import.meta.dirname, '../../deploy/nginx/knowledge-base.conf');
const MIME_TYPES = '/etc/nginx/mime.types';

export const NGINX_INSTALL_HINT = 'nginx not found. On Debian/Ubuntu: apt-get install -y nginx (.ci/run does), or set NGINX_PATH.';

/** The nginx binary: NGINX_PATH, then Debian's /usr/sbin/nginx. */
export function findNginx(env: NodeJS.ProcessEnv = process.env): string {
  const candidates = [env.NGINX_PATH, '/usr/sbin/nginx', '/usr/bin/nginx'].filter((p): p is string => Boolean(p));
  const found = candidates.find((p) => existsSync(p));
  if (!found || !existsSync(MIME_TYPES)) throw new Error(NGINX_INSTALL_HINT);
  return found;
}

/** The committed server block with its `listen` and `root` set for this run; fails if either is not there exactly once. */
export function serverBlock(config: string, port: number, root: string): string {
  for (const directive of ['listen', 'root']) {
    const count = config.match(new RegExp(`^\\s*${directive}\\s+[^;]+;`, 'gm'))?.length ?? 0;
    if (count !== 1) throw new Error(`${NGINX_CONFIG}: expected one \`${directive}\` directive, found ${count}`);
  }
  return config.replace(/^(\s*)listen\s+[^;]+;/m, `$1listen 127.0.0.1:${port};`).replace(/^(\s*)root\s+[^;]+;/m, `$1root ${root};`);
}

export interface NginxServer {
  url: string;
  stop(): Promise<void>;
}

function waitForPort(port: number, child: ChildProcess, log: () => string, timeoutMs = 15_000): Promise<void> {
  const started = Date.now();
  return new Promise((resolvePromise, reject) => {
    const attempt = () => {
      if (child.exitCode !== null) return reject(new Error(`nginx exited with code ${child.exitCode}:\n${log()}`));
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.end();
        resolvePromise();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() - started > timeoutMs) reject(new Error(`nginx did not listen on 127.0.0.1:${port}:\n${log()}`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

/** Starts nginx serving `root` on 127.0.0.1:`port`; stop() ends it and removes its temporary folder. */
export async function startNginx(root: string, port: number): Promise<NginxServer> {
  const nginx = findNginx();
  const prefix = mkdtempSync(join(tmpdir(), 'kb-nginx-'));
  const errorLog = join(prefix, 'error.log');
  writeFileSync(join(prefix, 'site.conf'), serverBlock(readFileSync(NGINX_CONFIG, 'utf8'), port, resolve(root)));
  // Started as root, nginx runs its workers as \`nobody\`, who cannot read a checkout under /root or a
  // 0700 temporary folder: this loopback-only test server keeps the current user instead.
  const user = process.getuid?.() === 0 ? 'user root root;\n' : '';
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${join(prefix, t)};`).join('\n');
  writeFileSync(
    join(prefix, 'nginx.conf'),
    `daemon off;
${user}worker_processes 1;
pid ${join(prefix, 'nginx.pid')};
error_log ${errorLog} warn;
events { worker_connections 256; }
http {
  include ${MIME_TYPES};
  default_type application/octet-stream;
  access_log off;
${temp}
  include ${join(prefix, 'site.conf')};
}
`,
  );
  const child = spawn(nginx, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', errorLog], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const log = () => `${stderr}${existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : ''}`;
  try {
    await waitForPort(port, child, log);
  } catch (error) {
    child.kill('SIGTERM');
    rmSync(prefix, { recursive: true, force: true });
    throw error;
  }
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
