/**
 * The browser scenario: sign up, invite teammates (one without an account, one with), each
 * joining through their link (signing up, or signing in and accepting), create an API key
 * and use it like curl would, read the audit log, then sources and content
 * (scenario-sources.mjs) and the operational steps (scenario-ops.mjs).
 */
import { join } from 'node:path';
import { assert, stepper, watchConsole } from './browser.mjs';
import { runOpsSteps } from './scenario-ops.mjs';
import { runSourcesSteps } from './scenario-sources.mjs';

const PASSWORD = 'correct horse battery';

/** Creates an account straight through the API, like a teammate who signed up earlier. */
async function signupViaApi(baseUrl, email, name) {
  const response = await fetch(`${baseUrl}/api/v1/auth/signup`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD, name, workspaceName: `${name}'s workspace` }),
  });
  assert(response.status === 201, `API sign-up answered ${response.status}: ${await response.text()}`);
}

async function clickNav(page, label) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label }).click();
  await page.getByRole('heading', { level: 1, name: label }).waitFor();
}

export async function runScenario({ browser, baseUrl, screenshots, fixtures }) {
  const run = Date.now().toString(36);
  const owner = { name: 'Ada Lovelace', email: `ada-${run}@example.com`, workspace: `Analytical Engines ${run}` };
  const teammate = { name: 'Charles Babbage', email: `charles-${run}@example.com` };
  const invitee = { name: 'Mary Somerville', email: `mary-${run}@example.com` };
  const consoleErrors = [];
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: { width: 1280, height: 860 },
    acceptDownloads: true,
  });
  const consoleWatch = watchConsole(context, consoleErrors);
  const page = await context.newPage();
  const liveFrames = [];
  page.on('websocket', (socket) => {
    if (socket.url().includes('/live?ticket='))
      socket.on('framereceived', (frame) => liveFrames.push(String(frame.payload)));
  });
  const step = stepper(screenshots);
  let workspaceId = '';
  let inviteUrl = '';
  let teammateUrl = '';
  let apiKey = '';

  await step('signup-form', page, async () => {
    const document = await page.goto('/signup');
    // Static assets bypass the Worker: their security headers come from web/public/_headers.
    const headers = document?.headers() ?? {};
    assert(headers['content-security-policy']?.includes("script-src 'self';"), 'the app page has a strict CSP');
    assert(headers['content-security-policy']?.includes("frame-ancestors 'none'"), 'the app page cannot be framed');
    assert(headers['strict-transport-security']?.startsWith('max-age='), 'the app page sets HSTS');
    assert(headers['x-content-type-options'] === 'nosniff', 'the app page sets nosniff');
    await page.getByLabel('Your name').fill(owner.name);
    await page.getByLabel('Work email').fill('not-an-email');
    await page.getByLabel('Password').fill('short');
    await page.getByLabel('Workspace name').click();
    // Validation runs as you type: the bad values are flagged before submitting.
    await page.getByText('Enter a valid email address.').waitFor();
    await page.getByText('Use at least 8 characters.').waitFor();
    await page.getByLabel('Work email').fill(owner.email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByLabel('Workspace name').fill(owner.workspace);
  });

  await step('dashboard', page, async () => {
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL(/\/w\/ws_[A-Za-z0-9]+$/);
    workspaceId = new URL(page.url()).pathname.split('/')[2];
    await page.getByRole('heading', { name: 'Welcome, Ada' }).waitFor();
    await page.getByText('Live updates on').waitFor();
  });

  await signupViaApi(baseUrl, teammate.email, teammate.name);

  await step('invitation-link', page, async () => {
    await clickNav(page, 'Members');
    await page.getByRole('button', { name: 'Invite member' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Email address').fill(invitee.email);
    await dialog.getByLabel('Role').selectOption('editor');
    await dialog.getByRole('button', { name: 'Invite', exact: true }).click();
    await dialog.getByRole('heading', { name: 'Invitation created' }).waitFor();
    inviteUrl = await dialog.getByLabel('Invitation link').inputValue();
    assert(inviteUrl.startsWith(`${baseUrl}/invite/`), `unexpected invitation link ${inviteUrl}`);
    await dialog.getByText('This link is shown only once.').waitFor();
  });

  await step('member-invited', page, async () => {
    await page.getByRole('dialog').getByRole('button', { name: 'Done' }).click();
    await page.getByRole('table', { name: 'Pending invitations' }).getByText(invitee.email).waitFor();
    await page.getByRole('button', { name: 'Invite member' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Email address').fill(teammate.email);
    await dialog.getByLabel('Role').selectOption('viewer');
    await dialog.getByRole('button', { name: 'Invite', exact: true }).click();
    // Someone with an account gets an invitation too, and the same answer as a newcomer.
    await dialog.getByRole('heading', { name: 'Invitation created' }).waitFor();
    teammateUrl = await dialog.getByLabel('Invitation link').inputValue();
    await dialog.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('table', { name: 'Pending invitations' }).getByText(teammate.email).waitFor();
  });

  const guest = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 860 } });
  watchConsole(guest, consoleErrors);
  const guestPage = await guest.newPage();
  await step('invitation-preview', guestPage, async () => {
    await guestPage.goto(inviteUrl);
    await guestPage.getByRole('heading', { name: `Join ${owner.workspace}` }).waitFor();
    assert((await guestPage.getByLabel('Work email').inputValue()) === invitee.email, 'invitation email not prefilled');
    await guestPage.getByLabel('Your name').fill(invitee.name);
    await guestPage.getByLabel('Password').fill(PASSWORD);
  });
  await step('invitee-joined', guestPage, async () => {
    await guestPage.getByRole('button', { name: 'Create account' }).click();
    await guestPage.waitForURL(`**/w/${workspaceId}`);
    await guestPage.getByRole('heading', { name: 'Welcome, Mary' }).waitFor();
  });
  await guest.close();

  const mate = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 860 } });
  watchConsole(mate, consoleErrors);
  const matePage = await mate.newPage();
  await step('member-accepts', matePage, async () => {
    await matePage.goto(teammateUrl);
    await matePage.getByRole('heading', { name: `Join ${owner.workspace}` }).waitFor();
    await matePage.getByRole('tab', { name: 'I have an account' }).click();
    await matePage.getByLabel('Password').fill(PASSWORD);
    await matePage.getByRole('button', { name: 'Sign in and accept' }).click();
    await matePage.waitForURL(`**/w/${workspaceId}`);
  });
  await mate.close();

  await step('api-key', page, async () => {
    await clickNav(page, 'API keys');
    await page.getByRole('button', { name: 'Create API key' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Name').fill('Reporting script');
    await dialog.getByLabel('Role').selectOption('viewer');
    await dialog.getByRole('button', { name: 'Create key' }).click();
    apiKey = await dialog.getByLabel('API key').inputValue();
    assert(/^cn_[A-Za-z0-9]{20,}$/.test(apiKey), `unexpected key ${apiKey}`);
    await dialog.getByText('It will not be shown again').waitFor();
  });

  await step('api-key-listed', page, async () => {
    await page.getByRole('button', { name: 'I have copied the key' }).click();
    await page.getByRole('table', { name: 'API keys' }).getByText('Reporting script').waitFor();
    // The key works like it would with curl.
    const response = await fetch(`${baseUrl}/api/v1/workspaces/${workspaceId}/members`, {
      headers: { Authorization: `Bearer ${apiKey}` },
    });
    assert(response.status === 200, `members with the API key answered ${response.status}`);
    const emails = (await response.json()).items.map((member) => member.email);
    for (const email of [owner.email, teammate.email, invitee.email]) {
      assert(emails.includes(email), `${email} missing from ${emails.join(', ')}`);
    }
  });

  await step('audit-log', page, async () => {
    await clickNav(page, 'Audit log');
    const table = page.getByRole('table', { name: 'Audit log' });
    for (const action of ['invitation.created', 'invitation.accepted', 'api_key.created']) {
      await table.getByText(action, { exact: true }).first().waitFor();
    }
  });

  await step('audit-filtered', page, async () => {
    await page.getByLabel('Filter by action').selectOption('api_key.created');
    const table = page.getByRole('table', { name: 'Audit log' });
    await table.getByText('invitation.accepted').first().waitFor({ state: 'detached' });
    await table.getByText('Reporting script').waitFor();
    const rows = await table.locator('tbody tr').count();
    assert(rows === 1, `expected 1 api_key.created entry, found ${rows}`);
  });

  await runSourcesSteps({
    page,
    step,
    browser,
    baseUrl,
    fixtures,
    liveFrames,
    viewer: { email: teammate.email, password: PASSWORD, workspaceId },
    allowConsoleError: consoleWatch.allow,
    watchContext: (other) => watchConsole(other, consoleErrors),
  });

  await runOpsSteps({
    page,
    step,
    baseUrl,
    workspaceId,
    owner,
    password: PASSWORD,
    liveFrames,
    context,
    allowConsoleError: consoleWatch.allow,
  });

  assert(consoleErrors.length === 0, `browser console errors:\n  ${consoleErrors.join('\n  ')}`);
  await context.close();
  console.log(`  screenshots: ${join(screenshots)}`);
}
