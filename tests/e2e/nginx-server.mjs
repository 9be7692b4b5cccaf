// Runs Debian's nginx with the shipped server block (deploy/nginx.conf) on 127.0.0.1 at a free port,
// for tests/e2e/nginx.e2e.mjs. The generated main config is only what the official image's own
// nginx.conf provides around conf.d/ (events, http, mime types); the server block is deploy/nginx.conf
// with its `listen` and `root` lines replaced by the test's port and build folder.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

export const nginxAvailable = () => existsSync(NGINX);

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The shipped server block with the test's port and root (and sub-path, if any). */
export function testServerBlock(port, documentRoot, base = '/') {
  const shipped = readFileSync(path.join(root, 'deploy/nginx.conf'), 'utf8');
  const replaced = shipped
    .replace(/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${port};`)
    .replace(/^(\s*)root \/usr\/share\/nginx\/html;$/m, `$1root ${documentRoot};`)
    .replace(/^(\s*)default \/;$/m, `$1default ${base};`);
  if (!replaced.includes(`127.0.0.1:${port}`) || !replaced.includes(`root ${documentRoot};`)) {
    throw new Error('deploy/nginx.conf no longer has the "listen 80;" and "root /usr/share/nginx/html;" lines this test replaces');
  }
  return replaced;
}

/**
 * Starts nginx serving `documentRoot`; resolves with { origin, brotli, stop() }.
 * @param {{ documentRoot: string, base?: string }} options
 */
export async function startNginx({ documentRoot, base = '/' }) {
  const prefix = mkdtempSync(path.join(os.tmpdir(), 'atlas-nginx-'));
  mkdirSync(path.join(prefix, 'atlas'));
  mkdirSync(path.join(prefix, 'logs'));
  copyFileSync(path.join(root, 'deploy/security-headers.conf'), path.join(prefix, 'atlas/security-headers.conf'));
  const brotli = existsSync(BROTLI_MODULE);
  if (brotli) copyFileSync(path.join(root, 'deploy/brotli-static.conf'), path.join(prefix, 'atlas/brotli-static.conf'));
  const port = await freePort();
  writeFileSync(path.join(prefix, 'atlas-site.conf'), testServerBlock(port, documentRoot, base));
  writeFileSync(path.join(prefix, 'nginx.conf'), [
    brotli ? `load_module ${BROTLI_MODULE};` : '',
    'worker_processes 1;',
    `pid ${prefix}/nginx.pid;`,
    `error_log ${prefix}/logs/error.log warn;`,
    'events { worker_connections 256; }',
    'http {',
    '    include /etc/nginx/mime.types;',
    '    default_type application/octet-stream;',
    '    access_log off;',
    `    client_body_temp_path ${prefix}/body;`,
    `    proxy_temp_path ${prefix}/proxy;`,
    `    fastcgi_temp_path ${prefix}/fastcgi;`,
    `    uwsgi_temp_path ${prefix}/uwsgi;`,
    `    scgi_temp_path ${prefix}/scgi;`,
    '    include atlas-site.conf;',
    '}',
    '',
  ].join('\n'));
  const child = spawn(NGINX, ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  // The runner ends with process.exit(): take nginx along even if no test stopped it.
  const stopOnExit = () => {
    if (child.exitCode === null) child.kill('SIGQUIT');
    rmSync(prefix, { recursive: true, force: true });
  };
  process.on('exit', stopOnExit);
  let stderr = '';
  child.stderr.on('data', (chunk) => { stderr += chunk; });
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}): ${stderr}`);
    const up = await fetch(`${origin}/`).then(() => true, () => false);
    if (up) break;
    if (Date.now() > deadline) throw new Error(`nginx did not answer on ${origin}: ${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    origin,
    brotli,
    prefix,
    stop: () => new Promise((resolve) => {
      process.off('exit', stopOnExit);
      const done = () => { rmSync(prefix, { recursive: true, force: true }); resolve(); };
      if (child.exitCode !== null) return done();
      child.once('exit', done);
      child.kill('SIGQUIT');
    }),
  };
}
