/**
 * The AI layer with no provider configured (as the e2e server runs): Settings → AI says the
 * local engine is at work, a provider's unreachable base URL comes back as a field error, the
 * fallback order moves by keyboard; brand voices written by hand and learned from posts by
 * the local engine; ideas from the local engine and a post that needs a provider; an item's
 * local-engine analysis, analysed again live; what works for a source; phones; last, a
 * provider saved with a key that never comes back, and its failing connection test in usage.
 * Runs as its own user in its own workspace, with the fixture feed as its content.
 */
import { assert, stepper, watchConsole } from './browser.mjs';

const PASSWORD = 'correct horse battery';
const FEED_NAME = 'Harbourside journal';
const ITEM = 'Night shift at the lighthouse oven';

async function api(baseUrl, token, method, path, body) {
  const response = await fetch(`${baseUrl}/api/v1${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

async function until(check, what, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** A fresh account whose workspace has read the fixture feed and analysed its items. */
async function setUp(baseUrl, fixtures) {
  const run = Date.now().toString(36);
  const email = `grace-${run}@example.com`;
  const signup = await api(baseUrl, null, 'POST', '/auth/signup', {
    email,
    password: PASSWORD,
    name: 'Grace Hopper',
    workspaceName: `Compilers ${run}`,
  });
  assert(signup.status === 201, `sign-up answered ${signup.status}`);
  const token = signup.body.accessToken;
  const workspaceId = signup.body.workspace.id;
  const ws = `/workspaces/${workspaceId}`;
  const source = await api(baseUrl, token, 'POST', `${ws}/sources`, {
    type: 'feed',
    url: fixtures.feedUrl,
    name: FEED_NAME,
  });
  assert(source.status === 201, `adding the feed answered ${source.status}`);
  const items = await until(async () => {
    const list = await api(baseUrl, token, 'GET', `${ws}/content?limit=10`);
    return list.body?.items?.length === 4 ? list.body.items : null;
  }, 'the feed to be read');
  const item = items.find((i) => i.title === ITEM);
  assert(item, `"${ITEM}" was not collected`);
  await until(async () => (await api(baseUrl, token, 'GET', `${ws}/content/${item.id}`)).body?.analysis, 'analysis');
  return { email, workspaceId, sourceId: source.body.id, itemId: item.id };
}

async function clickNav(page, label, heading = label) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

async function noOverflow(page, what) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert(overflow <= 0, `${what} is ${overflow}px wider than a phone`);
}

export async function runAiScenario({ browser, baseUrl, screenshots, fixtures }) {
  const user = await setUp(baseUrl, fixtures);
  const consoleErrors = [];
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 860 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
  const consoleWatch = watchConsole(context, consoleErrors);
  const page = await context.newPage();
  const step = stepper(screenshots);
  const dialog = page.getByRole('dialog');

  await step('ai-settings-empty', page, async () => {
    await page.goto('/login');
    await page.getByLabel('Email').fill(user.email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`**/w/${user.workspaceId}`);
    await clickNav(page, 'Settings');
    await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'AI' }).click();
    await page.waitForURL(/\/settings\/ai$/);
    await page.getByRole('heading', { name: 'No provider configured' }).waitFor();
    await page.getByText('The local engine is analysing your content; add a provider to enable generation.').waitFor();
    await page.getByRole('heading', { name: 'No provider calls in the last 30 days' }).waitFor();
  });

  const providers = page.getByRole('list', { name: 'Providers in fallback order' });
  await step('ai-settings-order', page, async () => {
    await page.getByRole('button', { name: 'Add provider' }).click();
    await page.getByRole('button', { name: 'Add provider' }).click();
    const rows = providers.getByRole('listitem');
    assert((await rows.count()) === 2, 'two providers added');
    await rows
      .nth(0)
      .getByRole('heading', { name: /Google Gemini/ })
      .waitFor();
    // Keyboard only: the first provider goes down, and the focus goes with it.
    await page.getByRole('button', { name: 'Move Google Gemini down' }).focus();
    await page.keyboard.press('Enter');
    await rows
      .nth(0)
      .getByRole('heading', { name: /OpenAI or compatible/ })
      .waitFor();
    await rows
      .nth(1)
      .getByRole('heading', { name: /Google Gemini/ })
      .waitFor();
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    assert(focused === 'Move Google Gemini up', `after moving, the focus is on ${focused}`);
    await rows.nth(1).getByRole('button', { name: 'Remove Google Gemini' }).click();
    assert((await rows.count()) === 1, 'the removed provider is gone');
  });

  await step('ai-settings-field-error', page, async () => {
    const row = providers.getByRole('listitem').first();
    const baseUrl = row.getByLabel('Base URL');
    // Checked as you type…
    await baseUrl.fill('not a url');
    await baseUrl.blur();
    await row.getByText('Use an http(s) URL').waitFor();
    // …and by the server's outbound guard, whose complaint lands on the field.
    consoleWatch.allow(/\/ai\/settings$/, 400);
    await baseUrl.fill('http://10.0.0.8/v1');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await row
      .getByRole('alert')
      .filter({ hasText: /address|allowed|private|refused/i })
      .first()
      .waitFor();
    assert((await baseUrl.getAttribute('aria-invalid')) === 'true', 'the server error did not land on the base URL');
    await page.getByRole('button', { name: 'Discard' }).click();
    await page.getByRole('heading', { name: 'No provider configured' }).waitFor();
  });

  await step('brand-voice-created', page, async () => {
    await clickNav(page, 'Brand voices');
    await page.getByRole('heading', { name: 'No brand voices yet' }).waitFor();
    await page.getByRole('button', { name: 'New voice' }).first().click();
    await dialog.getByLabel('Name').fill('Quayside regular');
    await dialog.getByLabel('Description').fill('Warm and plain-spoken, like a baker talking to regulars.');
    await dialog.getByRole('button', { name: 'Add do rule' }).click();
    await dialog.getByLabel('Do rule 1', { exact: true }).fill('Open with a concrete detail from the bakery');
    await dialog.getByRole('button', { name: 'Add don’t rule' }).click();
    await dialog.getByLabel('Don’t rule 1', { exact: true }).fill('Use more than two hashtags');
    await dialog.getByRole('button', { name: 'Add example' }).click();
    await dialog.getByLabel('Example 1', { exact: true }).fill('The rye sold out by noon again. Thank you, harbour.');
    await dialog.getByRole('button', { name: 'Create voice' }).click();
    const voices = page.getByRole('list', { name: 'Brand voices' });
    await voices.getByRole('heading', { name: 'Quayside regular' }).waitFor();
    await voices.getByText('Written by hand').waitFor();
    await voices.getByText('Open with a concrete detail from the bakery').waitFor();
  });

  await step('brand-voice-learned', page, async () => {
    await page.getByRole('button', { name: 'Learn from posts' }).click();
    const picker = dialog.getByRole('list', { name: 'Posts to learn from' });
    await picker.getByRole('checkbox').first().waitFor();
    // Searching narrows the list; what was picked stays picked.
    await dialog.getByLabel('Search content').fill('rye');
    await picker.getByText(ITEM).waitFor({ state: 'detached' });
    await picker.getByText('A rye for the harbour crowd').click();
    await dialog.getByLabel('Search content').fill('');
    await picker.getByText(ITEM).click();
    await dialog.getByText('2 of 20 picked').waitFor();
    await dialog.getByLabel('Name').fill('Harbour journal voice');
    await dialog.getByRole('button', { name: 'Learn voice' }).click();
    await dialog.getByText('Learned “Harbour journal voice” from 2 posts').waitFor();
    await dialog.getByText('Local engine', { exact: true }).waitFor();
    await dialog.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('list', { name: 'Brand voices' }).getByText('Learned from 2 posts').waitFor();
  });

  const generated = page.getByRole('region', { name: 'Generated' });
  await step('generate-ideas', page, async () => {
    await clickNav(page, 'Create');
    await page.getByRole('heading', { name: 'Nothing written yet' }).waitFor();
    await page.getByLabel('Write', { exact: true }).selectOption('ideas');
    await page.getByLabel('Topic').fill('Sourdough for beginners at a harbour bakery');
    await page.getByLabel('Brand voice').selectOption({ label: 'Quayside regular' });
    await page.getByRole('button', { name: 'Generate', exact: true }).click();
    await generated.getByText('Local engine', { exact: true }).waitFor();
    const ideas = await generated.getByRole('list', { name: 'Variants' }).getByRole('listitem').count();
    assert(ideas >= 1, 'no ideas came back');
    await generated.getByRole('listitem', { name: 'Idea 1' }).getByRole('button', { name: /^Copy/ }).click();
    await generated.getByRole('button', { name: 'Copied idea 1' }).waitFor();
  });

  await step('generate-not-configured', page, async () => {
    consoleWatch.allow(/\/ai\/generate$/, 409);
    await page.getByLabel('Write', { exact: true }).selectOption('post');
    await page.getByRole('button', { name: 'Generate', exact: true }).click();
    await generated.getByText('No AI provider configured').waitFor();
    await generated.getByText(/none is configured/).waitFor();
    const link = generated.getByRole('link', { name: 'Open Settings → AI' });
    assert((await link.getAttribute('href'))?.endsWith(`/w/${user.workspaceId}/settings/ai`), 'settings link');
  });

  await step('content-local-analysis', page, async () => {
    await page.goto(`/w/${user.workspaceId}/content/${user.itemId}`);
    await page.getByRole('heading', { level: 1, name: ITEM }).waitFor();
    const local = page.getByTestId('local-analysis');
    await local.getByText('Local engine', { exact: true }).waitFor();
    await local.getByText('Language', { exact: true }).waitFor();
    await local.getByText('English').waitFor();
    await local.getByRole('list', { name: 'Keyphrases' }).getByRole('listitem').first().waitFor();
    await local.getByText('Summary', { exact: true }).waitFor();
    // No provider: the item says why there is no provider insight.
    assert((await page.getByTestId('provider-insight').count()) === 0, 'a provider insight without a provider');
  });

  await step('content-analysed-again', page, async () => {
    await page.getByRole('button', { name: 'Analyse again' }).click();
    // The job's progress and end arrive over the live socket.
    await page.getByTestId('analysis-progress').getByRole('progressbar').waitFor();
    await page.getByText(/^Analysed again/).waitFor({ timeout: 60_000 });
    await page.getByTestId('analysis-progress').waitFor({ state: 'detached' });
    assert(await page.getByRole('button', { name: 'Analyse again' }).isEnabled(), 'Analyse again stays disabled');
  });

  await step('write-like-this', page, async () => {
    await page.getByRole('button', { name: 'Write something like this' }).click();
    await dialog.getByText('Building on', { exact: true }).waitFor();
    assert(
      (await dialog.getByLabel('Write', { exact: true }).inputValue()) === 'repurpose',
      'an article is repurposed',
    );
    await dialog.getByLabel('Write', { exact: true }).selectOption('hashtags');
    await dialog.getByLabel('Platform').selectOption('instagram');
    await dialog.getByRole('button', { name: 'Generate', exact: true }).click();
    await dialog.getByRole('region', { name: 'Generated' }).getByText('Local engine', { exact: true }).waitFor();
    await dialog.getByRole('list', { name: 'Hashtags' }).first().waitFor();
  });

  await step('source-what-works', page, async () => {
    await dialog.getByRole('button', { name: 'Close' }).click();
    await clickNav(page, 'Sources');
    await page.getByRole('table', { name: 'Sources' }).getByRole('link', { name: FEED_NAME }).click();
    await page.getByRole('heading', { level: 1, name: FEED_NAME }).waitFor();
    await page.getByRole('heading', { name: 'What works' }).waitFor();
    await page.getByRole('table', { name: 'Keyphrases' }).getByRole('row').nth(1).waitFor();
    await page.getByText('Topics and formats come from an AI provider’s analysis').first().waitFor();
  });

  const phone = await context.newPage();
  await phone.setViewportSize({ width: 390, height: 844 });
  await step('ai-settings-on-a-phone', phone, async () => {
    await phone.goto(`/w/${user.workspaceId}/settings/ai`);
    await phone.getByRole('heading', { name: 'No provider configured' }).waitFor();
    await phone.getByRole('button', { name: 'Add provider' }).click();
    await phone.getByLabel('Model').waitFor();
    await noOverflow(phone, 'Settings → AI');
  });
  await step('create-on-a-phone', phone, async () => {
    await phone.goto(`/w/${user.workspaceId}/create`);
    await phone.getByRole('heading', { name: 'Nothing written yet' }).waitFor();
    await noOverflow(phone, 'Create');
    await phone.goto(`/w/${user.workspaceId}/content/${user.itemId}`);
    await phone.getByTestId('local-analysis').waitFor();
    await noOverflow(phone, 'the item page');
  });
  await phone.close();

  // Last, as it ends the "no provider" state: a provider whose server answers 404.
  const secret = 'sk-e2e-never-shown-9876';
  const row = providers.getByRole('listitem').first();
  await step('ai-provider-saved', page, async () => {
    await page.goto(`/w/${user.workspaceId}/settings/ai`);
    await page.getByRole('button', { name: 'Add provider' }).click();
    await row.getByLabel('Provider', { exact: true }).selectOption('openai');
    await row.getByLabel('Base URL').fill(`${fixtures.origin}/v1`);
    await row.getByLabel('API key').fill(secret);
    await page.getByLabel('Monthly token budget').fill('50000');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('AI settings saved').waitFor();
    // Write-only: the key comes back as its last four characters, never whole.
    await row.getByText('Saved key ending …9876').waitFor();
    assert(!(await page.content()).includes(secret), 'the saved key is on the page');
    assert((await row.getByLabel('API key').count()) === 0, 'a key field for a saved key');
  });

  await step('ai-provider-tested', page, async () => {
    await row.getByRole('button', { name: 'Test connection' }).click();
    await row.getByRole('alert').filter({ hasText: 'failed after' }).waitFor({ timeout: 30_000 });
    // The failed call counts in usage, against the budget.
    await page.getByRole('table', { name: 'Calls per provider' }).getByText('OpenAI or compatible').waitFor();
    await page
      .getByTestId('usage-chart')
      .getByRole('img', { name: /Tokens per day/ })
      .waitFor();
    await page.getByRole('progressbar', { name: 'Tokens used this month' }).waitFor();
  });

  assert(consoleErrors.length === 0, `browser console errors:\n  ${consoleErrors.join('\n  ')}`);
  await context.close();
}
