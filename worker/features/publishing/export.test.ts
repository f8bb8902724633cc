import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { signUp } from '../../../test/factories';
import { seedFileWithFacts } from '../../../test/seed-post-media';
import { systemContext } from '../../core/context';
import { createDb } from '../../db/client';
import { postMedia } from '../../db/schema/media';
import { posts } from '../../db/schema/posts';
import { chunkForParams } from '../../lib/bound-params';
import { newId } from '../../lib/ids';
import { postMediaRows } from './export';

describe('the export of post files', () => {
  it('pages through every row of the workspace once, by post, part and position, and none of another', async () => {
    const db = createDb(env.DB);
    const [user, other] = [await signUp(), await signUp()];
    const now = new Date();
    const rows = [];
    for (const owner of [user, other]) {
      const file = await seedFileWithFacts(owner);
      // More rows than a page (500), across posts and parts, so pages must follow all three keys.
      for (let p = 0; p < 3; p++) {
        const post = {
          id: newId('post', now.getTime()),
          workspaceId: owner.workspaceId,
          body: 'x',
          thread: Array.from({ length: 49 }, () => ({ body: 'y' })),
          status: 'draft' as const,
          scheduledAt: null,
          createdBy: null,
          createdAt: now,
          updatedAt: now,
        };
        await db.insert(posts).values(post);
        for (let part = 0; part < 50; part++) {
          for (let position = 0; position < 4; position++) {
            rows.push({ postId: post.id, part, position, workspaceId: owner.workspaceId, mediaId: file.id });
          }
        }
      }
    }
    for (const chunk of chunkForParams(rows, 0, 5)) await db.insert(postMedia).values(chunk);
    const read = [];
    for await (const row of postMediaRows(
      systemContext(env, () => undefined),
      user.workspaceId,
    ))
      read.push(row);
    const mine = rows.filter((r) => r.workspaceId === user.workspaceId);
    expect(read).toHaveLength(mine.length);
    expect(new Set(read.map((r) => `${r.postId}/${r.part}/${r.position}`)).size).toBe(mine.length);
    expect(read.every((r) => r.workspaceId === user.workspaceId)).toBe(true);
  });
});
