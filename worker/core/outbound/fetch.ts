import { type Decoded, decodeBody } from '../../lib/charset';
import { type ConnectorError, Refused, Unavailable } from './errors';
import { guardUrl } from './guard';
import { errorFromAnswer } from './http-errors';
import { MAX_REDIRECTS, type OutboundPolicy, outboundPolicy } from './policy';
import { waitForHost } from './politeness';
import { robotsCheck } from './robots';

export interface OutboundOptions {
  accept?: string;
  headers?: Record<string, string>;
  method?: 'GET' | 'POST';
  body?: string;
  /** Validators from the previous fetch: a 304 answer comes back as `notModified`. */
  etag?: string | null;
  lastModified?: string | null;
  /** Honour robots.txt (scraping web pages); API calls and feeds leave it out. */
  robots?: boolean;
  maxBytes?: number;
  timeoutMs?: number;
}

export interface Fetched {
  /** The URL finally fetched, after redirects. */
  url: string;
  status: number;
  headers: Headers;
  bytes: Uint8Array<ArrayBuffer>;
  notModified: boolean;
  etag: string | null;
  lastModified: string | null;
  /** The body decoded by its charset (BOM, header, document declaration). */
  text(): Decoded;
  json<T>(): T;
}

/** Reads at most `maxBytes` of a body (after decompression), refusing bigger ones. */
async function readCapped(res: Response, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(res.headers.get('Content-Length'));
  if (declared > maxBytes && !res.headers.get('Content-Encoding')) {
    await res.body?.cancel();
    throw new Refused(`The answer is larger than ${maxBytes} bytes.`);
  }
  if (!res.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new Refused(`The answer is larger than ${maxBytes} bytes.`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** Services explain their errors in the body (YouTube's reason, Reddit's "private"): keep its start. */
const ERROR_BODY_BYTES = 64 * 1024;

async function statusError(res: Response, url: URL): Promise<ConnectorError> {
  let body = '';
  try {
    body = decodeBody(await readCapped(res, ERROR_BODY_BYTES), res.headers.get('Content-Type')).text;
  } catch {
    // A body larger than the cap (or a broken stream) explains nothing we need.
  }
  // Connectors read the answer again in their service's terms (inTermsOf); by default it is the host's.
  return errorFromAnswer({ status: res.status, headers: res.headers, body }, { name: url.host });
}

/**
 * The one way Workers code fetches anything a user pointed it at. Every hop passes the
 * guard (http(s), no private destinations) and, for scraping, robots.txt; every request to
 * a host waits its turn (politeness); redirects are followed by hand, at most five; the body
 * is size-capped and the whole fetch time-limited. Statuses other than 2xx and 304 become
 * typed connector errors.
 */
export async function outboundFetch(env: Env, input: string, options: OutboundOptions = {}): Promise<Fetched> {
  const policy: OutboundPolicy = outboundPolicy(env);
  const signal = AbortSignal.timeout(options.timeoutMs ?? policy.timeoutMs);
  let url = await guardUrl(input, policy);
  for (let hop = 0; ; hop++) {
    let intervalMs = policy.hostIntervalMs;
    if (options.robots) {
      const robots = await robotsCheck(env, url, policy, async (robotsUrl, maxBytes) => {
        const fetched = await outboundFetch(env, robotsUrl, { accept: 'text/plain', maxBytes });
        return { status: fetched.status, body: fetched.text().text };
      });
      if (!robots.allowed) throw new Refused(`robots.txt of ${url.host} does not allow fetching ${url.pathname}.`);
      intervalMs = robots.intervalMs;
    }
    await waitForHost(env, url.host, intervalMs);
    const headers = new Headers({
      'User-Agent': policy.userAgent,
      Accept: options.accept ?? '*/*',
      ...options.headers,
    });
    if (options.etag) headers.set('If-None-Match', options.etag);
    if (options.lastModified) headers.set('If-Modified-Since', options.lastModified);
    let res: Response;
    try {
      res = await fetch(url, {
        method: options.method ?? 'GET',
        body: options.body,
        headers,
        redirect: 'manual',
        signal,
      });
    } catch (error) {
      const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
      throw new Unavailable(
        timedOut ? `${url.host} did not answer in time.` : `${url.host} could not be reached: ${String(error)}`,
      );
    }
    const location = res.headers.get('Location');
    if (res.status >= 300 && res.status < 400 && res.status !== 304 && location) {
      await res.body?.cancel();
      if (hop >= MAX_REDIRECTS) throw new Refused(`More than ${MAX_REDIRECTS} redirects, starting from ${input}.`);
      url = await guardUrl(new URL(location, url).href, policy);
      continue;
    }
    if (res.status !== 304 && (res.status < 200 || res.status >= 300)) throw await statusError(res, url);
    const bytes = res.status === 304 ? new Uint8Array() : await readCapped(res, options.maxBytes ?? policy.maxBytes);
    const finalUrl = url.href;
    return {
      url: finalUrl,
      status: res.status,
      headers: res.headers,
      bytes,
      notModified: res.status === 304,
      etag: res.headers.get('ETag'),
      lastModified: res.headers.get('Last-Modified'),
      text: () => decodeBody(bytes, res.headers.get('Content-Type')),
      json: <T>() => JSON.parse(decodeBody(bytes, res.headers.get('Content-Type')).text) as T,
    };
  }
}
