import { z } from '@hono/zod-openapi';
import { serviceContext } from '../../core/context';
import { createRouter, json, WorkspaceParams, workspaceRoute } from '../../core/http/router';
import { PageQuery, page, Timestamp } from '../../core/http/schemas';
import { TARGET_STATUSES } from '../../db/schema/post-targets';
import { ACCOUNT_STATUSES } from '../../db/schema/social-accounts';
import { type AttentionStatus, listTargetsNeedingAttention, NEEDS_ATTENTION } from './failures';

const isAttention = (value: string): value is AttentionStatus => (NEEDS_ATTENTION as readonly string[]).includes(value);

const StatusList = z
  .string()
  .default(NEEDS_ATTENTION.join(','))
  .transform((value, ctx) => {
    const statuses = [...new Set(value.split(',').map((s) => s.trim()))];
    const wrong = statuses.filter((s) => !isAttention(s));
    if (wrong.length === 0) return statuses.filter(isAttention);
    ctx.addIssue({ code: 'custom', message: `Give some of ${NEEDS_ATTENTION.join(', ')}, separated by commas.` });
    return z.NEVER;
  })
  .openapi({ example: 'failed,unconfirmed,held' });

const TargetNeedingAttention = z
  .object({
    id: z.string(),
    postId: z.string(),
    status: z.enum(TARGET_STATUSES),
    reason: z.string().nullable(),
    at: Timestamp,
    scheduledAt: Timestamp.nullable(),
    excerpt: z.string(),
    account: z.object({ id: z.string(), handle: z.string(), platform: z.string(), status: z.enum(ACCOUNT_STATUSES) }),
  })
  .openapi('TargetNeedingAttention');

/** Targets across the workspace's posts: what failed, is unconfirmed or is held. */
export const targetRoutes = createRouter().openapi(
  workspaceRoute('viewer', {
    method: 'get',
    path: '/',
    tags: ['Publishing'],
    summary: 'Targets that failed, are unconfirmed or are held, across all posts, the latest to change first',
    request: { params: WorkspaceParams, query: PageQuery.extend({ status: StatusList }) },
    responses: { 200: json(page(TargetNeedingAttention), 'A page of targets') },
  }),
  async (c) => {
    const { status, ...pageQuery } = c.req.valid('query');
    return c.json(
      await listTargetsNeedingAttention(serviceContext(c), c.get('access').workspaceId, {
        ...pageQuery,
        statuses: status,
      }),
      200,
    );
  },
);
