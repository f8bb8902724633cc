import { z } from '@hono/zod-openapi';
import { every } from 'hono/combine';
import { serviceContext } from '../../core/context';
import { currentUserId, peopleOnly } from '../../core/http/middleware/auth';
import { idempotentShownOnce } from '../../core/http/middleware/idempotency';
import { createRouter, json, jsonBody, WorkspaceParams, workspaceRoute } from '../../core/http/router';
import { Id, PageQuery, page, Role, Timestamp } from '../../core/http/schemas';
import { Name } from '../identity/schemas';
import { createApiKey, listApiKeys, revokeApiKey } from './manage';

const ApiKeySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    role: Role,
    prefix: z.string().openapi({ description: 'The first characters of the key, to tell keys apart' }),
    createdAt: Timestamp,
    lastUsedAt: Timestamp.nullable(),
    createdByName: z.string().nullable(),
  })
  .openapi('ApiKey');

export const apiKeyRoutes = createRouter()
  .openapi(
    workspaceRoute('admin', {
      method: 'get',
      path: '/',
      tags: ['API keys'],
      summary: 'Active API keys of the workspace',
      request: { params: WorkspaceParams, query: PageQuery },
      responses: { 200: json(page(ApiKeySchema), 'A page of keys (never the keys themselves)') },
    }),
    async (c) => {
      const { limit, cursor } = c.req.valid('query');
      return c.json(await listApiKeys(serviceContext(c), c.get('access').workspaceId, limit, cursor), 200);
    },
  )
  .openapi(
    workspaceRoute('admin', {
      method: 'post',
      path: '/',
      tags: ['API keys'],
      summary: 'Create an API key (the key is shown in this answer only; not with an API key)',
      // One middleware: zod-openapi's type merging of two route middlewares loses the env.
      middleware: [every(peopleOnly, idempotentShownOnce)] as const,
      request: { params: WorkspaceParams, body: jsonBody(z.object({ name: Name, role: Role })) },
      responses: {
        201: json(ApiKeySchema.extend({ key: z.string().openapi({ example: 'cn_…' }) }), 'Created'),
      },
    }),
    async (c) => {
      const input = c.req.valid('json');
      const key = await createApiKey(serviceContext(c), c.get('access'), {
        ...input,
        createdBy: currentUserId(c),
      });
      return c.json(key, 201);
    },
  )
  .openapi(
    workspaceRoute('admin', {
      method: 'delete',
      path: '/{keyId}',
      tags: ['API keys'],
      summary: 'Revoke an API key (not with an API key)',
      middleware: [peopleOnly] as const,
      request: { params: WorkspaceParams.extend({ keyId: Id }) },
      responses: { 204: { description: 'Revoked' } },
    }),
    async (c) => {
      await revokeApiKey(serviceContext(c), c.get('access').workspaceId, c.req.valid('param').keyId);
      return c.body(null, 204);
    },
  );
