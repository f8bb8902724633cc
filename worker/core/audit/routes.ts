import { z } from '@hono/zod-openapi';
import { ACTOR_TYPES } from '../../db/schema/audit-log';
import { serviceContext } from '../context';
import { createRouter, json, WorkspaceParams, workspaceRoute } from '../http/router';
import { PageQuery, page, Timestamp } from '../http/schemas';
import type { AuditAction } from './actions';
import { listAudit } from './list';

/**
 * The audit log's routes, over the actions the features record (composed by the entry from
 * the feature modules: core knows no feature).
 */
export function auditRoutes(actions: readonly [AuditAction, ...AuditAction[]]) {
  const Action = z.enum(actions);
  const AuditEntrySchema = z
    .object({
      id: z.string(),
      action: Action,
      actor: z.object({ type: z.enum(ACTOR_TYPES), id: z.string().nullable(), name: z.string().nullable() }),
      targetType: z.string().nullable(),
      targetId: z.string().nullable(),
      requestId: z.string().nullable(),
      ip: z.string().nullable(),
      metadata: z.record(z.string(), z.unknown()),
      createdAt: Timestamp,
    })
    .openapi('AuditEntry');

  return createRouter().openapi(
    workspaceRoute('admin', {
      method: 'get',
      path: '/',
      tags: ['Audit'],
      summary: 'The audit log, newest first',
      request: {
        params: WorkspaceParams,
        query: PageQuery.extend({ action: Action.optional() }),
      },
      responses: { 200: json(page(AuditEntrySchema), 'A page of audit entries') },
    }),
    async (c) => c.json(await listAudit(serviceContext(c), c.get('access').workspaceId, c.req.valid('query')), 200),
  );
}
