import { z } from '@hono/zod-openapi';
import { serviceContext } from '../../core/context';
import { createRouter, json, jsonBody, WorkspaceParams, workspaceRoute } from '../../core/http/router';
import { Id, PageQuery, page } from '../../core/http/schemas';
import { listDeliveries, sendTestEvent } from './deliveries';
import { createWebhook, deleteWebhook, findWebhook, listWebhooks, updateWebhook } from './manage';
import { presentWebhook } from './present';
import { CreatedWebhook, CreateWebhook, DeliverySchema, UpdateWebhook, WebhookSchema } from './schemas';

const WebhookParams = WorkspaceParams.extend({ webhookId: Id });
const TAGS = ['Webhooks'];

/**
 * Workspace webhooks: signed event deliveries to the workspace's own systems. Admins only, for
 * reading too: a receiver's URL often carries a token of its own, and the log shows payloads.
 */
export const webhookRoutes = createRouter()
  .openapi(
    workspaceRoute('admin', {
      method: 'get',
      path: '/',
      tags: TAGS,
      summary: 'Webhooks, newest first (never their secrets)',
      request: { params: WorkspaceParams, query: PageQuery },
      responses: { 200: json(page(WebhookSchema), 'A page of webhooks') },
    }),
    async (c) => c.json(await listWebhooks(serviceContext(c), c.get('access').workspaceId, c.req.valid('query')), 200),
  )
  .openapi(
    workspaceRoute('admin', {
      method: 'post',
      path: '/',
      tags: TAGS,
      summary: 'Add a webhook: an https URL and the events it is sent; its signing secret is answered once',
      request: { params: WorkspaceParams, body: jsonBody(CreateWebhook) },
      responses: { 201: json(CreatedWebhook, 'Created') },
    }),
    async (c) => {
      const { webhook, secret } = await createWebhook(
        serviceContext(c),
        c.get('access').workspaceId,
        c.req.valid('json'),
        c.get('principal').userId,
      );
      return c.json({ ...presentWebhook(webhook), secret }, 201);
    },
  )
  .openapi(
    workspaceRoute('admin', {
      method: 'get',
      path: '/{webhookId}',
      tags: TAGS,
      summary: 'A webhook, its state and why it was disabled',
      request: { params: WebhookParams },
      responses: { 200: json(WebhookSchema, 'The webhook') },
    }),
    async (c) =>
      c.json(
        presentWebhook(
          await findWebhook(serviceContext(c), c.get('access').workspaceId, c.req.valid('param').webhookId),
        ),
        200,
      ),
  )
  .openapi(
    workspaceRoute('admin', {
      method: 'patch',
      path: '/{webhookId}',
      tags: TAGS,
      summary: 'Change a webhook; turning it on again clears its failures',
      request: { params: WebhookParams, body: jsonBody(UpdateWebhook) },
      responses: { 200: json(WebhookSchema, 'Updated') },
    }),
    async (c) =>
      c.json(
        presentWebhook(
          await updateWebhook(
            serviceContext(c),
            c.get('access').workspaceId,
            c.req.valid('param').webhookId,
            c.req.valid('json'),
          ),
        ),
        200,
      ),
  )
  .openapi(
    workspaceRoute('admin', {
      method: 'delete',
      path: '/{webhookId}',
      tags: TAGS,
      summary: 'Delete a webhook and its delivery log',
      request: { params: WebhookParams },
      responses: { 204: { description: 'Deleted' } },
    }),
    async (c) => {
      await deleteWebhook(serviceContext(c), c.get('access').workspaceId, c.req.valid('param').webhookId);
      return c.body(null, 204);
    },
  )
  .openapi(
    workspaceRoute('admin', {
      method: 'get',
      path: '/{webhookId}/deliveries',
      tags: TAGS,
      summary: 'The delivery log, newest first: each delivery with its attempts, answers and next retry',
      request: { params: WebhookParams, query: PageQuery },
      responses: { 200: json(page(DeliverySchema), 'A page of deliveries') },
    }),
    async (c) =>
      c.json(
        await listDeliveries(
          serviceContext(c),
          c.get('access').workspaceId,
          c.req.valid('param').webhookId,
          c.req.valid('query'),
        ),
        200,
      ),
  )
  .openapi(
    workspaceRoute('admin', {
      method: 'post',
      path: '/{webhookId}/test',
      tags: TAGS,
      summary: 'Send a webhook.test event now',
      request: { params: WebhookParams },
      responses: { 202: json(z.object({ deliveryId: z.string() }), 'Queued; follow it in the delivery log') },
    }),
    async (c) =>
      c.json(
        {
          deliveryId: await sendTestEvent(
            serviceContext(c),
            c.get('access').workspaceId,
            c.req.valid('param').webhookId,
          ),
        },
        202,
      ),
  );
