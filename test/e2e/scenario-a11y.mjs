/**
 * Accessibility and layout: the skip link, a visible focus ring on everything reachable by
 * Tab (content rows included), dialogs that keep focus inside and give it back, the
 * dashboard's recent-jobs table whole at common laptop widths and on phones, and axe-core
 * on each of these pages.
 */

import { expectAxeClean, expectVisibleFocus } from './a11y.mjs';
import { assert, stepper, watchConsole } from './browser.mjs';

const PASSWORD = 'correct horse battery';
/** Laptop widths where two dashboard cards sit side by side, and two phones. */
const WIDTHS = [1280, 1366, 1440, 390, 360];

async function api(baseUrl, token, method, path, body) {
  const response = await fetch(`${baseUrl}/api/v1${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
  return response.status === 204 ? null : response.json();
}

/**
 * A workspace whose recent jobs include a failed read with a long error: a feed at a long
 * address that answers 404 (a permanent failure: no retries to wait for).
 */
async function seedWorkspace(baseUrl, fixtures, email) {
  const response = await fetch(`${baseUrl}/api/v1/auth/signup`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD, name: 'Grace Hopper', workspaceName: 'Harbour access' }),
  });
  assert(response.status === 201, `sign-up answered ${response.status}`);
  const { workspace, accessToken } = await response.json();
  const path = `/workspaces/${workspace.id}`;
  await api(baseUrl, accessToken, 'POST', `${path}/sources`, { type: 'feed', url: fixtures.feedUrl });
  await api(baseUrl, accessToken, 'POST', `${path}/sources`, {
    type: 'feed',
    name: 'The Harbourside Journal of Baking, Bread and Lighthouse Keeping',
    url: `${fixtures.origin}/feeds/harbourside-journal-of-baking/weekly-digest-for-subscribers.xml`,
  });
  const deadline = Date.now() + 90_000;
  for (;;) {
    const { items } = await api(baseUrl, accessToken, 'GET', `${path}/jobs?limit=25`);
    const settled = items.every((job) => job.status === 'succeeded' || job.status === 'failed');
    if (settled && items.some((job) => job.status === 'failed') && items.length >= 3) break;
    assert(Date.now() < deadline, `jobs did not settle: ${JSON.stringify(items.map((job) => job.status))}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return workspace.id;
}

/** The element with focus, as "tag text" plus whether it sits in the open dialog. */
function focused(page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    return {
      name: `${element?.tagName.toLowerCase()} ${(element?.getAttribute('aria-label') ?? element?.textContent ?? '').trim().slice(0, 40)}`,
      inDialog: Boolean(element?.closest('dialog[open]')),
    };
  });
}

/**
 * Presses `key` twice as many times as the dialog has stops and checks that focus never
 * leaves it and comes round again: stop i and stop i + n are the same element.
 */
async function expectFocusCycles(page, key) {
  const stops = await page.evaluate(
    () =>
      [...document.querySelectorAll('dialog[open] :is(a[href], button, input, select, textarea)')].filter(
        (element) => !element.disabled && element.checkVisibility(),
      ).length,
  );
  assert(stops >= 2, `the dialog has ${stops} focusable elements`);
  const seen = [];
  for (let i = 0; i < stops * 2; i++) {
    await page.keyboard.press(key);
    const now = await focused(page);
    assert(now.inDialog, `${key} no. ${i + 1} left the dialog for ${now.name} (before: ${seen.join(' → ')})`);
    seen.push(now.name);
  }
  for (let i = 0; i < stops; i++) {
    assert(seen[i] === seen[i + stops], `${key} does not cycle through the dialog: ${seen.join(' → ')}`);
  }
}

