#!/usr/bin/env node
/**
 * `npm start`: everything a fresh clone needs to run locally, then `wrangler dev`.
 *  1. creates .dev.vars with random local secrets on first run (never overwrites it);
 *  2. builds the web app into web/dist (served by the Worker as static assets);
 *  3. applies D1 migrations to the local database in .wrangler/state (or `--state <dir>` /
 *     STATE_DIR, so that two instances can run side by side);
 *  4. serves everything on http://localhost:$PORT (default 8787);
 *  5. fires the cron triggers of wrangler.toml on their schedule, which `wrangler dev` does
 *     not (scripts/local-crons.mjs; LOCAL_CRONS=off turns that off).
 * Any variable from wrangler.toml [vars] that is set in the environment reaches the Worker.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startLocalCrons } from './local-crons.mjs';
import {
  applyLocalMigrations,
  ensureDevVars,
  passthroughVars,
  persistArgs,
  root,
  stateDir,
  step,
} from './local-env.mjs';

const port = process.env.PORT ?? '8787';

ensureDevVars();
step('Building the web app', 'npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn']);
applyLocalMigrations();
// Before the server starts, so that a cron expression croner cannot read stops here.
const crons = startLocalCrons({
  toml: readFileSync(join(root, 'wrangler.toml'), 'utf8'),
  origin: `http://127.0.0.1:${port}`,
});

console.log(`\n▸ Serving Crowsnest on http://localhost:${port}${stateDir ? ` (data in ${stateDir})` : ''}\n`);
const dev = spawn(
  'npx',
  ['wrangler', 'dev', '--port', port, '--ip', '127.0.0.1', ...persistArgs(), ...passthroughVars()],
  {
    cwd: root,
    stdio: 'inherit',
    env: process.env,
  },
);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    crons.stop();
    dev.kill(signal);
  });
}
dev.on('exit', (code) => {
  crons.stop();
  process.exit(code ?? 0);
});
