/**
 * A webhook platform for `npm run bench publish`: a receiver as a webhook account's URL points
 * at, run in its own process (so the load it takes never shares a thread with the driver or
 * the baseline's client). It answers each delivery 200 at once and keeps, per prefix of the
 * path (`/hook/…` for the pipeline, `/base/…` for the baseline): the requests, the distinct
 * Idempotency-Keys with the time each first arrived, the repeats of a key, the requests with
 * no key or a signature that does not verify, and the most requests in flight at once.
 *
 *   GET  /_stats/<prefix>        those figures as JSON
 *   GET  /_stats/<prefix>/keys   and the first arrivals, as [key, ms since epoch]
 *   PUT  /_secret/<path>    body: the signing secret of the account whose URL is <path>
 *
 * Run as `node bench/platform.mjs`; startPlatform() does that and returns its origin.
 */
import { fork } from 'node:child_process';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';

function newStats() {
  return { requests: 0, repeats: 0, unkeyed: 0, badSignatures: 0, inFlight: 0, maxInFlight: 0, first: new Map() };
}

/** Whether `header` (t=…,v1=…) is the HMAC-SHA256 of "<t>.<body>" under `secret`. */
function verifies(secret, body, header) {
  const t = /(?:^|,)t=(\d+)/.exec(header ?? '')?.[1];
  const given = [...(header ?? '').matchAll(/(?:^|,)v1=([0-9a-f]{64})/g)].map((m) => Buffer.from(m[1], 'hex'));
  if (!t || given.length === 0) return false;
  const expected = createHmac('sha256', secret).update(`${t}.${body}`).digest();
  return given.some((mac) => timingSafeEqual(mac, expected));
}

function serve() {
  const stats = new Map();
  const secrets = new Map();
  const statsOf = (prefix) => {
    if (!stats.has(prefix)) stats.set(prefix, newStats());
    return stats.get(prefix);
  };
  const server = createServer((req, res) => {
    const chunks = [];
    const path = req.url ?? '/';
    const prefix = path.split('/')[1] ?? '';
    const counted = req.method === 'POST' ? statsOf(prefix) : null;
    if (counted) {
      counted.inFlight++;
      counted.maxInFlight = Math.max(counted.maxInFlight, counted.inFlight);
    }
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      if (req.method === 'GET' && prefix === '_stats') {
        const [, , name = '', withKeys] = path.split('/');
        const { first, ...figures } = statsOf(name);
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ ...figures, distinct: first.size, ...(withKeys ? { first: [...first] } : {}) }));
        return;
      }
      if (req.method === 'PUT' && prefix === '_secret') {
        secrets.set(path.slice('/_secret'.length), body);
        res.writeHead(204).end();
        return;
      }
      if (!counted) {
        res.writeHead(404).end();
        return;
      }
      const arrived = Date.now();
      counted.requests++;
      const key = req.headers['idempotency-key'];
      if (typeof key !== 'string' || key === '') counted.unkeyed++;
      else if (counted.first.has(key)) counted.repeats++;
      else counted.first.set(key, arrived);
      const secret = secrets.get(path);
      if (secret !== undefined && !verifies(secret, body, req.headers['crowsnest-signature'])) {
        counted.badSignatures++;
      }
      counted.inFlight--;
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{"ok":true}');
    });
  });
  server.keepAliveTimeout = 60_000;
  // Never outlive the bench that started it.
  process.on('disconnect', () => process.exit(0));
  server.listen(0, '127.0.0.1', () => {
    process.send?.({ port: server.address().port });
  });
}

/** Starts the platform in a child process; returns its origin, stats(prefix), and stop(). */
export function startPlatform() {
  const child = fork(fileURLToPath(import.meta.url), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the platform server exited (${code})`)));
    child.once('message', ({ port }) => {
      const origin = `http://127.0.0.1:${port}`;
      resolve({
        origin,
        port,
        /** The figures of `prefix`, with the first arrivals when `keys`. */
        async stats(prefix, keys = false) {
          const res = await fetch(`${origin}/_stats/${prefix}${keys ? '/keys' : ''}`);
          return res.json();
        },
        async setSecret(path, secret) {
          await fetch(`${origin}/_secret${path}`, { method: 'PUT', body: secret });
        },
        stop() {
          child.removeAllListeners('exit');
          child.kill('SIGTERM');
        },
      });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) serve();
