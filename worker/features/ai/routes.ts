import { z } from '@hono/zod-openapi';
import { GENERATION_KINDS } from '../../ai/prompts/generate';
import { PROVIDER_KINDS } from '../../ai/providers/types';
import { GENERATION_PLATFORMS } from '../../connectors/platforms';
import { serviceContext } from '../../core/context';
import { createRouter, json, jsonBody, problemResponse, WorkspaceParams, workspaceRoute } from '../../core/http/router';
import { Id, Timestamp } from '../../core/http/schemas';
import { generate } from './generate';
import { getAiSettings, putAiSettings } from './settings';
import { testProviders } from './test-connection';
import { usageSummary } from './usage';

const ProviderKind = z.enum(PROVIDER_KINDS).openapi('AiProviderKind');

const ProviderInput = z.object({
  kind: ProviderKind,
  model: z.string().trim().max(200).optional().openapi({ description: 'The provider default when absent' }),
  apiKey: z
    .string()
    .trim()
    .min(1)
    .max(500)
    .nullable()
    .optional()
    .openapi({ description: 'Write-only. Absent keeps the saved key of this kind and base URL; null removes it.' }),
  baseUrl: z
    .url({ protocol: /^https?$/, message: 'Use an http(s) URL.' })
    .max(500)
    .nullable()
    .optional()
    .openapi({ description: 'An OpenAI-compatible server (OpenRouter, Ollama, vLLM) or a proxy' }),
});

const SettingsInput = z
  .object({
    providers: z
      .array(ProviderInput)
      .max(8)
      .openapi({ description: 'In fallback order; empty uses the operator defaults' }),
    monthlyTokenBudget: z.number().int().min(1000).max(10_000_000_000).nullable().optional(),
  })
  .openapi('AiSettingsInput');

const SettingsSchema = z
  .object({
    workspaceId: z.string(),
    providers: z.array(
      z.object({
        kind: ProviderKind,
        model: z.string(),
        baseUrl: z.string().nullable(),
        hasKey: z.boolean(),
        keyHint: z.string().nullable().openapi({ description: 'The last four characters of the saved key' }),
      }),
    ),
    monthlyTokenBudget: z.number().int().nullable(),
    defaults: z
      .array(z.object({ kind: ProviderKind, model: z.string() }))
      .openapi({ description: "The operator's providers, used while `providers` is empty" }),
    workersAiAvailable: z.boolean(),
    updatedAt: Timestamp.nullable(),
  })
  .openapi('AiSettings');

const TestResult = z
  .object({
    results: z.array(
      z.object({
        kind: ProviderKind,
        model: z.string(),
        ok: z.boolean(),
        latencyMs: z.number().int(),
        reply: z.string().nullable(),
        error: z.string().nullable(),
      }),
    ),
  })
  .openapi('AiConnectionTest');

const UsageSchema = z
  .object({
    month: z.object({
      start: Timestamp,
      resetsAt: Timestamp,
      tokensUsed: z.number().int(),
      budget: z.number().int().nullable(),
    }),
    days: z.array(
      z.object({
        day: z.string().openapi({ example: '2026-11-22' }),
        provider: z.string(),
        model: z.string(),
        calls: z.number().int(),
        failures: z.number().int(),
        inputTokens: z.number().int(),
        outputTokens: z.number().int(),
        latencyMs: z.number().int().openapi({ description: 'Mean latency of the calls' }),
      }),
    ),
  })
  .openapi('AiUsage');

const GenerateInput = z
  .object({
    kind: z.enum(GENERATION_KINDS),
    platform: z.enum(GENERATION_PLATFORMS).optional().openapi({
      description:
        'Where it will be posted; its limits are enforced unless accountId is given. Per kind when absent: the account’s platform where AI writing knows it, else caption, hashtags → instagram; post, repurpose, ideas, rewrite → linkedin; thread, shorten → x; article → blog; newsletter → newsletter',
    }),
    accountId: Id.optional().openapi({
      description:
        'A connected account to write for: its own limits are enforced, counted as its server counts (Bluesky graphemes; Mastodon characters with every link as 23)',
    }),
    maxLength: z
      .number()
      .int()
      .min(20)
      .max(100_000)
      .optional()
      .openapi({ description: 'A tighter length than the platform’s or the account’s (shorten to it)' }),
    topic: z.string().trim().max(2000).optional(),
    text: z.string().max(20_000).optional().openapi({
      description:
        'Your own text: what to rewrite or shorten (required for those; links and mentions are kept, and hashtags by a rewrite), or what hashtags are for (none it has is repeated)',
    }),
    sourceContentId: Id.optional(),
    brandVoiceId: Id.optional(),
    variants: z.number().int().min(1).max(5).optional().openapi({ description: '1 (5 for ideas) when absent' }),
    notes: z.string().max(2000).optional().openapi({ description: 'Anything else the writer should know' }),
    fresh: z.boolean().optional().openapi({ description: 'Ask again instead of answering from the cache' }),
  })
  .openapi('GenerateRequest');

