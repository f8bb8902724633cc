import { z } from '@hono/zod-openapi';
import { serviceContext } from '../../core/context';
import { createRouter, json, jsonBody, WorkspaceParams, workspaceRoute } from '../../core/http/router';
import { Id } from '../../core/http/schemas';
import { findAccount } from './accounts';
import { accountQueue, replaceSlots, slotsOf } from './posting-queue';
import { QueueSchema, SlotSetInput, SlotSetSchema } from './queue-schemas';

const AccountParams = WorkspaceParams.extend({ accountId: Id });

/** An account's posting queue: its weekly slots, and what holds each of the coming ones. */
export const queueRoutes = createRouter()
  .openapi(
    workspaceRoute('viewer', {
      method: 'get',
      path: '/{accountId}/slots',
      tags: ['Publishing'],
      summary: 'The account’s weekly posting times and their time zone (null while it has none)',
      request: { params: AccountParams },
      responses: { 200: json(SlotSetSchema, 'The slots') },
    }),
    async (c) => {
      const ctx = serviceContext(c);
      const account = await findAccount(ctx, c.get('access').workspaceId, c.req.valid('param').accountId);
      return c.json(await slotsOf(ctx, account.id), 200);
    },
  )
  .openapi(
    workspaceRoute('editor', {
      method: 'put',
      path: '/{accountId}/slots',
      tags: ['Publishing'],
      summary: 'Replace the account’s weekly posting times (the same weekday and time twice is one)',
      request: { params: AccountParams, body: jsonBody(SlotSetInput) },
      responses: { 200: json(SlotSetSchema, 'The slots as stored') },
    }),
    async (c) =>
      c.json(
        await replaceSlots(
          serviceContext(c),
          c.get('access').workspaceId,
          c.req.valid('param').accountId,
          c.req.valid('json'),
        ),
        200,
      ),
  )
  .openapi(
    workspaceRoute('viewer', {
      method: 'get',
      path: '/{accountId}/queue',
      tags: ['Publishing'],
      summary: 'The account’s coming slot times, each with the post that holds it or free',
      request: {
        params: AccountParams,
        query: z.object({ weeks: z.coerce.number().int().min(1).max(12).default(2) }),
      },
      responses: { 200: json(QueueSchema, 'The coming slots') },
    }),
    async (c) =>
      c.json(
        await accountQueue(
          serviceContext(c),
          c.get('access').workspaceId,
          c.req.valid('param').accountId,
          c.req.valid('query').weeks,
        ),
        200,
      ),
  );
