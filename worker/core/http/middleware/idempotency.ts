import { and, eq, lt } from 'drizzle-orm';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { idempotencyKeys } from '../../../db/schema/idempotency-keys';
import { sha256Hex } from '../../../lib/crypto';
import { logInfo } from '../../../lib/log';
import type { ServiceContext } from '../../context';
import type { AppEnv } from '../app-env';
import { Conflict, InvalidRequest, UnprocessableContent } from '../errors';

export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * `Idempotency-Key` (draft-ietf-httpapi-idempotency-key-header): the first answer to a key
 * is stored and replayed for repeats of the same request. The same key with a different
 * request is 422; a repeat while the first is still running is 409. Server errors are not
 * stored, so a retry after a 5xx runs again.
 *
 * With `shownOnce`, a successful answer carries a secret that exists nowhere else in clear (an
 * API key, an invitation link): storing it would keep the secret readable in the database for
 * a day next to its hash, and replaying it without the secret would look like success while
 * lacking the one field the caller needs. So only its status is kept, and a repeat answers 409
 * saying the first request succeeded and where to find what it made. Failures are kept and
 * replayed as usual: they hold no secret.
 */
function idempotency({
  shownOnce,
  fingerprint = async (c) => `${c.req.method} ${c.req.path}\n${await c.req.text()}`,
}: {
  shownOnce: boolean;
  /** What makes two requests "the same request": by default the method, path and body. */
  fingerprint?: (c: Context<AppEnv>) => Promise<string> | string;
}) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const key = c.req.header('Idempotency-Key');
    if (key === undefined) return next();
    if (key.length < 1 || key.length > 255) {
      throw new InvalidRequest('Idempotency-Key must be 1 to 255 characters.', {
        errors: [{ path: 'header.Idempotency-Key', message: 'Must be 1 to 255 characters.' }],
      });
    }
    const db = c.get('db');
    const principal = c.get('principal');
    const scope = `${c.req.param('workspaceId') ?? '-'}:${principal.kind === 'user' ? principal.userId : principal.keyId}`;
    const requestHash = await sha256Hex(await fingerprint(c));
    const where = and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key));

    // Expired keys are free to use again.
    await db
      .delete(idempotencyKeys)
      .where(and(where, lt(idempotencyKeys.createdAt, new Date(Date.now() - IDEMPOTENCY_TTL_MS))));
    const claimed = await db
      .insert(idempotencyKeys)
      .values({ scope, key, requestHash, createdAt: new Date() })
      .onConflictDoNothing()
      .run();
    if (claimed.meta.changes === 0) {
      const [first] = await db.select().from(idempotencyKeys).where(where);
      if (!first || first.requestHash !== requestHash) {
        throw new UnprocessableContent('This Idempotency-Key was already used with a different request.');
      }
      if (first.status === null) {
        throw new Conflict('A request with this Idempotency-Key is still being processed. Retry shortly.');
      }
      if (first.body === null) {
        throw new Conflict(
          `The request with this Idempotency-Key already succeeded (${first.status}). Its answer held a secret shown only once, so it is not kept to replay: find what it created in the list, and revoke it and create another if the secret was lost.`,
        );
      }
      return new Response(first.body, {
        status: first.status,
        headers: { 'Content-Type': 'application/json', 'Idempotent-Replayed': 'true' },
      });
    }

    try {
      await next();
    } finally {
      if (c.res.status < 500 && c.error === undefined) {
        const body = shownOnce && c.res.ok ? null : await c.res.clone().text();
        await db.update(idempotencyKeys).set({ status: c.res.status, body }).where(where);
      } else {
        await db.delete(idempotencyKeys).where(where);
      }
    }
  });
}

export const idempotent = idempotency({ shownOnce: false });

/** For creating things whose answer shows a secret once (API keys, invitation links). */
export const idempotentShownOnce = idempotency({ shownOnce: true });

/**
 * For uploads streamed to storage: the body may be hundreds of megabytes and is read once, by
 * the route, so the request is told apart by its method, path, query (name, alt text), type
 * and declared length instead. A repeat with other bytes of the same length replays the first
 * answer: keys are per caller, and a caller reusing a key for another file is the one to blame.
 */
export const idempotentUpload = idempotency({
  shownOnce: false,
  fingerprint: (c) => {
    const url = new URL(c.req.url);
    return [c.req.method, url.pathname + url.search, c.req.header('Content-Type'), c.req.header('Content-Length')].join(
      '\n',
    );
  },
});

/** Daily: forgets answers older than the replay window. */
export async function purgeIdempotencyKeys(ctx: ServiceContext, at: Date): Promise<void> {
  const result = await ctx.db
    .delete(idempotencyKeys)
    .where(lt(idempotencyKeys.createdAt, new Date(at.getTime() - IDEMPOTENCY_TTL_MS)))
    .run();
  logInfo('cron.purged', { idempotencyKeys: result.meta.changes });
}
