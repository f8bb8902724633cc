/**
 * Runs a harness Worker (an entry point under bench/ or eval/) in workerd with `wrangler dev`
 * on a free port, so a Node driver can time or check project code inside the runtime it
 * ships on. Harness Workers answer GET /health with 200 once ready.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../scripts/free-port.mjs';
import { root } from '../scripts/local-env.mjs';
import { QUIET_WRANGLER } from './server.mjs';

export async function startHarness(entry) {
  const port = await freePort();
  // Its own local state: never the app's, and never another harness's (wrangler dev instances
  // sharing one state folder collide).
  const state = mkdtempSync(join(tmpdir(), 'crowsnest-harness-'));
  const child = spawn(
    'npx',
    [
      'wrangler',
      'dev',
      entry,
      '-c',
      join(root, 'bench/harness.toml'),
      '--port',
      String(port),
      '--ip',
      '127.0.0.1',
      '--log-level',
      'warn',
      '--persist-to',
      state,
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...QUIET_WRANGLER, ...process.env }, detached: true },
  );
  let output = '';
  child.stdout.on('data', (d) => {
    output += d;
  });
  child.stderr.on('data', (d) => {
    output += d;
  });
  const origin = `http://127.0.0.1:${port}`;
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
    rmSync(state, { recursive: true, force: true });
  };
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      if ((await fetch(`${origin}/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      stop();
      throw new Error(`harness ${entry} did not start:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { origin, stop };
}
