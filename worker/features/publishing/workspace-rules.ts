import { eq } from 'drizzle-orm';
import type { ServiceContext } from '../../core/context';
import { workspaces } from '../../db/schema/workspaces';

/** The workspace's own publishing rules (its settings), read where a post is checked. */
export async function workspaceRules(ctx: ServiceContext, workspaceId: string): Promise<{ requireAltText: boolean }> {
  const [row] = await ctx.db
    .select({ requireAltText: workspaces.requireAltText })
    .from(workspaces)
    .where(eq(workspaces.id, workspaceId));
  return { requireAltText: row?.requireAltText ?? false };
}
