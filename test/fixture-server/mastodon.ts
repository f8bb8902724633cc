/**
 * A small Mastodon for the publisher's tests, under /mastodon/<instance>/: each instance name
 * gets its own in-memory server with one account (the recorded one), whose access token is
 * MASTODON_TOKEN. It answers in the recorded shapes (test/fixtures/recorded/mastodon):
 * verify_credentials, instance v2, posting statuses (Idempotency-Key honoured: a repeat
 * answers the first status and creates nothing), the account's statuses newest first with
 * max_id paging, app registration and the authorization-code flow. A test steers it through
 * POST /mastodon/<instance>/__control and reads what was created at GET …/__created.
 */
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { attach, attachment, show, type Upload, upload } from './mastodon-media';
import { type NumbersControl, serveStatus, setNumbers } from './mastodon-numbers';
import { renderStatus, statusLength } from './mastodon-text';
import { MASTODON_TOKEN } from './mastodon-token';

const DIR = join(import.meta.dirname, '../fixtures/recorded/mastodon');
const recorded = (file: string) => JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Record<string, unknown>;
const WINDOW_MS = 5 * 60_000;

interface Control extends NumbersControl {
  /** Answer the next `times` requests with 429, the window resetting `resetInSeconds` from now. */
  rateLimit?: { times: number; resetInSeconds: number };
  /** Create the next status, then never answer. */
  dropNextAnswer?: boolean;
  /** Replaces configuration.statuses / media_attachments of instance v2; null removes them. */
  statuses?: Record<string, number> | null;
  mediaAttachments?: Record<string, number | string[]> | null;
  /** Uploads answer 202 and stay processing for this many polls of GET /api/v1/media/:id (0: 200 at once). */
  mediaProcessing?: number;
  /**
   * Faults for posting statuses, each a probability, drawn from a generator seeded with
   * `seed`: 429 (the window resets in a second), 500 (nothing created), slow (created, the
   * answer after 6 s — past a test's outbound timeout), dropped (created, then the connection
   * is cut without an answer).
   */
  faults?: { seed: number; tooMany: number; serverError: number; slow: number; dropped: number };
}

/** What the faults did, for the fault-injection test to print. */
interface FaultCounts {
  tooMany: number;
  serverError: number;
  slow: number;
  dropped: number;
}

interface Instance {
  account: Record<string, unknown>;
  tokens: Set<string>;
  /** Newest last. */
  statuses: Record<string, unknown>[];
  uploads: Map<string, Upload>;
  keys: Map<string, Record<string, unknown>>;
  apps: Map<string, { secret: string; redirectUri: string }>;
  codes: Map<string, string>;
  control: Control;
  requests: number;
  lastId: bigint;
  faulted: FaultCounts;
  random: () => number;
}

/** mulberry32: a small seeded generator, so a fault run can be repeated. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const instances = new Map<string, Instance>();

function instance(name: string): Instance {
  const existing = instances.get(name);
  if (existing) return existing;
  const made: Instance = {
    account: recorded('credential-account.json'),
    tokens: new Set([MASTODON_TOKEN]),
    statuses: [],
    uploads: new Map(),
    keys: new Map(),
    apps: new Map(),
    codes: new Map(),
    control: {},
    requests: 0,
    lastId: 0n,
    faulted: { tooMany: 0, serverError: 0, slow: 0, dropped: 0 },
    random: Math.random,
  };
  instances.set(name, made);
  return made;
}

/** A snowflake id as Mastodon makes them: milliseconds shifted left 16 bits, increasing. */
function nextId(inst: Instance): string {
  const id = BigInt(Date.now()) << 16n;
  inst.lastId = id > inst.lastId ? id : inst.lastId + 1n;
  return String(inst.lastId);
}

