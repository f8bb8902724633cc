import { z } from '@hono/zod-openapi';
import { createRouter, json, WorkspaceParams, workspaceRoute } from '../lib/router';
import { Id, PageQuery, page, Timestamp } from '../lib/schemas';
import { contentDetail } from '../services/content/get';
import { CONTENT_SORTS, listContent } from '../services/content/list';
import { serviceContext } from '../services/context';

const Metrics = z.object({
  views: z.number().int().nullable(),
  likes: z.number().int().nullable(),
  comments: z.number().int().nullable(),
  shares: z.number().int().nullable(),
  score: z.number().int().nullable(),
});

const ContentSchema = z
  .object({
    id: z.string(),
    sourceId: z.string().nullable(),
    platform: z.string(),
    externalId: z.string(),
    url: z.string().nullable(),
    title: z.string().nullable(),
    text: z.string().nullable(),
    author: z.string().nullable(),
    publishedAt: Timestamp.nullable(),
    mediaUrls: z.array(z.string()),
    imageUrl: z
      .string()
      .nullable()
      .openapi({ description: 'The stored thumbnail or lead image: a signed link, valid for an hour or more' }),
    metrics: Metrics,
    engagement: z.number(),
    tags: z.array(z.string()),
    firstSeenAt: Timestamp,
    updatedAt: Timestamp,
  })
  .openapi('Content');

const ContentDetailSchema = ContentSchema.extend({
  html: z.string().nullable().openapi({ description: 'The body as sanitized HTML, safe to render' }),
  extra: z.record(z.string(), z.unknown()),
  history: z.array(Metrics.extend({ capturedAt: Timestamp })),
  analysis: z
    .object({
      engine: z.literal('local'),
      metrics: z.object({
        engagementRate: z.number().nullable(),
        velocity: z.number().nullable(),
        outlierScore: z.number().nullable(),
      }),
      computedAt: Timestamp,
    })
    .nullable(),
}).openapi('ContentDetail');

const ContentParams = WorkspaceParams.extend({ contentId: Id });

export const contentRoutes = createRouter()
  .openapi(
    workspaceRoute('viewer', {
      method: 'get',
      path: '/',
      tags: ['Content'],
      summary: 'Collected content: filter, search (title and text) and sort',
      request: {
        params: WorkspaceParams,
        query: PageQuery.extend({
          sourceId: Id.optional(),
          platform: z.string().max(32).optional(),
          q: z.string().max(200).optional(),
          since: z.iso.datetime({ offset: true, message: 'Use an ISO 8601 date-time.' }).optional(),
          sort: z.enum(CONTENT_SORTS).default('published'),
        }),
      },
      responses: { 200: json(page(ContentSchema), 'A page of content') },
    }),
    async (c) => {
      const { since, ...filter } = c.req.valid('query');
      const result = await listContent(serviceContext(c), c.get('access').workspaceId, {
        ...filter,
        since: since ? new Date(since) : undefined,
      });
      return c.json(result, 200);
    },
  )
  .openapi(
    workspaceRoute('viewer', {
      method: 'get',
      path: '/{contentId}',
      tags: ['Content'],
      summary: 'One item with its metric history and analysis',
      request: { params: ContentParams },
      responses: { 200: json(ContentDetailSchema, 'The item') },
    }),
    async (c) =>
      c.json(await contentDetail(serviceContext(c), c.get('access').workspaceId, c.req.valid('param').contentId), 200),
  );
