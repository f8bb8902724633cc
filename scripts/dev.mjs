#!/usr/bin/env node
/**
 * `npm run dev`: UI work with hot reload. Prepares like `npm start` (local secrets in
 * .dev.vars, D1 migrations), then runs the Worker with `wrangler dev` on :8787 and the Vite
 * dev server on :5173, which proxies /api (WebSockets included) to the Worker.
 * Open http://localhost:5173.
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { applyLocalMigrations, ensureDevVars, passthroughVars, persistArgs, root } from './local-env.mjs';

ensureDevVars();
applyLocalMigrations();
// wrangler.toml serves web/dist as assets; in dev Vite serves the UI, but the directory must exist.
mkdirSync(join(root, 'web/dist'), { recursive: true });

const children = [
  spawn('npx', ['wrangler', 'dev', '--port', '8787', '--ip', '127.0.0.1', ...persistArgs(), ...passthroughVars()], {
    cwd: root,
    stdio: 'inherit',
  }),
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