const GenerateResult = z
  .object({
    kind: z.enum(GENERATION_KINDS),
    platform: z.enum(GENERATION_PLATFORMS),
    limits: z
      .object({
        label: z.string(),
        maxLength: z.number().int().nullable(),
        maxHashtags: z.number().int().nullable(),
        countsBy: z.enum(['graphemes', 'characters']),
        urlLength: z.number().int().optional(),
      })
      .openapi({ description: 'What every variant was kept to, and how its length is counted' }),
    items: z.array(
      z.object({
        text: z.string(),
        title: z.string().optional(),
        parts: z.array(z.string()).optional().openapi({ description: 'The posts of a thread' }),
        hashtags: z.array(z.string()).optional(),
        characters: z.number().int().openapi({ description: 'Length as `limits` counts it' }),
        problems: z.array(z.string()).openapi({ description: 'What the platform would refuse; empty when it fits' }),
      }),
    ),
    provider: z.string().openapi({ description: 'The provider that answered, or "local" for the local engine' }),
    model: z.string(),
    prompt: z.string().nullable(),
    cached: z.boolean(),
    note: z.string().optional(),
  })
  .openapi('GenerateResult');

export const aiRoutes = createRouter()
  .openapi(
    workspaceRoute('admin', {
      method: 'get',
      path: '/settings',
      tags: ['AI'],
      summary: 'AI providers in fallback order (keys never shown) and the monthly token budget',
      request: { params: WorkspaceParams },
      responses: { 200: json(SettingsSchema, 'The settings') },
    }),
    async (c) => c.json(await getAiSettings(serviceContext(c), c.get('access').workspaceId), 200),
  )
  .openapi(
    workspaceRoute('admin', {
      method: 'put',
      path: '/settings',
      tags: ['AI'],
      summary: 'Replace the providers and budget; keys are sealed and write-only',
      request: { params: WorkspaceParams, body: jsonBody(SettingsInput) },
      responses: { 200: json(SettingsSchema, 'Saved') },
    }),
    async (c) =>
      c.json(
        await putAiSettings(
          serviceContext(c),
          c.get('access').workspaceId,
          c.req.valid('json'),
          c.get('principal').userId,
        ),
        200,
      ),
  )
  .openapi(
    workspaceRoute('admin', {
      method: 'post',
      path: '/settings/test',
      tags: ['AI'],
      summary: 'Send each provider a one-line prompt and report what it said',
      request: {
        params: WorkspaceParams,
        body: {
          content: {
            'application/json': {
              schema: z.object({
                providers: z
                  .array(ProviderInput)
                  .max(8)
                  .optional()
                  .openapi({ description: 'Unsaved providers to try; the saved ones when absent' }),
              }),
            },
          },
          required: false,
        },
      },
      responses: { 200: json(TestResult, 'One result per provider'), 409: problemResponse('Nothing to test') },
    }),
    async (c) => {
      const body = c.req.header('content-type')?.includes('json') ? c.req.valid('json') : {};
      return c.json(await testProviders(serviceContext(c), c.get('access').workspaceId, body.providers), 200);
    },
  )
  .openapi(
    workspaceRoute('viewer', {
      method: 'get',
      path: '/usage',
      tags: ['AI'],
      summary: 'Calls and tokens per day and provider, and this month against the budget',
      request: {
        params: WorkspaceParams,
        query: z.object({ days: z.coerce.number().int().min(1).max(366).default(30) }),
      },
      responses: { 200: json(UsageSchema, 'Usage') },
    }),
    async (c) => {
      const ctx = serviceContext(c);
      const workspaceId = c.get('access').workspaceId;
      const settings = await getAiSettings(ctx, workspaceId);
      return c.json(await usageSummary(ctx, workspaceId, c.req.valid('query').days, settings.monthlyTokenBudget), 200);
    },
  )
  .openapi(
    workspaceRoute('editor', {
      method: 'post',
      path: '/generate',
      tags: ['AI'],
      summary:
        'Write captions, posts, threads, hashtags, articles, newsletters, repurposed posts or ideas; rewrite or shorten a text',
      request: { params: WorkspaceParams, body: jsonBody(GenerateInput) },
      responses: {
        200: json(GenerateResult, 'The variants, and which provider wrote them'),
        409: problemResponse('No AI provider is configured (hashtags and ideas still work, from the local engine)'),
        503: problemResponse('Every configured provider failed'),
      },
    }),
    async (c) => c.json(await generate(serviceContext(c), c.get('access').workspaceId, c.req.valid('json')), 200),
  );
