/**
 * A tiny local site for the browser tests to read: an RSS feed of made-up content and the
 * images it links to (test/e2e/fixtures/). There is no internet in the tests, and the app's
 * outbound guard lets this one host:port through (OUTBOUND_ALLOW_HOSTS).
 * It is also a webhook receiver (POST /hooks/<id>), as the webhook publisher's contract asks
 * receivers to be: it answers 200 and keeps a delivery once per Idempotency-Key. A test can
 * make a receiver answer another status (`hooks.answer(id, 422)`) and read what it got.
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
  const hooks = new Map();
  const receiver = (id) => {
    if (!hooks.has(id)) hooks.set(id, { status: 200, requests: 0, deliveries: [] });
    return hooks.get(id);
  };
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', origin).pathname;
    const hook = path.match(/^\/hooks\/([\w-]+)$/)?.[1];
    if (hook && request.method === 'POST') {
      const chunks = [];
      for await (const chunk of request) chunks.push(chunk);
      const state = receiver(hook);
      state.requests++;
      if (state.status !== 200) {
        response.writeHead(state.status, { 'Content-Type': 'application/json' });
        response.end(JSON.stringify({ error: `This receiver refuses posts (told to answer ${state.status}).` }));
        return;
      }
      const key = request.headers['idempotency-key'] ?? null;
      if (!key || !state.deliveries.some((d) => d.key === key)) {
        state.deliveries.push({
          key,
          signature: request.headers['crowsnest-signature'] ?? null,
          body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
        });
      }
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end('{"ok":true}');
      return;
    }
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
    hooks: {
      url: (id) => `${origin}/hooks/${id}`,
      /** What the receiver answers from now on (200 takes deliveries). */
      answer: (id, status) => {
        receiver(id).status = status;
      },
      /** Requests that reached it, and deliveries kept (once per Idempotency-Key). */
      received: (id) => receiver(id),
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
