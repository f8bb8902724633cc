/**
 * Starts a real atproto PDS (the reference implementation, with an in-memory PLC directory)
 * for the Bluesky publisher's tests, and hands its URL to the Workers tests as `pdsUrl`. It
 * lives in test/pds with its own package.json, out of the app's dependency tree, and runs in
 * a Node process of its own (start.mjs). When it is not installed `pdsUrl` is null, and those
 * tests skip, saying how to install it.
 *
 * The run does not wait for it: its port is chosen here and handed over at once, the PDS
 * starts while workerd does, and the tests that use it wait until it answers (test/pds/ready.ts).
 * Most runs never touch it, and starting it takes seconds.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

const here = dirname(fileURLToPath(import.meta.url));

/** A port free right now (the PDS takes it a moment later). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export default async function setup(project: TestProject) {
  if (!existsSync(join(here, 'node_modules/@atproto/dev-env/dist/pds.js'))) {
    project.provide('pdsUrl', null);
    return;
  }
  const port = await freePort();
  const started = performance.now();
  // Its standard input is its lifeline: when this process ends, the PDS stops too.
  const child = spawn(process.execPath, [join(here, 'start.mjs'), String(port)], {
    cwd: here,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  // Its log lines (pino JSON) are dropped; only the line with its address is reported.
  createInterface({ input: child.stdout }).on('line', (line) => {
    if (line.startsWith('PDS_URL ')) {
      console.info(`Test PDS at ${line.slice(8)}, started in ${Math.round(performance.now() - started)} ms`);
    }
  });
  child.once('exit', (code) => {
    if (code) console.error(`The test PDS exited with ${code}: the Bluesky publisher tests will fail.`);
  });
  project.provide('pdsUrl', `http://localhost:${port}`);
  return () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.stdin.end();
    });
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The test PDS's URL (test/pds/setup.ts), or null when it is not installed. */
    pdsUrl: string | null;
  }
}
