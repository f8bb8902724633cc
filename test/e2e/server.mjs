/**
 * Starts `npm start` on a free port for the browser tests and stops it again. The server
 * runs in its own process group (wrangler spawns workerd), so stopping it ends all of it.
 */

import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/** Spawns the app; its output goes to `logFile`. */
export function startServer({ root, port, logFile, env = {} }) {
  const log = createWriteStream(logFile);
  const child = spawn('npm', ['start'], {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  let exited = false;
  const exit = new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      exited = true;
      resolve({ code, signal });
    });
  });

  return {
    get exited() {
      return exited;
    },
    exit,
    async stop() {
      if (exited) return;
      const signalGroup = (signal) => {
        try {
          process.kill(-child.pid, signal);
        } catch {
          // Already gone.
        }
      };
      signalGroup('SIGTERM');
      const stopped = await Promise.race([exit.then(() => true), sleep(8000).then(() => false)]);
      if (!stopped) signalGroup('SIGKILL');
      // workerd may outlive npm: make sure nothing of the group is left.
      await sleep(300);
      signalGroup('SIGKILL');
      log.end();
    },
  };
}

/** Polls GET /api/v1/health until it answers 200. */
export async function waitForHealth(baseUrl, server, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exited) throw new Error('The server exited before it became healthy (see the server log).');
    try {
      const response = await fetch(`${baseUrl}/api/v1/health`, { signal: AbortSignal.timeout(3000) });
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await sleep(1000);
  }
  throw new Error(`GET /api/v1/health did not answer 200 within ${timeoutMs / 1000} s.`);
}
