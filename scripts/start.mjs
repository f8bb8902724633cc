#!/usr/bin/env node
/**
 * `npm start`: everything a fresh clone needs to run locally, then `wrangler dev`.
 *  1. creates .dev.vars with random local secrets on first run (never overwrites it);
 *  2. builds the web app into web/dist (served by the Worker as static assets);
 *  3. applies D1 migrations to the local database in .wrangler/state;
 *  4. serves everything on http://localhost:$PORT (default 8787).
 * Any variable from wrangler.toml [vars] that is set in the environment reaches the Worker.
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = process.env.PORT ?? '8787';

function step(title, command, args) {
  console.log(`\n▸ ${title}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  if (result.status !== 0) {
    console.error(`✗ ${title} failed (exit ${result.status}).`);
    process.exit(result.status ?? 1);
  }
}

/** Names of the [vars] in wrangler.toml: the documented configuration. */
export function configuredVars(toml) {
  const section = toml.split(/^\[vars\]\s*$/m)[1]?.split(/^\[/m)[0] ?? '';
  return [...section.matchAll(/^([A-Z][A-Z0-9_]*)\s*=/gm)].map((m) => m[1]);
}

/** Names of the required secrets in wrangler.toml. */
export function requiredSecrets(toml) {
  const section = toml.split(/^\[secrets\]\s*$/m)[1]?.split(/^\[/m)[0] ?? '';
  const list = section.match(/required\s*=\s*\[([^\]]*)\]/)?.[1] ?? '';
  return [...list.matchAll(/"([^"]+)"/g)].map((m) => m[1]);
}

function ensureDevVars(secrets) {
  const file = join(root, '.dev.vars');
  const existing = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const missing = secrets.filter((name) => !new RegExp(`^${name}=`, 'm').test(existing) && !process.env[name]);
  if (missing.length === 0) return;
  const lines = missing.map((name) => `${name}=${randomBytes(32).toString('base64url')}`);
  writeFileSync(file, `${existing}${existing && !existing.endsWith('\n') ? '\n' : ''}${lines.join('\n')}\n`, {
    mode: 0o600,
  });
  console.log(`▸ Wrote local secrets to .dev.vars: ${missing.join(', ')}`);
}

const toml = readFileSync(join(root, 'wrangler.toml'), 'utf8');
ensureDevVars(requiredSecrets(toml));
step('Building the web app', 'npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn']);
step('Applying local D1 migrations', 'npx', ['wrangler', 'd1', 'migrations', 'apply', 'DB', '--local']);

const passthrough = [...configuredVars(toml), ...requiredSecrets(toml)]
  .filter((name) => process.env[name] !== undefined)
  .flatMap((name) => ['--var', `${name}:${process.env[name]}`]);
console.log(`\n▸ Serving Crowsnest on http://localhost:${port}\n`);
const dev = spawn('npx', ['wrangler', 'dev', '--port', port, '--ip', '127.0.0.1', ...passthrough], {
  cwd: root,
  stdio: 'inherit',
  env: process.env,
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => dev.kill(signal));
dev.on('exit', (code) => process.exit(code ?? 0));