export async function runA11yScenario({ browser, baseUrl, screenshots, fixtures }) {
  const email = `grace-${Date.now().toString(36)}@example.com`;
  const workspaceId = await seedWorkspace(baseUrl, fixtures, email);
  const base = `/w/${workspaceId}`;
  const consoleErrors = [];
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 860 } });
  watchConsole(context, consoleErrors);
  const page = await context.newPage();
  const step = stepper(screenshots);
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Welcome, Grace' }).waitFor();

  await step('skip-link', page, async () => {
    await page.goto(base);
    await page.getByRole('heading', { level: 1, name: 'Welcome, Grace' }).waitFor();
    // The first Tab on a fresh page lands on the skip link, which shows itself.
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    assert(await skip.evaluate((link) => link === document.activeElement), 'the first Tab is not the skip link');
    const box = await skip.boundingBox();
    const opacity = await skip.evaluate((link) => getComputedStyle(link).opacity);
    assert(
      box && box.width > 40 && box.height > 20 && box.y >= 0 && opacity === '1',
      `the focused skip link is not visible: ${JSON.stringify(box)}, opacity ${opacity}`,
    );
    await expectVisibleFocus(page);
    await expectAxeClean(page, 'the dashboard');
  });

  await step('skip-link-used', page, async () => {
    await page.keyboard.press('Enter');
    const target = await page.evaluate(() => document.activeElement?.tagName);
    assert(target === 'MAIN', `the skip link moved focus to ${target}`);
    // The next Tab continues inside the page's content, past the navigation.
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => Boolean(document.activeElement?.closest('main')));
    assert(next, 'Tab after the skip link left the main region');
    assert(!page.url().includes('#'), `the skip link changed the address: ${page.url()}`);
  });

  for (const width of WIDTHS) {
    await step(`dashboard-jobs-${width}`, page, async () => {
      await page.setViewportSize({ width, height: width < 640 ? 800 : 900 });
      const table = page.getByRole('table', { name: 'Jobs' });
      await table.getByText('Failed').waitFor();
      await table.scrollIntoViewIfNeeded();
      // Every cell of the last column lies inside the card, with nothing scrolled out of sight.
      const outside = await table.evaluate((element) => {
        const card = element.closest('section:has(> header)')?.getBoundingClientRect();
        const scroller = element.parentElement;
        if (!card || !scroller) return ['no card around the table'];
        return [...element.querySelectorAll('tr')].flatMap((row) => {
          const cell = row.lastElementChild?.getBoundingClientRect();
          if (!cell) return ['a row without cells'];
          const inCard = cell.left >= card.left - 0.5 && cell.right <= card.right + 0.5;
          const scrolled = scroller.scrollWidth > scroller.clientWidth;
          return inCard && !scrolled
            ? []
            : [
                `cell ${Math.round(cell.left)}–${Math.round(cell.right)} vs card ${Math.round(card.left)}–${Math.round(card.right)}, scroll ${scroller.scrollWidth}/${scroller.clientWidth}`,
              ];
        });
      });
      assert(outside.length === 0, `the last column is cut off at ${width} px:\n  ${outside.join('\n  ')}`);
      if (width === 390) await expectAxeClean(page, 'the dashboard on a phone');
    });
  }
  await page.setViewportSize({ width: 1280, height: 860 });

  await step('content-row-focus', page, async () => {
    await page.goto(`${base}/content`);
    const list = page.getByRole('list', { name: 'Content' });
    await list.getByRole('link', { name: 'Night shift at the lighthouse oven' }).waitFor();
    // Tab through the whole page: every stop shows a ring, content rows included.
    const stops = [];
    let rows = 0;
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const focus = await expectVisibleFocus(page);
      if (stops.includes(focus.label)) break;
      stops.push(focus.label);
      if (focus.label.endsWith('in Content') && (await list.evaluate((ul) => ul.contains(document.activeElement))))
        rows++;
      // Leave the first content row focused for the screenshot.
      if (rows === 1 && focus.label.includes('Night shift')) break;
    }
    assert(rows === 1, `Tab never reached a content row: ${stops.join(' → ')}`);
    await expectAxeClean(page, 'the content explorer');
  });

  await step('dashboard-focus', page, async () => {
    await page.goto(base);
    await page.getByRole('table', { name: 'Jobs' }).getByText('Failed').waitFor();
    const stops = [];
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const focus = await expectVisibleFocus(page);
      if (stops.includes(focus.label)) break;
      stops.push(focus.label);
    }
    assert(stops.length > 15, `only ${stops.length} focus stops on the dashboard: ${stops.join(' → ')}`);
    // Stop on a recent-content row for the screenshot.
    await page.getByRole('list', { name: 'Recent content' }).getByRole('link').first().focus();
    await expectVisibleFocus(page);
  });

  await step('dialog-focus', page, async () => {
    await page.goto(`${base}/members`);
    const opener = page.getByRole('button', { name: 'Invite member' });
    await opener.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Invite a member' });
    await dialog.waitFor();
    // Focus starts in the dialog, on its first field.
    const start = await focused(page);
    assert(start.inDialog && start.name.startsWith('input'), `focus on open: ${start.name}`);
    await expectAxeClean(page, 'the invitation dialog');
    await expectFocusCycles(page, 'Tab');
    await expectFocusCycles(page, 'Shift+Tab');
    await expectVisibleFocus(page);
  });

  await step('dialog-closed', page, async () => {
    await page.keyboard.press('Escape');
    await page
      .getByRole('dialog')
      .waitFor({ state: 'detached' })
      .catch(() => {});
    assert(!(await page.getByRole('dialog').isVisible()), 'Escape did not close the dialog');
    const back = await focused(page);
    assert(back.name === 'button Invite member', `focus went to ${back.name}, not back to "Invite member"`);
  });

  await step('confirm-dialog-focus', page, async () => {
    // A confirmation opened from a row's menu gives focus back to the menu's button.
    await page.goto(`${base}/sources`);
    const row = page
      .getByRole('table', { name: 'Sources' })
      .getByRole('row')
      .filter({ hasText: 'Harbourside Journal' });
    const more = row.getByRole('button', { name: /^More actions for/ });
    await more.focus();
    await page.keyboard.press('Enter');
    await row.getByRole('menuitem', { name: 'Delete' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    await expectFocusCycles(page, 'Tab');
    await expectFocusCycles(page, 'Shift+Tab');
    await expectVisibleFocus(page);
    await expectAxeClean(page, 'a confirmation dialog');
  });

  await step('confirm-dialog-closed', page, async () => {
    await page.keyboard.press('Escape');
    const back = await focused(page);
    assert(back.name.startsWith('button More actions for'), `focus went to ${back.name}, not back to the menu button`);
  });

  await step('create-workspace-dialog-focus', page, async () => {
    // Opened from the workspace switcher's list, which closes as the dialog opens: focus goes
    // back to the switcher.
    const switcher = page.getByRole('button', { name: /Harbour access/ });
    await switcher.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Create workspace' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Create a workspace' });
    await dialog.waitFor();
    const start = await focused(page);
    assert(start.inDialog && start.name.startsWith('input'), `focus on open: ${start.name}`);
    await expectFocusCycles(page, 'Tab');
    await page.keyboard.press('Escape');
    const back = await switcher.evaluate((button) => button === document.activeElement);
    assert(back, `focus went to ${(await focused(page)).name}, not back to the workspace switcher`);
  });

  assert(consoleErrors.length === 0, `browser console errors:\n  ${consoleErrors.join('\n  ')}`);
  await context.close();
}
