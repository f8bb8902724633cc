import { and, desc, eq, lt } from 'drizzle-orm';
import { apiKeys } from '../../db/schema/api-keys';
import { auditLog } from '../../db/schema/audit-log';
import { users } from '../../db/schema/users';
import type { ServiceContext } from '../context';
import { decodeCursor, toPage } from '../http/pagination';
import type { AuditAction } from './actions';

/** A workspace's audit trail, newest first, with actor names resolved for display. */
export async function listAudit(
  ctx: ServiceContext,
  workspaceId: string,
  filter: { limit: number; cursor?: string | undefined; action?: AuditAction | undefined },
) {
  const after = decodeCursor(filter.cursor, 1);
  const rows = await ctx.db
    .select({
      entry: auditLog,
      userName: users.name,
      userEmail: users.email,
      keyName: apiKeys.name,
    })
    .from(auditLog)
    .leftJoin(users, and(eq(auditLog.actorType, 'user'), eq(users.id, auditLog.actorId)))
    .leftJoin(apiKeys, and(eq(auditLog.actorType, 'api_key'), eq(apiKeys.id, auditLog.actorId)))
    .where(
      and(
        eq(auditLog.workspaceId, workspaceId),
        filter.action ? eq(auditLog.action, filter.action) : undefined,
        after ? lt(auditLog.id, String(after[0])) : undefined,
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(filter.limit + 1);
  return toPage(
    rows,
    filter.limit,
    (row) => [row.entry.id],
    ({ entry, userName, userEmail, keyName }) => ({
      id: entry.id,
      // Only the actions of AuditAction are ever written (commitWithAudit takes nothing else).
      action: entry.action as AuditAction,
      actor: {
        type: entry.actorType,
        id: entry.actorId,
        name:
          entry.actorType === 'user' ? (userName ?? userEmail) : entry.actorType === 'api_key' ? keyName : 'Crowsnest',
      },
      targetType: entry.targetType,
      targetId: entry.targetId,
      requestId: entry.requestId,
      ip: entry.ip,
      metadata: entry.metadata ?? {},
      createdAt: entry.createdAt.toISOString(),
    }),
  );
}
