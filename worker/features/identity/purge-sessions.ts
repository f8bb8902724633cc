import { lt, or } from 'drizzle-orm';
import type { ServiceContext } from '../../core/context';
import { refreshTokens } from '../../db/schema/refresh-tokens';
import { logInfo } from '../../lib/log';

/** Revoked sessions are kept a week, for the reuse check and the audit trail of a stolen token. */
const REVOKED_RETENTION_MS = 7 * 86_400_000;

/** Daily: forgets expired sessions and sessions revoked more than a week ago. */
export async function purgeSessions(ctx: ServiceContext, at: Date): Promise<void> {
  const result = await ctx.db
    .delete(refreshTokens)
    .where(
      or(lt(refreshTokens.expiresAt, at), lt(refreshTokens.revokedAt, new Date(at.getTime() - REVOKED_RETENTION_MS))),
    )
    .run();
  logInfo('cron.purged', { refreshTokens: result.meta.changes });
}
