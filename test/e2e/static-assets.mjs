/**
 * The build files under /assets/ are cached for a year as immutable (web/public/_headers), so a
 * name that does not exist must answer 404: were it the app page (the single-page-application
 * fallback), browsers and caches would keep that page in place of a script. App routes still get
 * the page. Only the asset router of `wrangler dev` shows this: the Workers test pool has none.
 */
import { assert } from './browser.mjs';

/** What Chromium sends when a tab opens a URL: the asset router treats it as a navigation. */
const NAVIGATION = { 'Sec-Fetch-Mode': 'navigate', 'Sec-Fetch-Dest': 'document', Accept: 'text/html' };
/** What it sends for a <script src>. */
const SCRIPT = { 'Sec-Fetch-Mode': 'no-cors', 'Sec-Fetch-Dest': 'script', Accept: '*/*' };

export async function checkStaticAssets({ request, baseUrl }) {
  const html = await (await request.get(`${baseUrl}/`, { headers: NAVIGATION })).text();
  const script = html.match(/src="(\/assets\/[^"]+\.js)"/)?.[1];
  assert(script, 'index.html names no /assets/ script');
  const found = await request.get(`${baseUrl}${script}`, { headers: SCRIPT });
  assert(found.status() === 200, `${script} answered ${found.status()}`);
  assert(/javascript/.test(found.headers()['content-type'] ?? ''), `${script} is not JavaScript`);
  assert(/immutable/.test(found.headers()['cache-control'] ?? ''), `${script} is not cached as immutable`);

  for (const [how, headers] of [
    ['as a script', SCRIPT],
    ['opened in a tab', NAVIGATION],
  ]) {
    const missing = await request.get(`${baseUrl}/assets/nope.js`, { headers });
    assert(missing.status() === 404, `/assets/nope.js ${how} answered ${missing.status()}`);
    assert(!/immutable/.test(missing.headers()['cache-control'] ?? ''), `/assets/nope.js ${how} is immutable`);
    assert(!(await missing.text()).includes('<html'), `/assets/nope.js ${how} answered the app page`);
  }

  // An app route is no file: it gets the app page, which is never cached as immutable.
  const route = await request.get(`${baseUrl}/w/abc/sources`, { headers: NAVIGATION });
  assert(route.status() === 200, `/w/abc/sources answered ${route.status()}`);
  assert(/text\/html/.test(route.headers()['content-type'] ?? ''), '/w/abc/sources is not the app page');
  assert(!/immutable/.test(route.headers()['cache-control'] ?? ''), 'the app page is cached as immutable');
}
