/**
 * Operational steps: a workspace export followed live to the download, the jobs list,
 * session restore on reload, sign-out and sign-in, the mobile layout, and the API docs.
 */
import { readFile } from 'node:fs/promises';
import { assert } from './browser.mjs';
import { checkStaticAssets } from './static-assets.mjs';

export async function runOpsSteps({
  page,
  step,
  baseUrl,
  workspaceId,
  owner,
  password,
  liveFrames,
  context,
  allowConsoleError,
}) {
  await step('export-done', page, async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Export workspace' }).click();
    const status = page.getByTestId('export-status');
    await status.getByRole('progressbar', { name: 'Export progress' }).waitFor();
    await status.getByText('Succeeded').waitFor({ timeout: 90_000 });
    const progress = await status.getByRole('progressbar').getAttribute('aria-valuenow');
    assert(progress === '100', `export progress ended at ${progress}`);
    // The progress arrived over the live WebSocket, not by polling.
    const jobEvents = liveFrames.filter((frame) => frame.includes('"type":"job"'));
    assert(
      jobEvents.some((frame) => frame.includes('"status":"running"')),
      'no live "running" job event',
    );
    assert(
      jobEvents.some((frame) => frame.includes('"status":"succeeded"')),
      'no live "succeeded" job event',
    );
  });

  await step('export-downloaded', page, async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByTestId('export-status')
        .getByRole('button', { name: /^Download/ })
        .click(),
    ]);
    const file = JSON.parse(await readFile(await download.path(), 'utf8'));
    assert(file.format === 'crowsnest.workspace-export.v1', `export format ${file.format}`);
    assert(file.workspace.id === workspaceId, 'export of another workspace');
    assert(file.members.length === 3, `export has ${file.members.length} members`);
  });

  await step('jobs', page, async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Jobs' }).click();
    const row = page.getByRole('table', { name: 'Jobs' }).getByRole('row').filter({ hasText: 'Workspace export' });
    await row.first().getByText('Succeeded').waitFor();
  });

  await step('session-restored', page, async () => {
    // The access token lives in memory only: a reload restores it from the refresh cookie.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Jobs' }).waitFor();
    const stored = await page.evaluate(
      () => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }),
    );
    assert(!stored.includes('eyJ'), 'a token was written to web storage');
  });

  await step('account', page, async () => {
    await page.getByRole('link', { name: new RegExp(owner.name) }).click();
    await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
    // A wrong current password: the server's field error lands under the field.
    allowConsoleError('/api/v1/me/password', 400);
    await page.getByLabel('Current password').fill('wrong password');
    await page.getByLabel('New password', { exact: true }).fill('another long password');
    await page.getByLabel('Repeat the new password').fill('another long password');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: /password/i })
      .first()
      .waitFor();
  });

  await step('signed-out', page, async () => {
    await page.getByRole('main').getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/login');
    await page.getByRole('heading', { name: 'Sign in to Crowsnest' }).waitFor();
  });

  await step('signed-in-again', page, async () => {
    await page.getByLabel('Email').fill(owner.email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`**/w/${workspaceId}`);
    await page.getByRole('heading', { name: 'Welcome, Ada' }).waitFor();
  });

  await step('token-refresh', page, async () => {
    // Three API calls at once find the access token rejected: they must share one refresh
    // (a second refresh would present a used cookie, which ends the session).
    allowConsoleError(/^\/api\/v1\/workspaces\//, 401);
    const rejected = new Set();
    let refreshes = 0;
    const countRefresh = (request) => {
      if (request.url().endsWith('/api/v1/auth/refresh')) refreshes++;
    };
    const unauthorized = JSON.stringify({
      type: 'about:blank',
      title: 'Unauthorized',
      status: 401,
      detail: 'Expired.',
    });
    const held = [];
    await page.route('**/api/v1/workspaces/**', (route) => {
      const url = route.request().url();
      if (rejected.size >= 3 || rejected.has(url)) return route.fallback();
      rejected.add(url);
      // Answer the three together, so all of them still hold the old token when their 401s land.
      held.push(route);
      if (held.length < 3) return;
      return Promise.all(
        held.map((r) => r.fulfill({ status: 401, contentType: 'application/problem+json', body: unauthorized })),
      );
    });
    page.on('request', countRefresh);
    await page.reload();
    await page.getByRole('heading', { name: 'Welcome, Ada' }).waitFor();
    await page.getByRole('table', { name: 'Audit log' }).waitFor();
    await page.unrouteAll();
    page.off('request', countRefresh);
    assert(rejected.size === 3, `only ${rejected.size} calls were rejected`);
    // One refresh restores the session on load, one more serves all three rejected calls.
    assert(refreshes === 2, `expected 2 refreshes, saw ${refreshes}`);
  });

  const phone = await context.newPage();
  await phone.setViewportSize({ width: 390, height: 844 });
  await step('mobile', phone, async () => {
    await phone.goto(`/w/${workspaceId}/members`);
    await phone.getByRole('heading', { level: 1, name: 'Members' }).waitFor();
    await phone.getByRole('button', { name: 'Open menu' }).click();
    await phone.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Jobs' }).waitFor();
  });
  await phone.close();

  await step('static-assets', page, () => checkStaticAssets({ request: context.request, baseUrl }));

  await step('api-docs', page, async () => {
    await page.goto(`${baseUrl}/api/docs`);
    await page.locator('.swagger-ui .info .title').filter({ hasText: 'Crowsnest API' }).waitFor();
    await page.locator('.swagger-ui .opblock').first().waitFor();
  });
}
