/**
 * Queues, pausing, failures and CSV import, in the browser: an account's weekly posting times
 * set on its queue page, a post added to the queue from the composer and found in its slot,
 * the account paused (its post held, listed under Failures with who paused it) and resumed
 * ("Nothing failed"), and a CSV import refused with its rejected rows, then taken whole.
 * Every page checked with axe-core, and the queue and failures pages on a phone. Runs as its
 * own user in its own workspace.
 */
import { expectAxeClean } from './a11y.mjs';
import { assert, stepper, watchConsole } from './browser.mjs';

const PASSWORD = 'correct horse battery';

export async function runQueueScenario({ browser, baseUrl, screenshots, fixtures }) {
  const run = Date.now().toString(36);
  const email = `grace-${run}@example.com`;
  const signup = await fetch(`${baseUrl}/api/v1/auth/signup`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD, name: 'Grace Hopper', workspaceName: `Compilers ${run}` }),
  });
  assert(signup.status === 201, `sign-up answered ${signup.status}`);
  const { workspace, accessToken } = await signup.json();
  const connected = await fetch(`${baseUrl}/api/v1/workspaces/${workspace.id}/accounts`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${accessToken}` },
    body: JSON.stringify({ platform: 'webhook', url: fixtures.hooks.url(`queue-${run}`), name: 'Dock hook' }),
  });
  assert(connected.status === 201, `connecting the hook answered ${connected.status}`);
  const account = await connected.json();

  const consoleErrors = [];
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 900 } });
  const consoleWatch = watchConsole(context, consoleErrors);
  // The import refused on purpose answers 422 with its report.
  consoleWatch.allow(`/api/v1/workspaces/${workspace.id}/posts/import`, 422);
  const page = await context.newPage();
  const step = stepper(screenshots);
  const dialog = page.getByRole('dialog');
  const nav = (label) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label, exact: true });
  const queueUrl = `/w/${workspace.id}/accounts/${account.id}/queue`;

  await step('queue-empty', page, async () => {
    await page.goto('/login');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`**/w/${workspace.id}`);
    await nav('Accounts').click();
    await page.getByRole('link', { name: 'Queue of Dock hook' }).click();
    await page.waitForURL(`**${queueUrl}`);
    await page.getByRole('heading', { name: 'No posting times' }).waitFor();
    await expectAxeClean(page, 'an empty queue');
  });

  await step('queue-times-saved', page, async () => {
    for (let i = 0; i < 2; i++) await page.getByRole('button', { name: 'Add a time' }).click();
    await page.getByLabel('Weekday of time 2').selectOption('Thursday');
    await page.getByLabel('Time 2', { exact: true }).fill('17:30');
    await page.getByRole('button', { name: 'Save posting times' }).click();
    await page.getByText('Posting times saved').waitFor();
    const free = page.getByRole('listitem').filter({ hasText: 'Free' });
    await free.first().waitFor();
    assert((await free.count()) === 4, `${await free.count()} free slots in two weeks`);
    await expectAxeClean(page, 'the queue with times');
  });

  await step('compose-add-to-queue', page, async () => {
    await page.goto(`/w/${workspace.id}/posts/new`);
    await page.getByRole('checkbox', { name: /Dock hook/ }).check();
    await page.getByLabel('Post', { exact: true }).fill('Nanoseconds, in a queue.');
    await page.getByRole('button', { name: 'Add to queue' }).click();
    await page.getByText(/^Queued for /).waitFor();
    await page.goto(queueUrl);
    const held = page.getByRole('listitem').filter({ hasText: 'Nanoseconds, in a queue.' });
    await held.getByText('Scheduled').waitFor();
    assert((await page.getByRole('listitem').filter({ hasText: 'Free' }).count()) === 3, 'the post took no slot');
  });

  await step('account-paused-failures', page, async () => {
    await nav('Accounts').click();
    const row = page.getByRole('table', { name: 'Accounts' }).getByRole('row').filter({ hasText: 'Dock hook' });
    await row.getByRole('button', { name: 'Pause Dock hook' }).click();
    await row.getByText('Paused by Grace Hopper').waitFor();
    await nav('Failures').click();
    const target = page.getByRole('table', { name: 'Targets that need attention' }).getByRole('row');
    await target.filter({ hasText: 'Paused by Grace Hopper' }).getByText('Held').waitFor();
    assert(
      await target.getByRole('button', { name: /^Retry/ }).isDisabled(),
      'a held target of a paused account can be retried',
    );
    await expectAxeClean(page, 'the failures page');
  });

  await step('account-resumed-nothing-failed', page, async () => {
    await nav('Accounts').click();
    await page.getByRole('button', { name: 'Resume Dock hook' }).click();
    await page.getByRole('table', { name: 'Accounts' }).getByText('Connected').waitFor();
    await nav('Failures').click();
    await page.getByRole('heading', { name: 'Nothing failed' }).waitFor();
  });

  await step('import-rejected-rows', page, async () => {
    await nav('Posts').click();
    await page.getByRole('button', { name: 'Import CSV' }).click();
    const csv = `body,accounts,scheduled_at\n"Fine, with a comma",${account.id},\nNobody,@nobody,\n`;
    await dialog
      .getByLabel('CSV file')
      .setInputFiles({ name: 'posts.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    const report = dialog.getByRole('table', { name: 'Rejected rows' });
    await report.getByText('No account @nobody in this workspace.').waitFor();
    await expectAxeClean(page, 'the import report');
  });

  await step('import-taken-whole', page, async () => {
    const csv = `body,accounts,scheduled_at\n"Fine, with a comma",${account.id},\n"Second ""row""",${account.id},2031-05-04 10:00\n`;
    await dialog
      .getByLabel('CSV file')
      .setInputFiles({ name: 'posts.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('Imported 2 posts').waitFor();
    await page.getByText('Second "row"').first().waitFor();
  });

  const phone = await context.newPage();
  await phone.setViewportSize({ width: 390, height: 844 });
  for (const [name, url] of [
    ['queue-phone', queueUrl],
    ['failures-phone', `/w/${workspace.id}/failures`],
  ]) {
    await step(name, phone, async () => {
      await phone.goto(url);
      await phone.getByRole('heading', { level: 1 }).waitFor();
      await phone.waitForLoadState('networkidle');
      const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert(overflow <= 0, `${name}: ${overflow}px wider than a phone`);
      await expectAxeClean(phone, name);
    });
  }
  await phone.close();

  assert(consoleErrors.length === 0, `console errors:\n  ${consoleErrors.join('\n  ')}`);
  await context.close();
}
