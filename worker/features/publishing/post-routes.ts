import { serviceContext } from '../../core/context';
import { ValidationFailed } from '../../core/http/errors';
import { idempotent } from '../../core/http/middleware/idempotency';
import { createRouter, json, jsonBody, problemResponse, WorkspaceParams, workspaceRoute } from '../../core/http/router';
import { Id, PageQuery, page } from '../../core/http/schemas';
import { createPost } from './create-post';
import { deletePost, getPost, listPosts, retryPost, updatePost } from './manage-posts';
import { createQueuedPost } from './posting-queue';
import { CreatePost, PostQuery, PostSchema, RetryPost, SCHEDULE_GRACE_MS, UpdatePost } from './schemas';

const PostParams = WorkspaceParams.extend({ postId: Id });

/** A time to schedule at, or a field error when it has passed. */
function futureTime(value: string | null | undefined): Date | null | undefined {
  if (value === undefined || value === null) return value;
  const at = new Date(value);
  if (at.getTime() < Date.now() - SCHEDULE_GRACE_MS) {
    throw new ValidationFailed([
      { path: 'scheduledAt', message: 'This time has passed; choose a later one, or publish now.' },
    ]);
  }
  return at;
}

/** Posts: compose, schedule, publish now, edit, retry. */
export const postRoutes = createRouter()
  .openapi(
    workspaceRoute('viewer', {
      method: 'get',
      path: '/',
      tags: ['Publishing'],
      summary: 'Posts, newest first, with each target’s state; from/to filter by scheduled time',
      request: { params: WorkspaceParams, query: PageQuery.extend(PostQuery.shape) },
      responses: { 200: json(page(PostSchema), 'A page of posts') },
    }),
    async (c) => {
      const { from, to, ...rest } = c.req.valid('query');
      return c.json(
        await listPosts(serviceContext(c), c.get('access').workspaceId, {
          ...rest,
          from: from ? new Date(from) : undefined,
          to: to ? new Date(to) : undefined,
        }),
        200,
      );
    },
  )
  .openapi(
    workspaceRoute('editor', {
      method: 'post',
      path: '/',
      tags: ['Publishing'],
      summary: 'Create a post: a draft, scheduled, or published now; checked per target first',
      request: { params: WorkspaceParams, body: jsonBody(CreatePost) },
      middleware: [idempotent],
      responses: {
        201: json(PostSchema, 'Created'),
        400: problemResponse('A target cannot take it; errors say which and why'),
        422: problemResponse('Queued, but an account has no free posting time'),
      },
    }),
    async (c) => {
      const { queue, ...input } = c.req.valid('json');
      const ctx = serviceContext(c);
      const { workspaceId } = c.get('access');
      const { userId } = c.get('principal');
      const { post } = queue
        ? await createQueuedPost(ctx, workspaceId, input, userId)
        : await createPost(
            ctx,
            workspaceId,
            { ...input, scheduledAt: futureTime(input.scheduledAt) ?? undefined },
            userId,
          );
      return c.json(await getPost(ctx, workspaceId, post.id), 201);
    },
  )
  .openapi(
    workspaceRoute('viewer', {
      method: 'get',
      path: '/{postId}',
      tags: ['Publishing'],
      summary: 'A post with each target’s status, address, error and timeline',
      request: { params: PostParams },
      responses: { 200: json(PostSchema, 'The post') },
    }),
    async (c) =>
      c.json(await getPost(serviceContext(c), c.get('access').workspaceId, c.req.valid('param').postId), 200),
  )
  .openapi(
    workspaceRoute('editor', {
      method: 'patch',
      path: '/{postId}',
      tags: ['Publishing'],
      summary: 'Edit a post or move it in time (null: back to draft); refused once it started publishing',
      request: { params: PostParams, body: jsonBody(UpdatePost) },
      responses: { 200: json(PostSchema, 'Updated'), 409: problemResponse('It has started publishing') },
    }),
    async (c) => {
      const { scheduledAt, ...rest } = c.req.valid('json');
      const post = await updatePost(serviceContext(c), c.get('access').workspaceId, c.req.valid('param').postId, {
        ...rest,
        scheduledAt: futureTime(scheduledAt),
      });
      return c.json(post, 200);
    },
  )
  .openapi(
    workspaceRoute('editor', {
      method: 'delete',
      path: '/{postId}',
      tags: ['Publishing'],
      summary: 'Delete a post from Crowsnest (what was published stays); refused mid-publish',
      request: { params: PostParams },
      responses: { 204: { description: 'Deleted' }, 409: problemResponse('It is being published') },
    }),
    async (c) => {
      await deletePost(serviceContext(c), c.get('access').workspaceId, c.req.valid('param').postId);
      return c.body(null, 204);
    },
  )
  .openapi(
    workspaceRoute('editor', {
      method: 'post',
      path: '/{postId}/retry',
      tags: ['Publishing'],
      summary: 'Try the failed targets again (unconfirmed ones are looked up first)',
      request: {
        params: PostParams,
        body: { content: { 'application/json': { schema: RetryPost } }, required: false },
      },
      responses: { 200: json(PostSchema, 'Queued again'), 409: problemResponse('Nothing to retry') },
    }),
    async (c) => {
      const { workspaceId } = c.get('access');
      const { targetIds } = c.req.valid('json');
      return c.json(await retryPost(serviceContext(c), workspaceId, c.req.valid('param').postId, targetIds), 200);
    },
  );
