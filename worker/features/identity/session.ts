import { and, eq, gt, isNull } from 'drizzle-orm';
import { commitWithAudit } from '../../core/audit/commit';
import type { ServiceContext } from '../../core/context';
import { Unauthorized } from '../../core/http/errors';
import { refreshTokens } from '../../db/schema/refresh-tokens';
import { randomToken, sha256Hex } from '../../lib/crypto';
import { newId } from '../../lib/ids';
import { ACCESS_TOKEN_TTL_SECONDS, signToken } from '../../lib/jwt';
import { logInfo } from '../../lib/log';

export const REFRESH_TOKEN_TTL_SECONDS = 30 * 24 * 60 * 60;

/**
 * How long a token just traded for its successor still works: two tabs that refresh with the
 * same cookie at the same moment both get a session instead of signing the user out (major
 * identity providers allow the same, e.g. a rotation grace period or reuse interval).
 */
export const REFRESH_REUSE_GRACE_MS = 10_000;

export interface Session {
  userId: string;
  accessToken: string;
  refreshToken: string;
}

export function accessTokenFor(env: Env, userId: string): Promise<string> {
  return signToken(env.JWT_SECRET, 'api', userId, ACCESS_TOKEN_TTL_SECONDS);
}

/** A new refresh token (in `familyId`, or a new family) and the row that stores its hash. */
export async function mintRefreshToken(userId: string, familyId = newId('fam')) {
  const token = randomToken(32);
  const now = Date.now();
  const row = {
    id: newId('rt', now),
    userId,
    familyId,
    tokenHash: await sha256Hex(token),
    createdAt: new Date(now),
    expiresAt: new Date(now + REFRESH_TOKEN_TTL_SECONDS * 1000),
  };
  return { token, row };
}

/**
 * Trades a refresh token for a new access token and its successor. A token that was already
 * used means a copy is in someone else's hands: the whole family is revoked and both holders
 * must sign in again (RFC 9700 §4.14.2). The one exception is the token rotated last, within
 * REFRESH_REUSE_GRACE_MS: it gets a sibling of its successor, in the same family.
 */
export async function rotateSession(ctx: ServiceContext, presented: string): Promise<Session> {
  const hash = await sha256Hex(presented);
  const [current] = await ctx.db.select().from(refreshTokens).where(eq(refreshTokens.tokenHash, hash)).limit(1);
  if (!current || current.revokedAt || current.expiresAt.getTime() <= Date.now()) {
    throw new Unauthorized('Your session has ended. Sign in again.');
  }
  // Claim the token atomically: of two concurrent uses, exactly one sees a change.
  const claim = await ctx.db
    .update(refreshTokens)
    .set({ usedAt: new Date() })
    .where(and(eq(refreshTokens.id, current.id), isNull(refreshTokens.usedAt), isNull(refreshTokens.revokedAt)))
    .run();
  if (claim.meta.changes !== 1 && !(await justRotated(ctx, current.id, current.familyId))) {
    await revokeFamily(ctx, current.familyId, current.userId, 'user.refresh_token_reused');
    throw new Unauthorized('This session was signed out because its refresh token was used twice. Sign in again.');
  }
  const next = await mintRefreshToken(current.userId, current.familyId);
  await ctx.db.insert(refreshTokens).values(next.row);
  return {
    userId: current.userId,
    accessToken: await accessTokenFor(ctx.env, current.userId),
    refreshToken: next.token,
  };
}

/**
 * Whether a used token is still in its grace: used moments ago, not revoked since, and the
 * last of its family to be used (once its successor was used, the holder has moved on and
 * the old token coming back means a copy).
 */
async function justRotated(ctx: ServiceContext, tokenId: string, familyId: string): Promise<boolean> {
  // Read again: a concurrent request may have claimed it after this one looked it up.
  const [token] = await ctx.db
    .select({ usedAt: refreshTokens.usedAt, revokedAt: refreshTokens.revokedAt })
    .from(refreshTokens)
    .where(eq(refreshTokens.id, tokenId));
  if (!token?.usedAt || token.revokedAt || Date.now() - token.usedAt.getTime() > REFRESH_REUSE_GRACE_MS) return false;
  const [later] = await ctx.db
    .select({ id: refreshTokens.id })
    .from(refreshTokens)
    .where(and(eq(refreshTokens.familyId, familyId), gt(refreshTokens.usedAt, token.usedAt)))
    .limit(1);
  return later === undefined;
}

/** Signs out the session the refresh token belongs to. Unknown tokens are ignored. */
export async function endSession(ctx: ServiceContext, presented: string): Promise<void> {
  const hash = await sha256Hex(presented);
  const [current] = await ctx.db.select().from(refreshTokens).where(eq(refreshTokens.tokenHash, hash)).limit(1);
  if (current && !current.revokedAt) await revokeFamily(ctx, current.familyId, current.userId, 'user.logged_out');
}

async function revokeFamily(
  ctx: ServiceContext,
  familyId: string,
  userId: string,
  action: 'user.refresh_token_reused' | 'user.logged_out',
) {
  const revoke = ctx.db
    .update(refreshTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(refreshTokens.familyId, familyId), isNull(refreshTokens.revokedAt)));
  await commitWithAudit(ctx, [revoke], {
    workspaceId: null,
    action,
    targetType: 'session',
    targetId: familyId,
    actor: { type: 'user', id: userId },
  });
  if (action === 'user.refresh_token_reused') logInfo('auth.refresh_reuse', { userId, familyId });
}
