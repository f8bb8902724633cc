/** Debian's Chromium through playwright-core (no downloaded browsers), and page helpers. */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}

/**
 * Collects console errors and uncaught exceptions from every page of a context. Chromium
 * logs every non-2xx fetch as an error; the answers a step provokes on purpose (and the 401
 * a signed-out visit gets from /auth/refresh) are declared with `allow(path or RegExp, status)`.
 */
export function watchConsole(context, errors) {
  const allowed = [{ path: '/api/v1/auth/refresh', status: 401 }];
  const isAllowed = (message) =>
    allowed.some(({ path, status }) => {
      const pathname = new URL(message.location().url).pathname;
      const matches = path instanceof RegExp ? path.test(pathname) : pathname === path;
      return matches && message.text().includes(`status of ${status}`);
    });
  const watch = (page) => {
    page.on('console', (message) => {
      if (message.type() === 'error' && !isAllowed(message)) {
        errors.push(`${page.url()}: ${message.text()} (${message.location().url})`);
      }
    });
    page.on('pageerror', (error) => errors.push(`${page.url()}: uncaught ${error.message}`));
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  return { allow: (path, status) => allowed.push({ path, status }) };
}

/** Runs named steps in order, with a screenshot after each; stops at the first failure. */
export function stepper(dir) {
  let count = 0;
  return async function step(name, page, work) {
    count++;
    const label = `${String(count).padStart(2, '0')}-${name}`;
    const started = Date.now();
    process.stdout.write(`▸ ${label} … `);
    try {
      await work();
    } catch (error) {
      console.log('FAILED');
      await mkdir(dir, { recursive: true });
      await page.screenshot({ path: join(dir, `${label}-FAILED.png`), fullPage: true }).catch(() => {});
      throw error;
    }
    await mkdir(dir, { recursive: true });
    await page.screenshot({ path: join(dir, `${label}.png`), fullPage: true });
    console.log(`ok (${Date.now() - started} ms)`);
  };
}

export function assert(condition, message) {
  if (!condition) throw new Error(`Assertion failed: ${message}`);
}
