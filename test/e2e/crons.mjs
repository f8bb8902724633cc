#!/usr/bin/env node
/**
 * That `npm start` keeps time like production: the every-minute cron of wrangler.toml is fired
 * (scripts/local-crons.mjs) and the Worker's scheduled handler runs it (its `cron.ran` line).
 * `npm run test:e2e` checks it at the end of its run, on the server log it already has, so the
 * minute has long come; `node test/e2e/crons.mjs` starts `npm start` on a free port with a
 * throwaway state directory and checks just this (about a minute and a half). Every wait is
 * bounded, and the server is always stopped.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { freePort } from '../../scripts/free-port.mjs';
import { startServer, waitForHealth } from './server.mjs';

const FIRED = /^▸ cron "\* \* \* \* \*" at (\S+): ok \(\d+ ms\)$/m;

/**
 * Polls `logFile` until it shows the every-minute cron fired and run by the Worker for the same
 * minute; throws after `timeoutMs` (a minute boundary plus slack) or when the server exits.
 */
export async function waitForCronRun(logFile, server, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const log = await readFile(logFile, 'utf8').catch(() => '');
    const at = FIRED.exec(log)?.[1];
    if (at && log.includes(`"msg":"cron.ran","cron":"* * * * *","at":"${at}"`)) return at;
    if (server?.exited) throw new Error('The server exited before the every-minute cron ran (see the server log).');
    if (Date.now() > deadline) {
      throw new Error(
        `npm start did not fire the every-minute cron within ${timeoutMs / 1000} s (see the server log).`,
      );
    }
    await sleep(1000);
  }
}

async function main() {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const state = await mkdtemp(join(tmpdir(), 'crowsnest-crons-'));
  const logFile = join(state, 'server.log');
  const port = await freePort();
  console.log(`▸ Starting the app on port ${port} (log: ${logFile})`);
  const server = startServer({ root, port, logFile, env: { STATE_DIR: state, LOCAL_CRONS: '' } });
  // However the waits below go, nothing outlives this run by more than a few minutes.
  const watchdog = setTimeout(async () => {
    console.error('✗ Timed out; stopping the server.');
    await server.stop();
    process.exit(1);
  }, 5 * 60_000);
  try {
    await waitForHealth(`http://127.0.0.1:${port}`, server);
    const at = await waitForCronRun(logFile, server);
    console.log(`✓ npm start fired the every-minute cron at ${at} and the Worker ran it.`);
  } catch (error) {
    process.exitCode = 1;
    console.error(`✗ ${error instanceof Error ? error.message : error}\n  Server output: ${logFile}`);
  } finally {
    clearTimeout(watchdog);
    await server.stop();
    if (process.exitCode !== 1) await rm(state, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
