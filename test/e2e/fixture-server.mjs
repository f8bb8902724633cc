/**
 * A tiny local site for the browser tests to read: an RSS feed of made-up content and the
 * images it links to (test/e2e/fixtures/). There is no internet in the tests, and the app's
 * outbound guard lets this one host:port through (OUTBOUND_ALLOW_HOSTS).
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const fixtures = fileURLToPath(new URL('fixtures/', import.meta.url));
const IMAGES = new Set(['harbour.png', 'bakery.png', 'chart.png']);

/** Serves the fixtures on 127.0.0.1:`port`; `origin` is what the feed's links point at. */
export async function startFixtureServer(port) {
  const origin = `http://127.0.0.1:${port}`;
  const feed = (await readFile(join(fixtures, 'harbourside-feed.xml'), 'utf8')).replaceAll('{{origin}}', origin);
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', origin).pathname;
    if (path === '/feed.xml') {
      response.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8' });
      response.end(feed);
      return;
    }
    const image = path.match(/^\/images\/([a-z]+\.png)$/)?.[1];
    if (image && IMAGES.has(image)) {
      response.writeHead(200, { 'Content-Type': 'image/png' });
      response.end(await readFile(join(fixtures, image)));
      return;
    }
    response.writeHead(404, { 'Content-Type': 'text/plain' });
    response.end('Not found');
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    origin,
    feedUrl: `${origin}/feed.xml`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
