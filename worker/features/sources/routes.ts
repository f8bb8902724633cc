import { z } from '@hono/zod-openapi';
import { SOURCE_TYPES } from '../../connectors/platforms';
import { serviceContext } from '../../core/context';
import { createRouter, json, jsonBody, problemResponse, WorkspaceParams, workspaceRoute } from '../../core/http/router';
import { Id, PageQuery, page, Timestamp } from '../../core/http/schemas';
import { SOURCE_STATUSES } from '../../db/schema/sources';
import { Name } from '../identity/schemas';
import { createSource } from './create';
import { deleteSource, listSources, updateSource } from './manage';
import { presentSource } from './present';
import { getSource, runSource } from './run';

const Interval = z.number().int().min(15, 'Sources are read at most every 15 minutes.').max(10_080, 'At most a week.');

const SourceSchema = z
  .object({
    id: z.string(),
    type: z.enum(SOURCE_TYPES),
    name: z.string(),
    config: z.record(z.string(), z.string()),
    intervalMinutes: z.number().int(),
    status: z.enum(SOURCE_STATUSES),
    pausedReason: z.enum(['manual', 'failing']).nullable(),
    nextRunAt: Timestamp.nullable(),
    lastRunAt: Timestamp.nullable(),
    lastSuccessAt: Timestamp.nullable(),
    lastError: z.string().nullable(),
    consecutiveFailures: z.number().int(),
    runningJobId: z.string().nullable().openapi({ description: 'The read in progress; follow it at /jobs/{jobId}' }),
    itemCount: z.number().int(),
    details: z.record(z.string(), z.unknown()),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .openapi('Source');

const CreateSource = z
  .object({ type: z.enum(SOURCE_TYPES), name: Name.optional(), intervalMinutes: Interval.default(60) })
  .catchall(z.unknown())
  .openapi('SourceCreate', {
    description:
      'Besides type: feed {url}; web {url}; youtube {channelId} or {query} (query needs YOUTUBE_API_KEY); reddit {subreddit, sort?: hot|new|top|rising}; trends {geo}; bluesky {query} or {handle}.',
  });

const SourceParams = WorkspaceParams.extend({ sourceId: Id });

export const sourceRoutes = createRouter()
  .openapi(
    workspaceRoute('viewer', {
      method: 'get',
      path: '/',
      tags: ['Sources'],
      summary: 'Sources of the workspace, newest first',
      request: {
        params: WorkspaceParams,
        query: PageQuery.extend({ type: z.enum(SOURCE_TYPES).optional(), status: z.enum(SOURCE_STATUSES).optional() }),
      },
      responses: { 200: json(page(SourceSchema), 'A page of sources') },
    }),
    async (c) => c.json(await listSources(serviceContext(c), c.get('access').workspaceId, c.req.valid('query')), 200),
  )
  .openapi(
    workspaceRoute('admin', {
      method: 'post',
      path: '/',
      tags: ['Sources'],
      summary: 'Add a source; its first read starts at once',
      request: { params: WorkspaceParams, body: jsonBody(CreateSource) },
      responses: {
        201: json(SourceSchema, 'Added; runningJobId is its first read'),
        409: problemResponse('Already in the workspace'),
      },
    }),
    async (c) => {
      const { type, name, intervalMinutes, ...fields } = c.req.valid('json');
      const principal = c.get('principal');
      const run = await createSource(
        serviceContext(c),
        c.get('access'),
        { type, name, intervalMinutes, fields },
        principal.userId,
      );
      return c.json(presentSource(run.source), 201);
    },
  )
  .openapi(
    workspaceRoute('viewer', {
      method: 'get',
      path: '/{sourceId}',
      tags: ['Sources'],
      summary: 'A source, its schedule and its last error',
      request: { params: SourceParams },
      responses: { 200: json(SourceSchema, 'The source') },
    }),
    async (c) =>
      c.json(
        presentSource(await getSource(serviceContext(c), c.get('access').workspaceId, c.req.valid('param').sourceId)),
        200,
      ),
  )
  .openapi(
    workspaceRoute('admin', {
      method: 'patch',
      path: '/{sourceId}',
      tags: ['Sources'],
      summary: 'Rename, reschedule, pause or resume a source (resuming reads it at once)',
      request: {
        params: SourceParams,
        body: jsonBody(
          z.object({
            name: Name.optional(),
            intervalMinutes: Interval.optional(),
            status: z.enum(SOURCE_STATUSES).optional(),
          }),
        ),
      },
      responses: { 200: json(SourceSchema, 'Updated') },
    }),
    async (c) => {
      const source = await updateSource(
        serviceContext(c),
        c.get('access').workspaceId,
        c.req.valid('param').sourceId,
        c.req.valid('json'),
        c.get('principal').userId,
      );
      return c.json(presentSource(source), 200);
    },
  )
  .openapi(
    workspaceRoute('admin', {
      method: 'delete',
      path: '/{sourceId}',
      tags: ['Sources'],
      summary: 'Delete a source and the content read from it',
      request: { params: SourceParams },
      responses: { 204: { description: 'Deleted' } },
    }),
    async (c) => {
      await deleteSource(serviceContext(c), c.get('access').workspaceId, c.req.valid('param').sourceId);
      return c.body(null, 204);
    },
  )
  .openapi(
    workspaceRoute('editor', {
      method: 'post',
      path: '/{sourceId}/run',
      tags: ['Sources'],
      summary: 'Read a source now (answers the read already in progress, if any)',
      request: { params: SourceParams },
      responses: { 202: json(z.object({ jobId: z.string() }), 'Queued; follow it at /jobs/{jobId}') },
    }),
    async (c) => {
      const ctx = serviceContext(c);
      const { workspaceId } = c.get('access');
      const { sourceId } = c.req.valid('param');
      const run = await runSource(ctx, workspaceId, sourceId, c.get('principal').userId, {
        audit: { workspaceId, action: 'source.run_requested', targetType: 'source', targetId: sourceId },
      });
      return c.json({ jobId: run.jobId }, 202);
    },
  );
