import { z } from '@hono/zod-openapi';
import { ACTOR_TYPES } from '../../db/schema';
import { createRouter, json, WorkspaceParams, workspaceRoute } from '../http/router';
import { PageQuery, page, Timestamp } from '../http/schemas';
import { AUDIT_ACTIONS } from './actions';
import { listAudit } from './list';
import { serviceContext } from '../context';

const AuditEntrySchema = z
  .object({
    id: z.string(),
    action: z.enum(AUDIT_ACTIONS),
    actor: z.object({ type: z.enum(ACTOR_TYPES), id: z.string().nullable(), name: z.string().nullable() }),
    targetType: z.string().nullable(),
    targetId: z.string().nullable(),
    requestId: z.string().nullable(),
    ip: z.string().nullable(),
    metadata: z.record(z.string(), z.unknown()),
    createdAt: Timestamp,
  })
  .openapi('AuditEntry');

export const auditRoutes = createRouter().openapi(
  workspaceRoute('admin', {
    method: 'get',
    path: '/',
    tags: ['Audit'],
    summary: 'The audit log, newest first',
    request: {
      params: WorkspaceParams,
      query: PageQuery.extend({ action: z.enum(AUDIT_ACTIONS).optional() }),
    },
    responses: { 200: json(page(AuditEntrySchema), 'A page of audit entries') },
  }),
  async (c) => c.json(await listAudit(serviceContext(c), c.get('access').workspaceId, c.req.valid('query')), 200),
);
