// Runs the bench against Debian's nginx with deploy/nginx.conf — the documented
// hosting config (compression, keep-alive) — instead of Python's one-thread
// dev server, which adds tens of ms to every cold load of both pages.
import { spawnSync } from 'node:child_process';
import { startNginx } from '../scripts/lib/nginx.mjs';

const server = await startNginx({ root: process.env.BENCH_SITE, port: Number(process.env.BENCH_PORT) || undefined });
let status = 1;
try {
  const run = spawnSync(process.execPath, ['bench/run.mjs'], {
    stdio: 'inherit',
    env: { ...process.env, BENCH_URL: server.url, BENCH_SERVER: 'nginx (deploy/nginx.conf)' },
  });
  status = run.status ?? 1;
} finally {
  await server.stop();
}
process.exit(status);
