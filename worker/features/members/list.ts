import { and, asc, eq, gt, or } from 'drizzle-orm';
import type { ServiceContext } from '../../core/context';
import { decodeCursor, toPage } from '../../core/http/pagination';
import { memberships } from '../../db/schema/memberships';
import { users } from '../../db/schema/users';
import type { Role } from '../../lib/roles';

/** Members in the order they joined. */
export async function listMembers(ctx: ServiceContext, workspaceId: string, limit: number, cursor?: string) {
  const after = decodeCursor(cursor, 2);
  const rows = await ctx.db
    .select({
      userId: memberships.userId,
      role: memberships.role,
      joinedAt: memberships.createdAt,
      email: users.email,
      name: users.name,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.workspaceId, workspaceId),
        after
          ? or(
              gt(memberships.createdAt, new Date(Number(after[0]))),
              and(eq(memberships.createdAt, new Date(Number(after[0]))), gt(memberships.userId, String(after[1]))),
            )
          : undefined,
      ),
    )
    .orderBy(asc(memberships.createdAt), asc(memberships.userId))
    .limit(limit + 1);
  return toPage(rows, limit, (row) => [row.joinedAt.getTime(), row.userId], presentMember);
}

export function presentMember(row: { userId: string; role: Role; joinedAt: Date; email: string; name: string }) {
  return { userId: row.userId, email: row.email, name: row.name, role: row.role, joinedAt: row.joinedAt.toISOString() };
}
