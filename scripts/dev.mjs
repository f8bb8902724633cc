#!/usr/bin/env node
/**
 * `npm run dev`: UI work with hot reload. Prepares like `npm start` (local secrets in
 * .dev.vars, D1 migrations), then runs the Worker with `wrangler dev` on :8787 and the Vite
 * dev server on :5173, which proxies /api (WebSockets included) to the Worker.
 * Open http://localhost:5173.
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

// The same first-run secrets as scripts/start.mjs: random values for the required ones that are missing.
const toml = readFileSync(join(root, 'wrangler.toml'), 'utf8');
const secrets = [...(toml.match(/^\[secrets\][^[]*required\s*=\s*\[([^\]]*)\]/m)?.[1] ?? '').matchAll(/"([^"]+)"/g)];
const devVars = join(root, '.dev.vars');
const existing = existsSync(devVars) ? readFileSync(devVars, 'utf8') : '';
const missing = secrets.map((m) => m[1]).filter((name) => !new RegExp(`^${name}=`, 'm').test(existing));
if (missing.length > 0) {
  const lines = missing.map((name) => `${name}=${randomBytes(32).toString('base64url')}`).join('\n');
  writeFileSync(devVars, `${existing}${existing && !existing.endsWith('\n') ? '\n' : ''}${lines}\n`, { mode: 0o600 });
}

const migrate = spawnSync('npx', ['wrangler', 'd1', 'migrations', 'apply', 'DB', '--local'], {
  cwd: root,
  stdio: 'inherit',
});
if (migrate.status !== 0) process.exit(migrate.status ?? 1);
// wrangler.toml serves web/dist as assets; in dev Vite serves the UI, but the directory must exist.
mkdirSync(join(root, 'web/dist'), { recursive: true });

const children = [
  spawn('npx', ['wrangler', 'dev', '--port', '8787', '--ip', '127.0.0.1'], { cwd: root, stdio: 'inherit' }),
  spawn('npx', ['vite', '--config', 'web/vite.config.ts'], { cwd: root, stdio: 'inherit' }),
];
const stopAll = (signal) => {
  for (const child of children) if (child.exitCode === null) child.kill(signal);
};
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stopAll(signal));
for (const child of children) {
  child.on('exit', (code) => {
    stopAll('SIGTERM');
    process.exitCode = code ?? 0;
  });
}
