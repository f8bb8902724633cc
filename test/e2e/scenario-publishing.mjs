/**
 * Publishing, in the browser: webhook targets connected (the secret shown once), a post
 * composed with its preview and a counter that turns red past the account's limit (and the
 * server's complaint at the field), scheduled, found on the week calendar, dragged to another
 * day and moved again with Alt+→, published now and followed live to "Published" (the fixture
 * receiver got it once), a receiver that answers 422 failing it and Retry publishing it once
 * the receiver takes posts, disconnecting refused (409) while a post waits, and the pages on
 * a phone. Every page checked with axe-core. Runs as its own user in its own workspace.
 */
import { expectAxeClean } from './a11y.mjs';
import { assert, stepper, watchConsole } from './browser.mjs';

const PASSWORD = 'correct horse battery';

async function until(check, what, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The Monday after tomorrow (or tomorrow if Monday): it, the Tuesday and the Wednesday share a week. */
function nextMonday() {
  const day = new Date();
  day.setHours(0, 0, 0, 0);
  day.setDate(day.getDate() + 1);
  while (day.getDay() !== 1) day.setDate(day.getDate() + 1);
  return day;
}

const key = (d) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const plusDays = (d, n) => new Date(d.getFullYear(), d.getMonth(), d.getDate() + n);

export async function runPublishingScenario({ browser, baseUrl, screenshots, fixtures }) {
  const run = Date.now().toString(36);
  const email = `hedy-${run}@example.com`;
  const signup = await fetch(`${baseUrl}/api/v1/auth/signup`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD, name: 'Hedy Lamarr', workspaceName: `Frequencies ${run}` }),
  });
  assert(signup.status === 201, `sign-up answered ${signup.status}`);
  const workspaceId = (await signup.json()).workspace.id;
  const okHook = `ok-${run}`;
  const badHook = `bad-${run}`;
  fixtures.hooks.answer(badHook, 422);

  const consoleErrors = [];
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
  const consoleWatch = watchConsole(context, consoleErrors);
  const page = await context.newPage();
  const liveFrames = [];
  page.on('websocket', (socket) => {
    if (socket.url().includes('/live?ticket='))
      socket.on('framereceived', (frame) => liveFrames.push(String(frame.payload)));
  });
  const step = stepper(screenshots);
  const dialog = page.getByRole('dialog');
  const nav = (label) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label, exact: true });
  let scheduledPostUrl = '';

  await step('accounts-empty', page, async () => {
    await page.goto('/login');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`**/w/${workspaceId}`);
    await nav('Accounts').click();
    await page.getByRole('heading', { name: 'No accounts yet' }).waitFor();
    await expectAxeClean(page, 'the empty accounts page');
  });

  const connectWebhook = async (url, name) => {
    await page.getByRole('button', { name: 'Connect account' }).first().click();
    await dialog.getByText('Webhook', { exact: true }).click();
    await dialog.getByLabel('Webhook URL').fill(url);
    await dialog.getByLabel('Name').fill(name);
    await dialog.getByRole('button', { name: 'Connect', exact: true }).click();
    await dialog.getByText('you will not see it again').waitFor();
    const secret = await dialog.getByLabel('Signing secret').inputValue();
    assert(secret.length >= 16, `the signing secret shown is "${secret}"`);
  };

  await step('webhook-secret-once', page, async () => {
    // Bluesky's form is there, with the default PDS.
    await page.getByRole('button', { name: 'Connect account' }).first().click();
    await dialog.getByText('Bluesky', { exact: true }).click();
    assert((await dialog.getByLabel('PDS address').inputValue()) === 'https://bsky.social', 'no default PDS');
    await expectAxeClean(page, 'the connect dialog');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await connectWebhook(fixtures.hooks.url(okHook), 'Harbour hook');
    await expectAxeClean(page, 'the webhook secret dialog');
  });

  await step('webhooks-connected', page, async () => {
    await dialog.getByRole('button', { name: 'I have copied the secret' }).click();
    await connectWebhook(fixtures.hooks.url(badHook), 'Picky hook');
    await dialog.getByRole('button', { name: 'I have copied the secret' }).click();
    const table = page.getByRole('table', { name: 'Accounts' });
    await table.getByRole('row').filter({ hasText: 'Harbour hook' }).getByText('Connected').waitFor();
    await table.getByRole('row').filter({ hasText: 'Picky hook' }).waitFor();
  });

  const preview = page.getByRole('region', { name: 'Preview for Harbour hook' });
  await step('compose-preview-counter', page, async () => {
    await page.goto(`/w/${workspaceId}/posts/new`);
    await page.getByRole('heading', { level: 1, name: 'New post' }).waitFor();
    await page.getByRole('checkbox', { name: /Harbour hook/ }).check();
    await page.getByLabel('Post', { exact: true }).fill('Fresh loaves at the harbour from six.');
    await preview.getByText('Fresh loaves at the harbour from six.').waitFor();
    await preview.getByText('Webhook').waitFor();
    const counter = page.getByRole('list', { name: 'Length for each account' }).getByTestId('length-counter');
    assert((await counter.textContent()) === '37 / 100000', `counter says ${await counter.textContent()}`);
    assert((await counter.getAttribute('data-over')) === null, 'the counter is red within the limit');
    await expectAxeClean(page, 'the composer');
    // Past the account's limit the counter turns red and says by how much.
    await page.getByLabel('Post', { exact: true }).fill('x'.repeat(100_001));
    await counter.and(page.locator('[data-over]')).waitFor();
    assert((await counter.textContent()).includes('1 over'), `counter says ${await counter.textContent()}`);
    const color = await counter.evaluate((el) => getComputedStyle(el).color);
    assert(/oklch\(0\.[45]\d* 0\.[12]\d* 2[0-9]\./.test(color) || color.includes('rgb(185'), `counter colour ${color}`);
  });

  await step('compose-server-error-at-field', page, async () => {
    // The server refuses a body over its own 10,000 characters: the complaint lands under the field.
    consoleWatch.allow(`/api/v1/workspaces/${workspaceId}/posts`, 400);
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByRole('alert').filter({ hasText: 'Use at most 10,000 characters.' }).waitFor();
  });

  await step('compose-ai-panel', page, async () => {
    // No provider here: hashtags come from the local engine; a rewrite says who can set one up.
    const body = page.getByLabel('Post', { exact: true });
    const original = 'Sourdough starter tips for home bakers: feeding schedules and flour choice. #baking';
    await body.fill(original);
    const panel = page.getByRole('region', { name: 'AI assistant' });
    await panel.getByRole('button', { name: 'AI assistant' }).click();
    await panel.getByRole('radio', { name: 'Shorten' }).click();
    await panel.getByText(/Already within Harbour hook's 100000/).waitFor();
    assert(
      await panel.getByRole('button', { name: 'Shorten', exact: true }).isDisabled(),
      'Shorten runs on a fitting text',
    );
    await panel.getByRole('radio', { name: 'Hashtags' }).click();
    await panel.getByRole('button', { name: 'Hashtags', exact: true }).click();
    await panel.getByText('Local engine', { exact: true }).waitFor();
    const boxes = panel.getByRole('checkbox');
    assert((await boxes.count()) > 0, 'no hashtags offered');
    const tags = await boxes.evaluateAll((inputs) => inputs.map((input) => input.parentElement?.textContent?.trim()));
    assert(!tags.some((tag) => tag?.toLowerCase() === '#baking'), `offered a tag the post has: ${tags}`);
    await expectAxeClean(page, 'the composer with its AI panel open');
    await panel.getByRole('button', { name: /^Add \d+ hashtags?$/ }).click();
    const withTags = await body.inputValue();
    assert(withTags.startsWith(`${original}\n\n${tags[0]}`), `the post after adding hashtags: ${withTags}`);
    await panel.getByRole('button', { name: 'Undo' }).click();
    assert((await body.inputValue()) === original, 'Undo did not restore the post');
    consoleWatch.allow(`/api/v1/workspaces/${workspaceId}/ai/generate`, 409);
    await panel.getByRole('radio', { name: 'Rewrite' }).click();
    await panel.getByRole('button', { name: 'Rewrite', exact: true }).click();
    await panel.getByText('No AI provider configured').waitFor();
    await panel.getByRole('link', { name: 'Open Settings → AI' }).waitFor();
  });

  const monday = nextMonday();
  await step('scheduled', page, async () => {
    await page.getByLabel('Post', { exact: true }).fill('Harbour market on Monday morning.');
    await page.getByText(/In your time zone, /).waitFor();
    await page.getByLabel('Publish at').fill(`${key(monday)}T10:00`);
    await page.getByRole('button', { name: 'Schedule' }).click();
    await page.waitForURL(/\/posts\/post_[^/]+$/);
    scheduledPostUrl = page.url();
    await page.getByRole('region', { name: 'Harbour hook: Scheduled' }).waitFor();
    await expectAxeClean(page, 'a scheduled post');
  });

  const weekUrl = `/w/${workspaceId}/posts?view=week&date=${key(monday)}`;
  const cell = (day) => page.locator(`td[data-day="${key(day)}"]`);
  const chip = page.locator('td [data-post-chip]').filter({ hasText: 'Harbour market' });
  await step('calendar-week', page, async () => {
    await page.goto(weekUrl);
    await cell(monday).locator('[data-post-chip]').filter({ hasText: 'Harbour market' }).waitFor();
    await expectAxeClean(page, 'the week calendar');
  });

  await step('calendar-dragged', page, async () => {
    await chip.dragTo(cell(plusDays(monday, 1)));
    await cell(plusDays(monday, 1)).locator('[data-post-chip]').filter({ hasText: 'Harbour market' }).waitFor();
    await page
      .getByText(/^Moved to /)
      .first()
      .waitFor();
  });

  await step('calendar-moved-by-keyboard', page, async () => {
    await chip.focus();
    await page.keyboard.press('Alt+ArrowRight');
    await cell(plusDays(monday, 2)).locator('[data-post-chip]').filter({ hasText: 'Harbour market' }).waitFor();
    // The keyboard stays on the post in its new place.
    await until(
      () => page.evaluate(() => document.activeElement?.closest('td')?.dataset.day ?? null),
      'focus to follow the post',
      5_000,
    ).then((day) => assert(day === key(plusDays(monday, 2)), `focus is on ${day}`));
    await page.goto(scheduledPostUrl);
    await page.getByText(/Scheduled for /).waitFor();
    const description = await page.getByText(/Scheduled for /).textContent();
    const expected = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(
      new Date(plusDays(monday, 2).setHours(10, 0)),
    );
    assert(description.includes(expected), `the post says "${description}", expected ${expected}`);
  });

  await step('disconnect-refused', page, async () => {
    consoleWatch.allow(/\/api\/v1\/workspaces\/[^/]+\/accounts\/[^/]+$/, 409);
    await nav('Accounts').click();
    await page.getByRole('button', { name: 'Disconnect Harbour hook' }).click();
    await dialog.getByRole('button', { name: 'Disconnect' }).click();
    await dialog.getByText(/Posts are waiting to publish to Harbour hook/).waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  });

  await step('published-live', page, async () => {
    await page.goto(`/w/${workspaceId}/posts/new`);
    await page.getByRole('checkbox', { name: /Harbour hook/ }).check();
    await page.getByLabel('Post', { exact: true }).fill('Ovens are hot: first batch out now.');
    await page.getByRole('button', { name: 'Publish now' }).click();
    await page.waitForURL(/\/posts\/post_[^/]+$/);
    const framesBefore = liveFrames.length;
    await page.getByRole('region', { name: 'Harbour hook: Published' }).waitFor({ timeout: 60_000 });
    assert(
      liveFrames.slice(framesBefore).some((f) => f.includes('post.target_published')) ||
        liveFrames.some((f) => f.includes('post.target_published')),
      'no live post.target_published event',
    );
    const received = fixtures.hooks.received(okHook);
    const bodies = received.deliveries.map((d) => d.body.data.body);
    assert(
      bodies.filter((b) => b === 'Ovens are hot: first batch out now.').length === 1,
      `the receiver kept ${JSON.stringify(bodies)}`,
    );
    await page.getByRole('list', { name: 'Timeline' }).getByText('Published').waitFor();
    await expectAxeClean(page, 'a published post');
  });

  await step('failed', page, async () => {
    await page.goto(`/w/${workspaceId}/posts/new`);
    await page.getByRole('checkbox', { name: /Picky hook/ }).check();
    await page.getByLabel('Post', { exact: true }).fill('Will the picky receiver take this?');
    await page.getByRole('button', { name: 'Publish now' }).click();
    await page.waitForURL(/\/posts\/post_[^/]+$/);
    const target = page.getByRole('region', { name: 'Picky hook: Failed' });
    await target.waitFor({ timeout: 60_000 });
    await target
      .getByText(/told to answer 422/)
      .first()
      .waitFor();
    await expectAxeClean(page, 'a failed post');
  });

  await step('retried-published', page, async () => {
    fixtures.hooks.answer(badHook, 200);
    await page.getByRole('button', { name: 'Retry' }).click();
    await page.getByRole('region', { name: 'Picky hook: Published' }).waitFor({ timeout: 60_000 });
    const received = fixtures.hooks.received(badHook);
    assert(received.deliveries.length === 1, `the receiver kept ${received.deliveries.length} deliveries`);
  });

  await step('posts-list', page, async () => {
    await nav('Posts').click();
    const table = page.getByRole('table', { name: 'Posts' });
    await table
      .getByRole('row')
      .filter({ hasText: 'Harbour market' })
      .getByRole('button', { name: 'Move to…' })
      .waitFor();
    await page.getByLabel('Filter by status').selectOption('draft');
    await page.getByRole('heading', { name: 'No posts match' }).waitFor();
    await page.getByLabel('Filter by status').selectOption('');
    await expectAxeClean(page, 'the posts list');
  });

  const phone = await context.newPage();
  await phone.setViewportSize({ width: 390, height: 844 });
  await step('calendar-phone', phone, async () => {
    await phone.goto(weekUrl);
    await phone.locator('[data-post-chip]:visible').filter({ hasText: 'Harbour market' }).waitFor();
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert(overflow <= 0, `the calendar is ${overflow}px wider than a phone`);
    await expectAxeClean(phone, 'the calendar on a phone');
  });
  await phone.close();

  assert(consoleErrors.length === 0, `console errors:\n  ${consoleErrors.join('\n  ')}`);
  await context.close();
}
