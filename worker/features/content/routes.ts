import { z } from '@hono/zod-openapi';
import { serviceContext } from '../../core/context';
import { createRouter, json, WorkspaceParams, workspaceRoute } from '../../core/http/router';
import { Id, PageQuery, page, Timestamp } from '../../core/http/schemas';
import { presentJob } from '../../core/jobs/present';
import { JobSchema } from '../../core/jobs/routes';
import { contentAggregates } from './analysis/aggregates';
import { requestAnalysis } from './analysis/request';
import { contentDetail } from './get';
import { CONTENT_SORTS, listContent } from './list';

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

const Scored = z.object({ phrase: z.string(), score: z.number() });

const AnalysisSchema = z
  .object({
    engine: z.string().openapi({ description: 'Who wrote `insight`: a provider kind, or "local" when none did' }),
    provider: z.string().nullable(),
    model: z.string().nullable(),
    promptVersion: z.string().nullable().openapi({ description: 'The prompt (id@version) behind `insight`' }),
    metrics: z.object({
      engagementRate: z.number().nullable().openapi({ description: 'Interactions per view' }),
      engagementPerFollower: z.number().nullable(),
      velocity: z.number().nullable().openapi({ description: 'Growth per hour of views (else engagement)' }),
      outlierScore: z.number().nullable().openapi({ description: "Times the author's recent median" }),
      outlierBasis: z.number().int().nullable(),
    }),
    language: z
      .object({ code: z.string(), confidence: z.number() })
      .nullable()
      .openapi({ description: 'Local engine' }),
    keyphrases: z.array(Scored).openapi({ description: 'Local engine' }),
    summary: z.array(z.string()).openapi({ description: 'Local engine: the most representative sentences' }),
    sentiment: z
      .object({ score: z.number(), label: z.enum(['positive', 'negative', 'neutral']) })
      .nullable()
      .openapi({ description: 'Local engine (lexicon)' }),
    readability: z
      .object({ fleschReadingEase: z.number(), gradeLevel: z.number(), words: z.number(), sentences: z.number() })
      .nullable(),
    hashtags: z.array(z.string()),
    mentions: z.array(z.string()),
    hook: z
      .object({
        text: z.string(),
        characters: z.number().int(),
        words: z.number().int(),
        question: z.boolean(),
        number: z.boolean(),
        emoji: z.boolean(),
        addressesReader: z.boolean(),
      })
      .nullable()
      .openapi({ description: 'Local engine: features of the first line' }),
    insight: z
      .object({
        hook: z.string(),
        topics: z.array(z.string()),
        format: z.string(),
        tone: z.string(),
        callToAction: z.string().nullable(),
        whyItWorked: z.string(),
        remixIdeas: z.array(z.string()),
      })
      .nullable()
      .openapi({ description: "A provider's structured analysis" }),
    visual: z
      .object({
        scenes: z.array(z.string()),
        onScreenText: z.array(z.string()),
        pacing: z.string(),
        thumbnailAppeal: z.object({ score: z.number(), why: z.string() }),
      })
      .nullable()
      .openapi({ description: "A vision-capable provider's reading of the image or thumbnail" }),
    note: z.string().nullable().openapi({ description: 'Why there is no provider analysis, when there is none' }),
    computedAt: Timestamp,
  })
  .openapi('ContentAnalysis');

const Aggregate = z.object({
  name: z.string(),
  items: z.number().int(),
  medianOutlierScore: z.number().nullable(),
  medianEngagementRate: z.number().nullable(),
});

const InsightsSchema = z
  .object({
    items: z.number().int(),
    itemsWithInsight: z.number().int(),
    topics: z.array(Aggregate).openapi({ description: 'From provider analyses' }),
    formats: z.array(Aggregate).openapi({ description: 'From provider analyses' }),
    keyphrases: z.array(Aggregate).openapi({ description: 'From the local engine' }),
  })
  .openapi('ContentInsights');

const ContentDetailSchema = ContentSchema.extend({
  html: z.string().nullable().openapi({ description: 'The body as sanitized HTML, safe to render' }),
  extra: z.record(z.string(), z.unknown()),
  history: z.array(Metrics.extend({ capturedAt: Timestamp })),
  analysis: AnalysisSchema.nullable(),
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
      path: '/insights',
      tags: ['Content'],
      summary: 'What works for a source or an author: topics, formats and keyphrases with their performance',
      request: {
        params: WorkspaceParams,
        query: z.object({
          sourceId: Id.optional(),
          author: z.string().max(200).optional(),
          platform: z.string().max(32).optional(),
        }),
      },
      responses: { 200: json(InsightsSchema, 'Aggregates over the most recent 1,000 analysed items') },
    }),
    async (c) =>
      c.json(await contentAggregates(serviceContext(c), c.get('access').workspaceId, c.req.valid('query')), 200),
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
  )
  .openapi(
    workspaceRoute('editor', {
      method: 'post',
      path: '/{contentId}/analyze',
      tags: ['Content'],
      summary: 'Analyse the item again, asking the AI providers afresh',
      request: { params: ContentParams },
      responses: { 202: json(JobSchema, 'The analysis job; follow it at /jobs/{id}') },
    }),
    async (c) => {
      const job = await requestAnalysis(
        serviceContext(c),
        c.get('access').workspaceId,
        c.req.valid('param').contentId,
        c.get('principal').userId,
      );
      return c.json(presentJob(job), 202);
    },
  );
