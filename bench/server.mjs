/**
 * Starts `wrangler dev` for a benchmark or browser test: its own state directory (so runs
 * never touch your local data), migrations applied, on a free port. Returns its origin and
 * a stop function.
 */

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../scripts/free-port.mjs';
import { root } from '../scripts/local-env.mjs';

async function waitFor(url, timeoutMs, child) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited (${child.exitCode})`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/**
 * wrangler appends every line a Worker logs to a debug file in the user's home (opened and
 * closed each time): the API logs a line per request, so a run would write thousands of them
 * and spend the machine's time on it. Set WRANGLER_WRITE_LOGS to keep them anyway.
 */
export const QUIET_WRANGLER = { WRANGLER_WRITE_LOGS: 'false' };

/** Fixed local secrets: wrangler checks required secrets when it reads the config. */
const SECRETS = {
  JWT_SECRET: 'bench-secret-not-for-production-use',
  ENCRYPTION_KEYS: 'bench:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
};

/**
 * wrangler.toml with the API budget (`[[ratelimits]] API_RATE_LIMIT`) set to `limit`: wrangler
 * dev has no flag that overrides a binding. Written beside wrangler.toml, whose paths are
 * relative to it; the caller deletes it.
 */
function configWithApiBudget(limit) {
  const toml = readFileSync(join(root, 'wrangler.toml'), 'utf8');
  const changed = toml.replace(/(name = "API_RATE_LIMIT"[^[]*?simple = \{ limit = )\d+/, `$1${limit}`);
  if (changed === toml) throw new Error('wrangler.toml has no [[ratelimits]] API_RATE_LIMIT with a simple limit');
  const file = join(root, `.wrangler-bench-${process.pid}.toml`);
  writeFileSync(file, changed);
  return file;
}

/** @param {{ vars?: Record<string, string>, apiBudget?: number }} options */
export async function startServer({ vars = {}, apiBudget } = {}) {
  if (!existsSync(join(root, 'web/dist/index.html'))) {
    spawnSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
      cwd: root,
      stdio: 'inherit',
    });
  }
  const state = mkdtempSync(join(tmpdir(), 'crowsnest-state-'));
  const config = apiBudget === undefined ? undefined : configWithApiBudget(apiBudget);
  const configArgs = config ? ['-c', config] : [];
  const cleanUp = () => {
    rmSync(state, { recursive: true, force: true });
    if (config) rmSync(config, { force: true });
  };
  const migrate = spawnSync(
    'npx',
    ['wrangler', 'd1', 'migrations', 'apply', 'DB', '--local', '--persist-to', state, ...configArgs],
    { cwd: root, encoding: 'utf8', env: { ...process.env, CI: 'true' } },
  );
  if (migrate.status !== 0) {
    cleanUp();
    throw new Error(`migrations failed:\n${migrate.stdout}\n${migrate.stderr}`);
  }
  const port = await freePort();
  const varArgs = Object.entries({
    ...SECRETS,
    ...vars,
  }).flatMap(([k, v]) => ['--var', `${k}:${v}`]);
  const child = spawn(
    'npx',
    [
      'wrangler',
      'dev',
      ...configArgs,
      '--port',
      String(port),
      '--ip',
      '127.0.0.1',
      '--persist-to',
      state,
      '--log-level',
      'warn',
      ...varArgs,
    ],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...QUIET_WRANGLER, ...process.env, ...SECRETS },
      detached: true,
    },
  );
  let output = '';
  child.stdout.on('data', (d) => {
    output += d;
  });
  child.stderr.on('data', (d) => {
    output += d;
  });
  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${origin}/api/v1/health`, 120_000, child);
  } catch (error) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // it exited on its own: its output says why
    }
    cleanUp();
    throw new Error(`${error.message}\n${output}`);
  }
  return {
    origin,
    /** The state folder and config arguments, for `wrangler d1 execute --local` on its database. */
    state,
    configArgs,
    stop() {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      cleanUp();
    },
  };
}

/** A response's JSON body; a non-2xx answer throws with its status and text. */
export async function json(res) {
  if (!res.ok) throw new Error(`${res.status} ${await res.text()}`);
  return res.json();
}

/** Signs up a fresh bench user with a workspace of its own; answers the sign-up's body. */
export async function signUpBenchUser(origin) {
  return json(
    await fetch(`${origin}/api/v1/auth/signup`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        email: `bench-${Date.now()}@example.com`,
        password: 'bench password 123',
        name: 'Bench',
        workspaceName: 'Bench',
      }),
    }),
  );
}