function answer(
  res: ServerResponse,
  inst: Instance,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  const windowEnd = (Math.floor(Date.now() / WINDOW_MS) + 1) * WINDOW_MS;
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'X-RateLimit-Limit': '300',
    'X-RateLimit-Remaining': String(Math.max(0, 300 - inst.requests)),
    'X-RateLimit-Reset': new Date(windowEnd).toISOString(),
    ...headers,
  });
  res.end(JSON.stringify(body));
}

function params(req: IncomingMessage, body: string): Record<string, string> {
  if (!body) return {};
  if (String(req.headers['content-type']).includes('json')) {
    const parsed = JSON.parse(body) as Record<string, unknown>;
    return Object.fromEntries(
      Object.entries(parsed).flatMap(([k, v]) => (v === null || v === undefined ? [] : [[k, String(v)]])),
    );
  }
  return Object.fromEntries(new URLSearchParams(body));
}

function publicAccount(inst: Instance): Record<string, unknown> {
  const { source: _source, role: _role, ...account } = inst.account;
  return { ...account, statuses_count: inst.statuses.length };
}

function postStatus(
  req: IncomingMessage,
  res: ServerResponse,
  inst: Instance,
  p: Record<string, string>,
  base: string,
  mediaIds: string[],
) {
  const accountId = String(inst.account.id);
  const key = req.headers['idempotency-key'];
  const keyed = typeof key === 'string' ? `${accountId}:${key}` : null;
  const first = keyed ? inst.keys.get(keyed) : undefined;
  if (first) return answer(res, inst, 200, first);
  const faults = inst.control.faults;
  const draw = faults ? inst.random() : 1;
  let fate: keyof FaultCounts | null = null;
  if (faults) {
    const cuts: [keyof FaultCounts, number][] = [
      ['tooMany', faults.tooMany],
      ['serverError', faults.serverError],
      ['slow', faults.slow],
      ['dropped', faults.dropped],
    ];
    let edge = 0;
    for (const [name, chance] of cuts) {
      edge += chance;
      if (draw < edge) {
        fate = name;
        break;
      }
    }
  }
  if (fate) inst.faulted[fate]++;
  if (fate === 'tooMany') {
    return answer(
      res,
      inst,
      429,
      { error: 'Too many requests' },
      { 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': new Date(Date.now() + 1000).toISOString() },
    );
  }
  if (fate === 'serverError') return answer(res, inst, 500, { error: 'We are sorry, but something went wrong' });
  const text = p.status ?? '';
  if (text.trim() === '') return answer(res, inst, 422, { error: "Validation failed: Text can't be blank" });
  const limit = Number(inst.control.statuses?.max_characters ?? 500);
  if (statusLength(text) > limit) {
    return answer(res, inst, 422, { error: `Validation failed: Text character limit of ${limit} exceeded` });
  }
  const parent = p.in_reply_to_id ? inst.statuses.find((s) => s.id === p.in_reply_to_id) : undefined;
  if (p.in_reply_to_id && !parent) return answer(res, inst, 404, { error: 'Record not found' });
  const files = attach(inst.uploads, mediaIds);
  if (!Array.isArray(files)) return answer(res, inst, files.status, files.body);
  const id = nextId(inst);
  for (const file of files) file.attachedTo = id;
  const username = String(inst.account.username);
  const status = {
    ...recorded('status.json'),
    id,
    created_at: new Date().toISOString(),
    in_reply_to_id: parent ? String(parent.id) : null,
    in_reply_to_account_id: parent ? accountId : null,
    sensitive: false,
    visibility: p.visibility ?? 'public',
    language: p.language ?? null,
    uri: `${base}/users/${username}/statuses/${id}`,
    url: `${base}/@${username}/${id}`,
    content: renderStatus(text, base),
    application: { name: 'Crowsnest', website: null },
    account: publicAccount(inst),
    media_attachments: files.map(attachment),
  };
  inst.statuses.push(status);
  if (keyed) inst.keys.set(keyed, status);
  if (inst.control.dropNextAnswer) {
    // The status exists; the answer never comes (the client gives up waiting).
    inst.control.dropNextAnswer = false;
    return;
  }
  if (fate === 'dropped') {
    res.socket?.destroy();
    return;
  }
  if (fate === 'slow') {
    setTimeout(() => answer(res, inst, 200, status), 6000);
    return;
  }
  answer(res, inst, 200, status);
}

function accountStatuses(res: ServerResponse, inst: Instance, accountId: string, url: URL) {
  if (accountId !== inst.account.id) return answer(res, inst, 404, { error: 'Record not found' });
  const limit = Math.min(Number(url.searchParams.get('limit') ?? 20) || 20, 40);
  const maxId = url.searchParams.get('max_id');
  const page = inst.statuses
    .filter((s) => !maxId || BigInt(String(s.id)) < BigInt(maxId))
    .reverse()
    .slice(0, limit);
  answer(res, inst, 200, page);
}

function instanceV2(res: ServerResponse, inst: Instance, host: string) {
  const body = recorded('instance-v2.json');
  const configuration = { ...(body.configuration as Record<string, unknown>) };
  for (const [field, value] of [
    ['statuses', inst.control.statuses],
    ['media_attachments', inst.control.mediaAttachments],
  ] as const) {
    if (value === null) delete configuration[field];
    else if (value) configuration[field] = value;
  }
  answer(res, inst, 200, { ...body, domain: host, configuration });
}

function oauthToken(res: ServerResponse, inst: Instance, p: Record<string, string>) {
  const app = inst.apps.get(p.client_id ?? '');
  const code = inst.codes.get(p.code ?? '');
  if (!app || app.secret !== p.client_secret) {
    return answer(res, inst, 401, {
      error: 'invalid_client',
      error_description:
        'Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method.',
    });
  }
  if (p.grant_type !== 'authorization_code' || !code || code !== p.client_id || app.redirectUri !== p.redirect_uri) {
    return answer(res, inst, 400, {
      error: 'invalid_grant',
      error_description:
        'The provided authorization grant is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client.',
    });
  }
  inst.codes.delete(p.code ?? '');
  const token = crypto.randomUUID();
  inst.tokens.add(token);
  answer(res, inst, 200, { access_token: token, token_type: 'Bearer', scope: 'read write', created_at: 1785592800 });
}

/** `media_ids[]` of a status, as JSON (an array) or as form fields (`media_ids[]=…`). */
function mediaIdsOf(req: IncomingMessage, body: string): string[] {
  if (!body) return [];
  if (String(req.headers['content-type']).includes('json')) {
    const ids = (JSON.parse(body) as { media_ids?: unknown }).media_ids;
    return Array.isArray(ids) ? ids.map(String) : [];
  }
  return new URLSearchParams(body).getAll('media_ids[]');
}

async function postMedia(req: IncomingMessage, res: ServerResponse, inst: Instance, raw: Buffer, base: string) {
  const id = nextId(inst);
  const made = await upload(raw, String(req.headers['content-type'] ?? ''), {
    id,
    base,
    processing: inst.control.mediaProcessing ?? 0,
  });
  if (made.made) inst.uploads.set(id, made.made);
  answer(res, inst, made.answer.status, made.answer.body);
}

/** Serves /mastodon/<instance>/…; false when the path is not Mastodon's. */
export function serveMastodon(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  body: string,
  origin: string,
  raw: Buffer = Buffer.alloc(0),
) {
  const m = url.pathname.match(/^\/mastodon\/([\w-]+)(\/.*)$/);
  if (!m) return false;
  route(req, res, url, { text: body, raw }, instance(m[1] ?? ''), m[2] ?? '/', `${origin}/mastodon/${m[1]}`);
  return true;
}

function route(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  { text: body, raw }: { text: string; raw: Buffer },
  inst: Instance,
  path: string,
  base: string,
) {
  const method = req.method ?? 'GET';
  // Multipart uploads are bytes, not form text.
  const p = path === '/api/v2/media' ? {} : params(req, body);
  if (path === '/__control') {
    const sent = JSON.parse(body) as Control;
    inst.control = { ...inst.control, ...sent };
    if (inst.control.faults) inst.random = seeded(inst.control.faults.seed);
    setNumbers(inst, sent);
    return answer(res, inst, 204, null);
  }
  if (path === '/__created') {
    return answer(res, inst, 200, {
      count: inst.statuses.length,
      statuses: inst.statuses,
      requests: inst.requests,
      faulted: inst.faulted,
      media: [...inst.uploads.values()],
    });
  }
  inst.requests++;
  const limited = inst.control.rateLimit;
  if (limited && limited.times > 0) {
    limited.times--;
    return answer(
      res,
      inst,
      429,
      { error: 'Too many requests' },
      {
        'X-RateLimit-Remaining': '0',
        'X-RateLimit-Reset': new Date(Date.now() + limited.resetInSeconds * 1000).toISOString(),
      },
    );
  }
  if (method === 'POST' && path === '/api/v1/apps') {
    const clientId = crypto.randomUUID();
    const app = { secret: crypto.randomUUID(), redirectUri: p.redirect_uris ?? '' };
    inst.apps.set(clientId, app);
    const scopes = (p.scopes ?? 'read').split(' ');
    const made = { ...recorded('application.json'), name: p.client_name, website: p.website ?? null, scopes };
    return answer(res, inst, 200, {
      ...made,
      redirect_uris: [app.redirectUri],
      redirect_uri: app.redirectUri,
      client_id: clientId,
      client_secret: app.secret,
    });
  }
  if (method === 'GET' && path === '/oauth/authorize') {
    // The person signs in and approves at once: the browser is sent back with a code.
    const clientId = url.searchParams.get('client_id') ?? '';
    const app = inst.apps.get(clientId);
    if (!app || app.redirectUri !== url.searchParams.get('redirect_uri'))
      return answer(res, inst, 400, { error: 'invalid_request' });
    const code = crypto.randomUUID();
    inst.codes.set(code, clientId);
    const back = new URL(app.redirectUri);
    back.searchParams.set('code', code);
    const state = url.searchParams.get('state');
    if (state) back.searchParams.set('state', state);
    res.writeHead(302, { Location: back.toString() });
    return res.end();
  }
  if (method === 'POST' && path === '/oauth/token') return oauthToken(res, inst, p);
  if (path === '/api/v2/instance') return instanceV2(res, inst, String(req.headers.host));
  const token = String(req.headers.authorization ?? '').replace(/^Bearer /, '');
  if (!inst.tokens.has(token)) {
    return answer(res, inst, 401, recorded('error-token-invalid.json'), {
      'WWW-Authenticate':
        'Bearer realm="Doorkeeper", error="invalid_token", error_description="The access token is invalid"',
    });
  }
  if (method === 'GET' && path === '/api/v1/accounts/verify_credentials') {
    return answer(res, inst, 200, { ...inst.account, statuses_count: inst.statuses.length });
  }
  if (method === 'POST' && path === '/api/v1/statuses')
    return postStatus(req, res, inst, p, base, mediaIdsOf(req, body));
  if (serveStatus(res, inst, method, path, (r, status, body) => answer(r, inst, status, body))) return;
  if (method === 'POST' && path === '/api/v2/media') {
    return void postMedia(req, res, inst, raw, base).catch((error: unknown) =>
      answer(res, inst, 500, { error: String(error) }),
    );
  }
  const media = path.match(/^\/api\/v1\/media\/(\d+)$/);
  if (method === 'GET' && media) {
    const shown = show(inst.uploads.get(media[1] ?? ''));
    return answer(res, inst, shown.status, shown.body);
  }
  const listing = path.match(/^\/api\/v1\/accounts\/(\d+)\/statuses$/);
  if (method === 'GET' && listing) return accountStatuses(res, inst, listing[1] ?? '', url);
  answer(res, inst, 404, { error: 'Not Found' });
}
