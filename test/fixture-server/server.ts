/**
 * A local HTTP server for the test suite: it replays recorded responses of outside services
 * and plays the awkward parts of the web (redirect chains, slow and oversized answers,
 * conditional GET, compression, DNS-over-HTTPS answers). Runs in Node, started by
 * test/global-setup.ts; Workers code reaches it through the origin injected into its env.
 *
 * Every path may be prefixed with /t/<token>/: requests are then logged under that token,
 * so a test can read back what it sent (GET /__requests/<token>) without seeing other tests'.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { readSamples, samplesDir } from '../corpora';
import { serveAppView } from './appview';
import { dnsAnswer } from './dns';
import { serveHooks } from './hooks';
import { serveMastodon } from './mastodon';
import { findRecorded } from './recorded';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const LAST_MODIFIED = 'Tue, 03 Nov 2026 10:00:00 GMT';
const TYPES: Record<string, string> = {
  '.xml': 'application/xml',
  '.rss': 'application/rss+xml',
  '.atom': 'application/atom+xml',
  '.json': 'application/json',
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
};

const TYPES_RSS = { 'Content-Type': 'application/rss+xml; charset=utf-8' };

/** An RSS 2.0 feed of `count` dated items, each with a sentence of its own. */
function longFeed(count: number): string {
  const items = Array.from({ length: Math.min(Math.max(count, 0), 1000) }, (_, i) => {
    const day = new Date(Date.UTC(2026, 10, 1) + i * 3_600_000).toUTCString();
    return `<item><title>Market note ${i + 1}</title><link>https://long.example/notes/${i + 1}</link><guid isPermaLink="false">note-${i + 1}</guid><pubDate>${day}</pubDate><description>Note ${i + 1}: what sold well at the market stall this morning and why.</description></item>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Market Notes</title><link>https://long.example/</link><description>A long feed.</description>${items.join('')}</channel></rss>`;
}

interface LoggedRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  /** When it arrived (ms since the epoch), for politeness checks. */
  at: number;
  /** The body as text, for methods that carry one (what an API client posted). */
  body?: string;
}
const logs = new Map<string, LoggedRequest[]>();

async function bodyBytes(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function send(res: ServerResponse, status: number, body: string | Buffer, headers: Record<string, string> = {}) {
  res.writeHead(status, headers);
  res.end(body);
}

/** Serves a file from test/fixtures with validators, 304s and optional compression. */
function serveFile(req: IncomingMessage, res: ServerResponse, relative: string, url: URL, origin: string) {
  const file = normalize(join(FIXTURES, relative));
  if (!file.startsWith(FIXTURES) || !existsSync(file)) return send(res, 404, 'no such fixture');
  // Fixtures may point back at this server: {{origin}} becomes its origin.
  let body: Buffer = Buffer.from(readFileSync(file, 'latin1').replaceAll('{{origin}}', origin), 'latin1');
  const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
  const headers: Record<string, string> = {
    'Content-Type': url.searchParams.get('type') ?? TYPES[extname(file)] ?? 'application/octet-stream',
    ETag: etag,
    'Last-Modified': LAST_MODIFIED,
  };
  if (req.headers['if-none-match'] === etag || req.headers['if-modified-since'] === LAST_MODIFIED) {
    return send(res, 304, '', { ETag: etag, 'Last-Modified': LAST_MODIFIED });
  }
  const encoding = url.searchParams.get('encoding');
  if (encoding === 'gzip') body = gzipSync(body);
  if (encoding === 'br') body = brotliCompressSync(body);
  if (encoding) headers['Content-Encoding'] = encoding;
  send(res, 200, body, headers);
}

function route(req: IncomingMessage, res: ServerResponse, url: URL, origin: string, raw: Buffer) {
  const path = url.pathname;
  const body = raw.toString('utf8');
  // Mastodon also takes uploads, whose bytes must not pass through text.
  if (serveMastodon(req, res, url, body, origin, raw)) return;
  if (serveAppView(res, url, body)) return;
  if (serveHooks(req, res, url, body)) return;
  if (path.startsWith('/files/'))
    return serveFile(req, res, decodeURIComponent(path.slice('/files/'.length)), url, origin);
  // robots.txt per origin: the fixture's own address has rules; "localhost" has none (404).
  if (path === '/robots.txt') {
    return req.headers.host?.startsWith('localhost')
      ? send(res, 404, 'none')
      : serveFile(req, res, 'robots/robots.txt', url, origin);
  }
  if (path === '/redirect') {
    return send(res, Number(url.searchParams.get('status') ?? 302), '', {
      Location: url.searchParams.get('to') ?? '/',
    });
  }
  const hops = path.match(/^\/hops\/(\d+)$/);
  if (hops) {
    const left = Number(hops[1]);
    const next =
      left > 1
        ? `${origin}/hops/${left - 1}?${url.searchParams}`
        : (url.searchParams.get('to') ?? '/files/robots/robots.txt');
    return send(res, 302, '', { Location: next });
  }
  // Any path below /slow too, so an API base URL can point at it.
  if (path === '/slow' || path.startsWith('/slow/')) {
    const timer = setTimeout(
      () => send(res, 200, 'finally', { 'Content-Type': 'text/plain' }),
      Number(url.searchParams.get('ms') ?? 5000),
    );
    res.on('close', () => clearTimeout(timer));
    return;
  }
  if (path === '/big') {
    const bytes = Number(url.searchParams.get('bytes') ?? 0);
    const chunk = Buffer.alloc(64 * 1024, 'a');
    res.writeHead(200, {
      'Content-Type': 'text/plain',
      ...(url.searchParams.has('length') ? { 'Content-Length': String(bytes) } : {}),
    });
    let sent = 0;
    const pump = () => {
      while (sent < bytes) {
        const part = chunk.subarray(0, Math.min(chunk.length, bytes - sent));
        sent += part.length;
        if (!res.write(part)) return void res.once('drain', pump);
      }
      res.end();
    };
    return pump();
  }
  // A feed as long as asked, for reads of more items than one statement or message may carry.
  if (path === '/long-feed') return send(res, 200, longFeed(Number(url.searchParams.get('items') ?? 0)), TYPES_RSS);
  if (path === '/echo')
    return send(res, 200, JSON.stringify({ method: req.method, headers: req.headers }), {
      'Content-Type': 'application/json',
    });
  const status = path.match(/^\/status\/(\d{3})$/);
  if (status) {
    const headers: Record<string, string> = { 'Content-Type': 'text/plain' };
    const retryAfter = url.searchParams.get('retry-after');
    if (retryAfter) headers['Retry-After'] = retryAfter;
    return send(res, Number(status[1]), `status ${status[1]}`, headers);
  }
  // The recorded real answers in ../shared/corpora, for contract tests that cannot read the disk.
  const corpus = path.match(/^\/corpora\/api-samples\/([\w.-]+)$/);
  if (corpus) {
    const service = corpus[1] ?? '';
    const samples = readSamples(service);
    return samples
      ? send(res, 200, JSON.stringify(samples), { 'Content-Type': 'application/json' })
      : send(res, 404, JSON.stringify({ missing: samplesDir(service) }), { 'Content-Type': 'application/json' });
  }
  if (path === '/dns-query') {
    const answer = dnsAnswer(url.searchParams.get('name') ?? '', url.searchParams.get('type') ?? 'A');
    return send(res, 200, JSON.stringify(answer), { 'Content-Type': 'application/dns-json' });
  }
  const recorded = findRecorded(req.method ?? 'GET', path, url.searchParams);
  if (recorded) {
    const body = readFileSync(join(FIXTURES, 'recorded', recorded.file));
    return send(res, recorded.status ?? 200, body, {
      'Content-Type': recorded.contentType ?? 'application/json',
      ...recorded.headers,
    });
  }
  send(res, 404, `no fixture route for ${req.method} ${path}${url.search}`);
}

export function startFixtureServer(): Promise<{ origin: string; server: Server }> {
  return new Promise((resolve) => {
    let origin = '';
    const server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', origin);
      const respond = (raw: Buffer = Buffer.alloc(0)) => {
        try {
          route(req, res, url, origin, raw);
        } catch (error) {
          send(res, 500, String(error));
        }
      };
      const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
      const log = url.pathname.match(/^\/__requests\/([\w-]+)$/);
      if (log)
        return send(res, 200, JSON.stringify(logs.get(log[1] ?? '') ?? []), { 'Content-Type': 'application/json' });
      const scoped = url.pathname.match(/^\/t\/([\w-]+)(\/.*)$/);
      if (scoped) {
        const token = scoped[1] ?? '';
        url.pathname = scoped[2] ?? '/';
        const entry: LoggedRequest = {
          method: req.method ?? 'GET',
          path: url.pathname + url.search,
          headers: req.headers,
          at: Date.now(),
        };
        logs.set(token, [...(logs.get(token) ?? []), entry]);
        if (hasBody) {
          // Logged before the answer goes out, so a test reading the log sees it.
          return void bodyBytes(req).then(
            (raw) => {
              entry.body = raw.toString('utf8');
              respond(raw);
            },
            () => respond(),
          );
        }
      }
      // Services played here (Mastodon) read what was posted.
      if (hasBody) return void bodyBytes(req).then(respond, () => respond());
      respond();
    });
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
      resolve({ origin, server });
    });
  });
}
