#!/usr/bin/env node
/**
 * `npm run test:e2e`: serves the app with `npm start` on a free port, drives it with a real
 * headless Chromium, and always stops the server. Exits non-zero on any failure.
 * Screenshots land in test/e2e/screenshots/ (the AI, accessibility and publishing scenarios' in
 * screenshots/ai/, screenshots/a11y/ and screenshots/publishing/), the
 * server's output in test/e2e/server.log. At the end it checks in that log that `npm start` fired
 * the every-minute cron and the Worker ran it (crons.mjs), and that a post scheduled a minute
 * ahead at the start was published by it with nobody pressing anything (scheduled-publish.mjs).
 * A local fixture site (fixture-server.mjs) gives the sources something to read; the app is
 * started with that one host:port in OUTBOUND_ALLOW_HOSTS.
 * With E2E_BASE_URL set, it tests that running server instead of starting one; that server
 * must allow 127.0.0.1:$E2E_FIXTURE_PORT (the fixture site's port) in OUTBOUND_ALLOW_HOSTS.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../scripts/free-port.mjs';
import { launchBrowser } from './browser.mjs';
import { waitForCronRun } from './crons.mjs';
import { startFixtureServer } from './fixture-server.mjs';
import { runScenario } from './scenario.mjs';
import { runA11yScenario } from './scenario-a11y.mjs';
import { runAiScenario } from './scenario-ai.mjs';
import { runPublishingScenario } from './scenario-publishing.mjs';
import { runQueueScenario } from './scenario-queue.mjs';
import { expectPublishedOnItsOwn, scheduleAhead } from './scheduled-publish.mjs';
import { startServer, waitForHealth } from './server.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..', '..');
const screenshots = join(here, 'screenshots');
const logFile = join(here, 'server.log');

let server = null;
let browser = null;
let fixtures = null;
let failed = false;

async function cleanup() {
  await browser?.close().catch(() => {});
  await server?.stop();
  await fixtures?.close();
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    await cleanup();
    process.exit(130);
  });
}

try {
  let baseUrl = process.env.E2E_BASE_URL;
  fixtures = await startFixtureServer(Number(process.env.E2E_FIXTURE_PORT) || (await freePort()));
  console.log(`▸ Fixture site at ${fixtures.origin}`);
  if (!baseUrl) {
    const port = await freePort();
    console.log(`▸ Starting the app on port ${port} (log: ${logFile})`);
    // A high sign-in budget: every run signs up fresh users from the same local address.
    // The outbound guard refuses loopback addresses except the fixture site's.
    // LOCAL_CRONS empty: crons fire whatever the caller's environment says (checked at the end).
    const env = { LOGIN_IP_RATE_LIMIT: '1000', OUTBOUND_ALLOW_HOSTS: new URL(fixtures.origin).host, LOCAL_CRONS: '' };
    server = startServer({ root, port, logFile, env });
    await waitForHealth(`http://127.0.0.1:${port}`, server);
    baseUrl = `http://localhost:${port}`;
  }
  console.log(`▸ App is healthy at ${baseUrl}`);
  // Scheduled a minute ahead now, checked after the scenarios: published by the cron alone.
  const scheduled = server ? await scheduleAhead(baseUrl, fixtures) : null;
  await rm(screenshots, { recursive: true, force: true });
  browser = await launchBrowser();
  await runScenario({ browser, baseUrl, screenshots, fixtures });
  await runAiScenario({ browser, baseUrl, screenshots: join(screenshots, 'ai'), fixtures });
  await runA11yScenario({ browser, baseUrl, screenshots: join(screenshots, 'a11y'), fixtures });
  await runPublishingScenario({ browser, baseUrl, screenshots: join(screenshots, 'publishing'), fixtures });
  await runQueueScenario({ browser, baseUrl, screenshots: join(screenshots, 'queue'), fixtures });
  if (server) {
    // The scenarios took minutes: the every-minute cron has fired by now (bounded wait otherwise).
    const at = await waitForCronRun(logFile, server);
    console.log(`✓ npm start fired the every-minute cron (${at}) and the Worker ran it.`);
  }
  if (scheduled) {
    const { lateSeconds } = await expectPublishedOnItsOwn(baseUrl, fixtures, scheduled);
    console.log(
      `✓ A post scheduled a minute ahead published on its own, ${lateSeconds.toFixed(0)} s after its time, once.`,
    );
  }
  console.log('\n✓ All browser tests passed.');
} catch (error) {
  failed = true;
  console.error(`\n✗ ${error instanceof Error ? (error.stack ?? error.message) : error}`);
  if (server) console.error(`  Server output: ${logFile}`);
} finally {
  await cleanup();
}
process.exit(failed ? 1 : 0);
