import type { ServiceContext } from '../../core/context';
import { mediaPrefix } from './upload-media';

/**
 * Deletes every stored file of a workspace (its rows go with the workspace's by cascade), a
 * listing page at a time: R2 lists and deletes at most 1,000 keys per call.
 */
export async function deleteWorkspaceMedia(ctx: ServiceContext, workspaceId: string, pageSize = 1000): Promise<number> {
  let deleted = 0;
  for (;;) {
    // Always the first page: what was listed before is gone, so the next page is the first again.
    const page = await ctx.env.MEDIA.list({ prefix: mediaPrefix(workspaceId), limit: pageSize });
    if (page.objects.length === 0) return deleted;
    await ctx.env.MEDIA.delete(page.objects.map((object) => object.key));
    deleted += page.objects.length;
    if (!page.truncated) return deleted;
  }
}
