import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { apiKeys } from '../../db/schema/api-keys';
import { sha256Hex } from '../../lib/crypto';
import type { Principal } from './app-env';

/** What every API key starts with, so a bearer token is told from a JWT at a glance. */
export const API_KEY_PREFIX = 'cn_';

/** Writing last-used on every request would make every read a write; once a minute is enough. */
const LAST_USED_GRANULARITY_MS = 60_000;

export async function authenticateApiKey(
  db: Db,
  key: string,
  waitUntil: (promise: Promise<unknown>) => void,
): Promise<Extract<Principal, { kind: 'api_key' }> | null> {
  const [row] = await db
    .select()
    .from(apiKeys)
    .where(and(eq(apiKeys.keyHash, await sha256Hex(key)), isNull(apiKeys.revokedAt)))
    .limit(1);
  if (!row) return null;
  const now = Date.now();
  if (!row.lastUsedAt || now - row.lastUsedAt.getTime() > LAST_USED_GRANULARITY_MS) {
    waitUntil(
      db
        .update(apiKeys)
        .set({ lastUsedAt: new Date(now) })
        .where(eq(apiKeys.id, row.id))
        .run(),
    );
  }
  return { kind: 'api_key', keyId: row.id, userId: row.createdBy, workspaceId: row.workspaceId, role: row.role };
}
