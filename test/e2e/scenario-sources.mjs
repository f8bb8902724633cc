/**
 * Sources and content: add a feed source (with validation as you type and a server field
 * error), watch its first read finish live, explore and search what it collected, open an
 * item whose scraped body carries a script and event handlers that must not survive, the
 * metric-history chart, then edit, pause and resume the source, and what a viewer may do.
 */
import { assert } from './browser.mjs';

const FEED_NAME = 'Harbourside journal';

async function clickNav(page, label) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label }).click();
  await page.getByRole('heading', { level: 1, name: label }).waitFor();
}

/** Picks an action from the source's "more actions" menu. */
async function fromMenu(row, action) {
  await row.getByRole('button', { name: `More actions for ${FEED_NAME}` }).click();
  await row.getByRole('menuitem', { name: action }).click();
}

function sourceRow(page) {
  return page.getByRole('table', { name: 'Sources' }).getByRole('row').filter({ hasText: FEED_NAME });
}

/** Live events about reads of sources with this status, so far. */
function readEvents(liveFrames, status) {
  return liveFrames.filter(
    (frame) => frame.includes('"kind":"source.ingest"') && frame.includes(`"status":"${status}"`),
  ).length;
}

async function until(condition, what, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export async function runSourcesSteps({
  page,
  step,
  browser,
  baseUrl,
  fixtures,
  liveFrames,
  viewer,
  allowConsoleError,
  watchContext,
}) {
  await step('sources-empty', page, async () => {
    await clickNav(page, 'Sources');
    await page.getByRole('heading', { name: 'No sources yet' }).waitFor();
    await page.getByText('A source is something Crowsnest reads for you').waitFor();
  });

  const dialog = page.getByRole('dialog');
  await step('add-source-validation', page, async () => {
    await page.getByRole('button', { name: 'Add source' }).first().click();
    await dialog.getByRole('heading', { name: 'Add a source' }).waitFor();
    // Each type has its own form and help: the country code is named as you type it.
    await dialog.getByText('Google Trends', { exact: true }).click();
    await dialog.getByLabel('Country code').fill('de');
    await dialog.getByText('Daily trending searches in Germany.').waitFor();
    await dialog.getByText('Reddit', { exact: true }).click();
    await dialog.getByText('The name without r/, such as smallbusiness.').waitFor();
    // Checked as you type: a bad address is flagged before anything is sent.
    await dialog.getByText('RSS / Atom feed', { exact: true }).click();
    const url = dialog.getByLabel('Feed address');
    await url.fill('not a url');
    await url.blur();
    await dialog.getByText('Enter an http or https URL').waitFor();
    // The server's outbound guard refuses private addresses; its field error lands under the field.
    allowConsoleError(/^\/api\/v1\/workspaces\/[^/]+\/sources$/, 400);
    await url.fill('http://10.0.0.8/feed.xml');
    await dialog.getByRole('button', { name: 'Add source' }).click();
    await dialog
      .getByRole('alert')
      .filter({ hasText: /address|allowed|private|refused/i })
      .first()
      .waitFor();
    assert((await url.getAttribute('aria-invalid')) === 'true', 'the server error did not land on the URL field');
  });

  await step('source-reading', page, async () => {
    await dialog.getByLabel('Feed address').fill(fixtures.feedUrl);
    await dialog.getByLabel('Name').fill(FEED_NAME);
    await dialog.getByLabel('How often').selectOption('180');
    await dialog.getByRole('button', { name: 'Add source' }).click();
    await page.getByText(`Added ${FEED_NAME}`).waitFor();
    // The first read starts at once; its progress arrives over the live socket.
    await sourceRow(page).getByTestId('source-progress').getByRole('progressbar').waitFor({ timeout: 30_000 });
  });

  await step('source-read', page, async () => {
    const row = sourceRow(page);
    await row.getByTestId('source-progress').waitFor({ state: 'detached', timeout: 60_000 });
    await row.getByRole('link', { name: '4' }).waitFor();
    await row.getByText('Active').waitFor();
    await row.getByText('every 3 hours').waitFor();
    assert(readEvents(liveFrames, 'running') > 0, 'no live "running" event for the read');
    assert(readEvents(liveFrames, 'succeeded') === 1, 'no live "succeeded" event for the read');
  });

  const list = page.getByRole('list', { name: 'Content' });
  await step('content-explorer', page, async () => {
    await clickNav(page, 'Content');
    await list.getByRole('link', { name: 'Night shift at the lighthouse oven' }).waitFor();
    const items = await list.getByRole('listitem').count();
    assert(items === 4, `expected 4 items, found ${items}`);
    await list.getByText('Maren Holt').first().waitFor();
    // Thumbnails come from the app's own storage by signed links.
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('ul[aria-label="Content"] img')].filter((img) => img.naturalWidth > 0).length ===
        3,
    );
  });

  await step('content-search', page, async () => {
    const search = page.getByLabel('Search content');
    await search.fill('zeppelin');
    await page.getByRole('heading', { name: 'No results' }).waitFor();
    await search.fill('lighthouse');
    await page.waitForURL(/[?&]q=lighthouse/);
    await list.getByRole('link', { name: 'Night shift at the lighthouse oven' }).waitFor();
    await list.getByText('A rye for the harbour crowd').waitFor({ state: 'detached' });
    const items = await list.getByRole('listitem').count();
    assert(items === 1, `searching "lighthouse" found ${items} items`);
  });

  await step('content-detail', page, async () => {
    await list.getByRole('link', { name: 'Night shift at the lighthouse oven' }).click();
    await page.getByRole('heading', { level: 1, name: 'Night shift at the lighthouse oven' }).waitFor();
    const body = page.getByTestId('content-body');
    await body.getByText('The old lighthouse keeper').waitFor();
    await body.getByRole('heading', { name: 'Midnight: the levain wakes up' }).waitFor();
    // The fixture's <script>, onerror, onclick and javascript: link must not survive either sanitizer.
    const leaks = await page.evaluate(() => {
      const root = document.querySelector('[data-testid="content-body"]');
      return {
        scripts: root?.querySelectorAll('script').length ?? -1,
        pageScripts: [...document.scripts].filter((script) => script.textContent?.includes('__fixture')).length,
        handlers: root?.querySelectorAll('[onerror], [onclick], [onload]').length ?? -1,
        jsLinks: [...(root?.querySelectorAll('a') ?? [])].filter((a) => a.href.startsWith('javascript:')).length,
        ran: Object.keys(window).filter((key) => key.startsWith('__fixture')),
        title: document.title,
      };
    });
    assert(
      leaks.scripts === 0 && leaks.pageScripts === 0,
      `a script from the feed reached the page: ${JSON.stringify(leaks)}`,
    );
    assert(leaks.handlers === 0, `event handler attributes survived: ${leaks.handlers}`);
    assert(leaks.jsLinks === 0, 'a javascript: link survived');
    assert(leaks.ran.length === 0 && leaks.title !== 'pwned', `the feed's code ran: ${leaks.ran.join(', ')}`);
    const link = body.getByRole('link', { name: 'how we rebuilt the oven' });
    assert((await link.getAttribute('target')) === '_blank', 'a body link opens in this tab');
    assert(
      (await link.getAttribute('rel'))?.includes('noopener noreferrer'),
      'a body link without noopener noreferrer',
    );
    // Third-party images become links (the CSP would block them, and they would leak who reads what).
    await body.getByRole('link', { name: /^Image: Loaves cooling/ }).waitFor();
    const original = page.getByRole('link', { name: 'Open original' });
    assert((await original.getAttribute('rel')) === 'noopener noreferrer', 'original link without noopener noreferrer');
    assert((await original.getAttribute('target')) === '_blank', 'original link does not open a new tab');
    await page.getByRole('heading', { name: 'Metric history' }).waitFor();
    await page.getByText('No numbers to chart').waitFor();
    // The analysis job runs after the read; its end, announced live, refreshes the page.
    await page.getByText('Computed locally').waitFor();
    await page.getByText('Outlier score', { exact: true }).waitFor({ timeout: 60_000 });
  });

  await step('metric-chart', page, async () => {
    // Feeds report no counts, so the chart is drawn from snapshots added to the real answer.
    const start = Date.parse('2026-11-20T08:00:00Z');
    const history = [120, 340, 610, 890, 1240, 1840].map((views, i) => ({
      capturedAt: new Date(start + i * 6 * 3_600_000).toISOString(),
      views,
      likes: Math.round(views / 20),
      comments: Math.round(views / 130),
      shares: null,
      score: null,
    }));
    await page.route(/\/api\/v1\/workspaces\/[^/]+\/content\/cnt_[^/?]+$/, async (route) => {
      const response = await route.fetch();
      const item = await response.json();
      const metrics = { views: 1840, likes: 92, comments: 14, shares: null, score: null };
      // The real analysis (the local engine's features), with the numbers a counted platform would give.
      const analysis = {
        ...item.analysis,
        metrics: {
          ...item.analysis?.metrics,
          engagementRate: 0.058,
          velocity: 57.3,
          outlierScore: 3.2,
          outlierBasis: 12,
        },
      };
      await route.fulfill({ response, json: { ...item, history, metrics, analysis } });
    });
    await page.reload();
    const chart = page.getByTestId('metric-chart');
    await chart.getByRole('img', { name: 'views over time' }).waitFor();
    const points = await chart.locator('svg[role="img"] circle').count();
    assert(points === history.length, `the chart shows ${points} points for ${history.length} snapshots`);
    await chart.locator('svg[role="img"]').hover({ position: { x: 400, y: 100 } });
    await chart
      .getByTestId('chart-tooltip')
      .getByText(/views$/)
      .waitFor();
    // Reported numbers only, and the analysis in the units it explains.
    await page
      .getByRole('definition')
      .filter({ hasText: /^1,840$/ })
      .waitFor();
    await page.getByText('×3.2', { exact: true }).waitFor();
    await page.getByText('+57.3 / hour', { exact: true }).waitFor();
    await page.unrouteAll();
  });

  await step('content-undated', page, async () => {
    // An item whose page gave no date says so, rather than passing its first sighting off as one.
    const undated = 'A rye for the harbour crowd';
    await page.route(/\/api\/v1\/workspaces\/[^/]+\/content(\/cnt_[^/?]+)?(\?.*)?$/, async (route) => {
      const response = await route.fetch();
      const body = await response.json();
      const strip = (item) => (item.title === undated ? { ...item, publishedAt: null } : item);
      await route.fulfill({ response, json: body.items ? { ...body, items: body.items.map(strip) } : strip(body) });
    });
    await clickNav(page, 'Content');
    const row = list.getByRole('listitem').filter({ hasText: undated });
    await row.getByText('Date unknown').waitFor();
    const dated = await list
      .getByRole('listitem')
      .filter({ hasText: 'Night shift at the lighthouse oven' })
      .textContent();
    assert(!dated?.includes('Date unknown'), 'a dated item says its date is unknown');
    await row.getByRole('link', { name: undated }).click();
    await page.getByRole('heading', { level: 1, name: undated }).waitFor();
    await page.getByText('Date unknown').waitFor();
    await page.unrouteAll();
  });

  await step('source-edited', page, async () => {
    await clickNav(page, 'Sources');
    const row = sourceRow(page);
    await fromMenu(row, 'Edit');
    await dialog.getByLabel('How often').selectOption('360');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await row.getByText('every 6 hours').waitFor();
    // Deleting asks first, and says the content goes too.
    await fromMenu(row, 'Delete');
    await dialog.getByText('Its 4 collected items go with it').waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  });

  await step('source-paused', page, async () => {
    const row = sourceRow(page);
    await fromMenu(row, 'Pause');
    await row.getByText('Paused', { exact: true }).waitFor();
    await row.getByRole('button', { name: 'Resume' }).waitFor();
    assert((await row.getByRole('button', { name: 'Run now' }).count()) === 0, 'a paused source offers "Run now"');
  });

  await step('source-resumed', page, async () => {
    const row = sourceRow(page);
    const reads = readEvents(liveFrames, 'succeeded');
    await row.getByRole('button', { name: 'Resume' }).click();
    await page.getByText(`${FEED_NAME} resumed`).waitFor();
    await row.getByText('Active').waitFor();
    await row.getByRole('button', { name: 'Run now' }).waitFor();
    // Resuming reads the source at once.
    await until(() => readEvents(liveFrames, 'succeeded') > reads, 'the read after resuming');
    await row.getByTestId('source-progress').waitFor({ state: 'detached' });
    await row.getByRole('link', { name: '4' }).waitFor();
  });

  const viewerContext = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 860 } });
  watchContext(viewerContext);
  const viewerPage = await viewerContext.newPage();
  await step('sources-as-viewer', viewerPage, async () => {
    await viewerPage.goto('/login');
    await viewerPage.getByLabel('Email').fill(viewer.email);
    await viewerPage.getByLabel('Password').fill(viewer.password);
    await viewerPage.getByRole('button', { name: 'Sign in' }).click();
    await viewerPage.waitForURL(/\/w\//);
    await viewerPage.goto(`/w/${viewer.workspaceId}/sources`);
    await sourceRow(viewerPage).getByText('Active').waitFor();
    for (const name of ['Add source', 'Run now', `More actions for ${FEED_NAME}`]) {
      assert((await viewerPage.getByRole('button', { name }).count()) === 0, `a viewer is offered "${name}"`);
    }
  });
  await viewerContext.close();

  const phone = await page.context().newPage();
  await phone.setViewportSize({ width: 390, height: 844 });
  await step('content-mobile', phone, async () => {
    await phone.goto(`/w/${viewer.workspaceId}/content?q=harbour`);
    await phone.getByRole('heading', { level: 1, name: 'Content' }).waitFor();
    await phone.getByRole('link', { name: 'A rye for the harbour crowd' }).click();
    await phone.getByRole('heading', { level: 1, name: 'A rye for the harbour crowd' }).waitFor();
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert(overflow <= 0, `the item page is ${overflow}px wider than a phone`);
  });
  await phone.close();

  await step('dashboard-content', page, async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
    await page.getByRole('list', { name: 'Recent content' }).getByText('Night shift at the lighthouse oven').waitFor();
    await page.getByRole('link', { name: /^Sources\s*1/ }).waitFor();
  });
}
