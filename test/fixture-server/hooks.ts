/**
 * A webhook receiver as the documentation asks receivers to be: it takes any POST under
 * /hooks/<id>, answers 200, and treats a delivery whose Idempotency-Key it has seen as the same
 * delivery. GET /hooks/<id>/__received lists what it took (once per key) and how many requests
 * came, so tests can prove a post arrived exactly once. `?status=503` answers that instead;
 * `?status=500&fail=2` answers it to the first two requests, then takes deliveries.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

interface Delivery {
  key: string | null;
  signature: string | null;
  body: string;
}

const receivers = new Map<string, { deliveries: Delivery[]; requests: number }>();

function json(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
}

/** Answers requests under /hooks/; false for any other path. */
export function serveHooks(req: IncomingMessage, res: ServerResponse, url: URL, body: string): boolean {
  const match = url.pathname.match(/^\/hooks\/([\w-]+)(\/__received)?$/);
  if (!match) return false;
  const id = match[1] ?? '';
  const receiver = receivers.get(id) ?? { deliveries: [], requests: 0 };
  receivers.set(id, receiver);
  if (match[2]) {
    json(res, 200, receiver);
    return true;
  }
  if (req.method !== 'POST') {
    json(res, 405, { error: 'POST only' });
    return true;
  }
  receiver.requests++;
  const status = Number(url.searchParams.get('status') ?? 200);
  // `?fail=N` answers `status` to the first N requests only, then takes deliveries (a receiver that recovers).
  const failFor = Number(url.searchParams.get('fail') ?? Number.POSITIVE_INFINITY);
  if (status !== 200 && receiver.requests <= failFor) {
    json(res, status, { error: `told to answer ${status}` });
    return true;
  }
  const key = typeof req.headers['idempotency-key'] === 'string' ? req.headers['idempotency-key'] : null;
  if (!key || !receiver.deliveries.some((d) => d.key === key)) {
    const signature = req.headers['crowsnest-signature'];
    receiver.deliveries.push({ key, signature: typeof signature === 'string' ? signature : null, body });
  }
  json(res, 200, { ok: true });
  return true;
}
