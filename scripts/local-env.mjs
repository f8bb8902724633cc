/**
 * What `npm start` and `npm run dev` both need before wrangler runs: local secrets, the
 * local database schema, and the configuration that may come from the environment.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
const toml = readFileSync(join(root, 'wrangler.toml'), 'utf8');

// Local runs need no network: don't let wrangler try to download the Request.cf sample.
process.env.CLOUDFLARE_CF_FETCH_ENABLED ??= 'false';

function section(name) {
  return toml.split(new RegExp(`^\\[${name}\\]\\s*$`, 'm'))[1]?.split(/^\[/m)[0] ?? '';
}

/** Names of the [vars] in wrangler.toml: the documented configuration. */
export const configuredVars = [...section('vars').matchAll(/^([A-Z][A-Z0-9_]*)\s*=/gm)].map((m) => m[1]);

/** Names of the required secrets in wrangler.toml. */
export const requiredSecrets = [
  ...(section('secrets').match(/required\s*=\s*\[([^\]]*)\]/)?.[1] ?? '').matchAll(/"([^"]+)"/g),
].map((m) => m[1]);

/** Runs a step, echoing its title; exits the process if it fails. */
export function step(title, command, args) {
  console.log(`\n▸ ${title}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  if (result.status !== 0) {
    console.error(`✗ ${title} failed (exit ${result.status}).`);
    process.exit(result.status ?? 1);
  }
}

/** Writes random values for required secrets that neither .dev.vars nor the environment has. Never overwrites. */
export function ensureDevVars() {
  const file = join(root, '.dev.vars');
  const existing = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const missing = requiredSecrets.filter((name) => !new RegExp(`^${name}=`, 'm').test(existing) && !process.env[name]);
  if (missing.length === 0) return;
  const lines = missing.map((name) => `${name}=${randomBytes(32).toString('base64url')}`);
  writeFileSync(file, `${existing}${existing && !existing.endsWith('\n') ? '\n' : ''}${lines.join('\n')}\n`, {
    mode: 0o600,
  });
  console.log(`▸ Wrote local secrets to .dev.vars: ${missing.join(', ')}`);
}

/**
 * Where local D1, R2, queues and Durable Objects keep their data: `--state <dir>` or
 * STATE_DIR, else wrangler's own .wrangler/state. Two instances in one checkout each need
 * their own, or they share one SQLite database and fail with SQLITE_BUSY.
 */
export const stateDir = (() => {
  const flag = process.argv.indexOf('--state');
  return (flag >= 0 ? process.argv[flag + 1] : undefined) ?? process.env.STATE_DIR ?? null;
})();

/** The wrangler flags that put local data in `stateDir`. */
export function persistArgs() {
  return stateDir ? ['--persist-to', stateDir] : [];
}

export function applyLocalMigrations() {
  step('Applying local D1 migrations', 'npx', [
    'wrangler',
    'd1',
    'migrations',
    'apply',
    'DB',
    '--local',
    ...persistArgs(),
  ]);
}

/** `--var NAME:value` for every documented variable or secret set in the environment. */
export function passthroughVars() {
  return [...configuredVars, ...requiredSecrets]
    .filter((name) => process.env[name] !== undefined)
    .flatMap((name) => ['--var', `${name}:${process.env[name]}`]);
}
