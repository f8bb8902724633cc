import { z } from '@hono/zod-openapi';
import { serviceContext } from '../../core/context';
import { createRouter, json, jsonBody, WorkspaceParams, workspaceRoute } from '../../core/http/router';
import { Id, PageQuery, page, Timestamp } from '../../core/http/schemas';
import { Name } from '../identity/schemas';
import { createVoice, deleteVoice, getVoice, learnVoice, listVoices, presentVoice, updateVoice } from './manage';

const Rules = z.array(z.string().trim().min(1).max(300)).max(20);

const Description = z.string().trim().min(1, 'Required.').max(2000);
const Examples = z.array(z.string().trim().min(1).max(3000)).max(10);

const VoiceFields = z.object({
  name: Name,
  description: Description,
  dos: Rules.default([]),
  donts: Rules.default([]),
  examples: Examples.default([]),
});

const VoicePatch = z
  .object({
    name: Name.optional(),
    description: Description.optional(),
    dos: Rules.optional(),
    donts: Rules.optional(),
    examples: Examples.optional(),
  })
  .openapi('BrandVoicePatch');

const VoiceSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string(),
    dos: z.array(z.string()),
    donts: z.array(z.string()),
    examples: z.array(z.string()),
    origin: z.enum(['manual', 'learned']),
    learnedFrom: z.array(z.string()).openapi({ description: 'The content items it was learned from' }),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .openapi('BrandVoice');

const VoiceParams = WorkspaceParams.extend({ voiceId: Id });

export const brandVoiceRoutes = createRouter()
  .openapi(
    workspaceRoute('viewer', {
      method: 'get',
      path: '/',
      tags: ['Brand voices'],
      summary: 'Brand voices of the workspace, newest first',
      request: { params: WorkspaceParams, query: PageQuery },
      responses: { 200: json(page(VoiceSchema), 'A page of voices') },
    }),
    async (c) => c.json(await listVoices(serviceContext(c), c.get('access').workspaceId, c.req.valid('query')), 200),
  )
  .openapi(
    workspaceRoute('editor', {
      method: 'post',
      path: '/',
      tags: ['Brand voices'],
      summary: "Describe a voice: a description, do and don't rules, example posts",
      request: { params: WorkspaceParams, body: jsonBody(VoiceFields.openapi('BrandVoiceInput')) },
      responses: { 201: json(VoiceSchema, 'Created') },
    }),
    async (c) => {
      const voice = await createVoice(
        serviceContext(c),
        c.get('access').workspaceId,
        c.req.valid('json'),
        c.get('principal').userId,
      );
      return c.json(presentVoice(voice), 201);
    },
  )
  .openapi(
    workspaceRoute('editor', {
      method: 'post',
      path: '/learn',
      tags: ['Brand voices'],
      summary: 'Learn a voice from content items (your own posts): a provider describes it, or the local engine',
      request: {
        params: WorkspaceParams,
        body: jsonBody(
          z.object({ contentIds: z.array(Id).min(1).max(20), name: Name.optional() }).openapi('BrandVoiceLearn'),
        ),
      },
      responses: {
        201: json(
          z.object({
            voice: VoiceSchema,
            engine: z.string().openapi({ description: 'A provider kind, or "local" for the local engine' }),
            model: z.string(),
          }),
          'Learned',
        ),
      },
    }),
    async (c) => {
      const { voice, engine, model } = await learnVoice(
        serviceContext(c),
        c.get('access').workspaceId,
        c.req.valid('json'),
        c.get('principal').userId,
      );
      return c.json({ voice: presentVoice(voice), engine, model }, 201);
    },
  )
  .openapi(
    workspaceRoute('viewer', {
      method: 'get',
      path: '/{voiceId}',
      tags: ['Brand voices'],
      summary: 'One brand voice',
      request: { params: VoiceParams },
      responses: { 200: json(VoiceSchema, 'The voice') },
    }),
    async (c) =>
      c.json(
        presentVoice(await getVoice(serviceContext(c), c.get('access').workspaceId, c.req.valid('param').voiceId)),
        200,
      ),
  )
  .openapi(
    workspaceRoute('editor', {
      method: 'patch',
      path: '/{voiceId}',
      tags: ['Brand voices'],
      summary: 'Change a brand voice',
      request: { params: VoiceParams, body: jsonBody(VoicePatch) },
      responses: { 200: json(VoiceSchema, 'Updated') },
    }),
    async (c) =>
      c.json(
        presentVoice(
          await updateVoice(
            serviceContext(c),
            c.get('access').workspaceId,
            c.req.valid('param').voiceId,
            c.req.valid('json'),
          ),
        ),
        200,
      ),
  )
  .openapi(
    workspaceRoute('editor', {
      method: 'delete',
      path: '/{voiceId}',
      tags: ['Brand voices'],
      summary: 'Delete a brand voice',
      request: { params: VoiceParams },
      responses: { 204: { description: 'Deleted' } },
    }),
    async (c) => {
      await deleteVoice(serviceContext(c), c.get('access').workspaceId, c.req.valid('param').voiceId);
      return c.body(null, 204);
    },
  );
