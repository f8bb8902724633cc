/**
 * Publishing to an outbound webhook: a post delivered as signed JSON to a URL of the
 * workspace's. The request, exactly:
 *
 *   POST <url>
 *   Content-Type: application/json
 *   Idempotency-Key: <the part's key>
 *   Crowsnest-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>"> (lib/webhook-signature)
 *   {"id": <the part's key>, "type": "post.publish", "createdAt": <ISO time of this delivery>,
 *    "data": {"targetId", "index", "body",
 *             "media": [{"id", "type", "bytes", "sha256", "width", "height", "durationMs", "alt"}]}}
 *
 * `type` is "post.publish", not "post.published": this delivery is the publication (the
 * receiver is the platform), while workspace webhooks will announce `post.published` about
 * posts that went out anywhere; one receiver subscribed to both must not confuse them.
 * `id` is the key, so it stays the same on every retry; `createdAt` is when this delivery
 * was made. No workspace id: the account (the URL) is the workspace's own.
 *
 * The receiver's contract: deduplicate by Idempotency-Key (a repeat answers 2xx and changes
 * nothing) and answer any 2xx once it has the post. Any 2xx is published.
 */
import { BadRequest, Refused } from '../../core/outbound/errors';
import { guardUrl } from '../../core/outbound/guard';
import type { ServiceErrors, ServiceSays } from '../../core/outbound/http-errors';
import { outboundPolicy } from '../../core/outbound/policy';
import { outboundSend } from '../../core/outbound/send';
import { signWebhook } from '../../lib/webhook-signature';
import type {
  AccountLimits,
  AccountSession,
  MediaToPublish,
  PartToPublish,
  PublishedPart,
  Publisher,
} from './publisher';

export const WEBHOOK_EVENT = 'post.publish';

/**
 * A receiver's own words, when it answers `{error}` or `{message}`. 401/403 mean it refused
 * our signature (a secret that no longer matches: a person must fix it), 404/410 that the URL
 * is gone, 408/429/5xx that it could not take it now.
 */
export function webhookErrors(host: string): ServiceErrors {
  return {
    name: `The webhook at ${host}`,
    authenticated: true,
    read: (body): ServiceSays | null => {
      const json = JSON.parse(body) as { error?: unknown; message?: unknown };
      const message = typeof json.message === 'string' ? json.message : json.error;
      return typeof message === 'string' ? { codes: [], message: message.slice(0, 300) } : null;
    },
  };
}

/**
 * Where any webhook of ours may point: https only, http for the hosts OUTBOUND_ALLOW_HOSTS lets
 * through (local tests), and nowhere the outbound guard refuses. BadRequest says why not.
 */
export async function checkWebhookUrl(env: Env, url: string): Promise<URL> {
  const policy = outboundPolicy(env);
  let target: URL;
  try {
    target = await guardUrl(url, policy);
  } catch (error) {
    throw error instanceof Refused ? new BadRequest(error.message) : error;
  }
  const port = target.port || (target.protocol === 'https:' ? '443' : '80');
  if (target.protocol !== 'https:' && !policy.allowHosts.has(`${target.hostname}:${port}`.toLowerCase())) {
    throw new BadRequest('A webhook URL must start with https://.');
  }
  return target;
}

/**
 * What a delivery may carry: text as long as a receiver's usual 1 MB body allows with room,
 * and any files (described, not sent: the receiver's own business is what it does with them),
 * as many as a part holds.
 */
export const WEBHOOK_LIMITS: AccountLimits = { maxChars: 100_000, countsBy: 'characters', maxImages: 4, maxVideos: 4 };

/** A file as a delivery describes it: its facts (id, type, bytes, sha256, width, height, durationMs, alt), not its bytes. */
function described(file: MediaToPublish) {
  const { open: _open, kind: _kind, ...facts } = file;
  return facts;
}

async function deliver(env: Env, account: AccountSession, part: PartToPublish): Promise<PublishedPart> {
  const body = JSON.stringify({
    id: part.key,
    type: WEBHOOK_EVENT,
    createdAt: new Date().toISOString(),
    data: { targetId: part.targetId, index: part.index, body: part.body, media: part.media.map(described) },
  });
  await outboundSend(env, account.serviceUrl, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'Idempotency-Key': part.key,
      'Crowsnest-Signature': await signWebhook(account.credentials.secret ?? '', body),
    },
    body,
    service: webhookErrors(new URL(account.serviceUrl).host),
    write: true,
  });
  return { externalId: part.key, url: null };
}

export const webhook: Publisher<'webhook'> = {
  platform: 'webhook',

  async connect(env, { url, name, secret }) {
    const target = await checkWebhookUrl(env, url);
    return {
      serviceUrl: target.toString(),
      externalId: target.toString(),
      handle: target.host,
      name: name || target.host,
      credentials: { secret },
      limits: WEBHOOK_LIMITS,
    };
  },

  /** Deterministic, so every retry of the part carries the key the receiver deduplicates by. */
  newKey(targetId, index) {
    return `crowsnest-${targetId}-${index}`;
  },

  publish: deliver,

  /**
   * A webhook cannot be asked what it received, so nothing here can truthfully answer null
   * ("it never was"): a lost answer may have followed a delivery the receiver kept. Instead
   * the look-up asks the receiver itself, the one safe way its contract offers: the same
   * delivery again, with the same Idempotency-Key. A 2xx means the receiver has the part now,
   * exactly once (it deduplicates by the key), so the part is answered as found; when that
   * answer is lost too, Unconfirmed again, and other errors as for publish. Never null.
   */
  find: deliver,

  async limits() {
    return WEBHOOK_LIMITS;
  },
};
