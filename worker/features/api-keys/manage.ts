import { and, desc, eq, isNull, lt } from 'drizzle-orm';
import { commitWithAudit } from '../../core/audit/commit';
import type { ServiceContext } from '../../core/context';
import { API_KEY_PREFIX } from '../../core/http/api-key-auth';
import type { WorkspaceAccess } from '../../core/http/app-env';
import { Forbidden, ResourceNotFound } from '../../core/http/errors';
import { decodeCursor, toPage } from '../../core/http/pagination';
import { apiKeys } from '../../db/schema/api-keys';
import { users } from '../../db/schema/users';
import { sha256Hex } from '../../lib/crypto';
import { randomAlphanumeric } from '../../lib/crypto-alnum';
import { newId } from '../../lib/ids';
import { atLeast, type Role } from '../../lib/roles';

/** Creates a key. The key itself is returned here once and stored only as a hash. */
export async function createApiKey(
  ctx: ServiceContext,
  access: WorkspaceAccess,
  input: { name: string; role: Role; createdBy: string | null },
) {
  if (!atLeast(access.role, input.role)) {
    throw new Forbidden(`You are ${access.role} here, so you cannot make a key with the ${input.role} role.`);
  }
  const key = API_KEY_PREFIX + randomAlphanumeric(40);
  const now = new Date();
  const row = {
    id: newId('key', now.getTime()),
    workspaceId: access.workspaceId,
    name: input.name,
    role: input.role,
    prefix: key.slice(0, 10),
    keyHash: await sha256Hex(key),
    createdBy: input.createdBy,
    createdAt: now,
  };
  await commitWithAudit(ctx, [ctx.db.insert(apiKeys).values(row)], {
    workspaceId: access.workspaceId,
    action: 'api_key.created',
    targetType: 'api_key',
    targetId: row.id,
    metadata: { name: input.name, role: input.role },
  });
  return { ...presentApiKey({ ...row, lastUsedAt: null, createdByName: null }), key };
}

export async function listApiKeys(ctx: ServiceContext, workspaceId: string, limit: number, cursor?: string) {
  const after = decodeCursor(cursor, 1);
  const rows = await ctx.db
    .select({
      id: apiKeys.id,
      name: apiKeys.name,
      role: apiKeys.role,
      prefix: apiKeys.prefix,
      createdAt: apiKeys.createdAt,
      lastUsedAt: apiKeys.lastUsedAt,
      createdByName: users.name,
    })
    .from(apiKeys)
    .leftJoin(users, eq(users.id, apiKeys.createdBy))
    .where(
      and(
        eq(apiKeys.workspaceId, workspaceId),
        isNull(apiKeys.revokedAt),
        after ? lt(apiKeys.id, String(after[0])) : undefined,
      ),
    )
    .orderBy(desc(apiKeys.id))
    .limit(limit + 1);
  return toPage(rows, limit, (row) => [row.id], presentApiKey);
}

export function presentApiKey(row: {
  id: string;
  name: string;
  role: Role;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  createdByName: string | null;
}) {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    prefix: row.prefix,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    createdByName: row.createdByName,
  };
}

export async function revokeApiKey(ctx: ServiceContext, workspaceId: string, keyId: string) {
  const active = and(eq(apiKeys.id, keyId), eq(apiKeys.workspaceId, workspaceId), isNull(apiKeys.revokedAt));
  const [key] = await ctx.db.select({ name: apiKeys.name }).from(apiKeys).where(active);
  if (!key) throw new ResourceNotFound('The API key');
  await commitWithAudit(ctx, [ctx.db.update(apiKeys).set({ revokedAt: new Date() }).where(active)], {
    workspaceId,
    action: 'api_key.revoked',
    targetType: 'api_key',
    targetId: keyId,
    metadata: { name: key.name },
  });
}
