import { z } from '@hono/zod-openapi';
import { commitWithAudit } from '../../core/audit/commit';
import { serviceContext } from '../../core/context';
import { ResourceNotFound } from '../../core/http/errors';
import { idempotent } from '../../core/http/middleware/idempotency';
import { createRouter, json, WorkspaceParams, workspaceRoute } from '../../core/http/router';
import { Id } from '../../core/http/schemas';
import { prepareJob, sendJob } from '../../core/jobs/enqueue';
import { getJob } from '../../core/jobs/read';
import { WORKSPACE_EXPORT } from './contracts';
import { exportKey } from './export-workspace';

export const exportRoutes = createRouter()
  .openapi(
    workspaceRoute('admin', {
      method: 'post',
      path: '/',
      tags: ['Exports'],
      summary: 'Export the workspace to a JSON file (a background job)',
      middleware: [idempotent],
      request: { params: WorkspaceParams },
      responses: { 202: json(z.object({ jobId: z.string() }), 'Started; follow it at /jobs/{jobId}') },
    }),
    async (c) => {
      const ctx = serviceContext(c);
      const { workspaceId } = c.get('access');
      const { job, insert } = prepareJob(ctx, workspaceId, WORKSPACE_EXPORT, {}, c.get('principal').userId);
      await commitWithAudit(ctx, [insert], {
        workspaceId,
        action: 'export.started',
        targetType: 'job',
        targetId: job.id,
      });
      await sendJob(ctx, job);
      return c.json({ jobId: job.id }, 202);
    },
  )
  .openapi(
    workspaceRoute('admin', {
      method: 'get',
      path: '/{jobId}',
      tags: ['Exports'],
      summary: 'Download a finished export',
      request: { params: WorkspaceParams.extend({ jobId: Id }) },
      responses: { 200: { description: 'The export file (JSON, served as an attachment)' } },
    }),
    async (c) => {
      const ctx = serviceContext(c);
      const { workspaceId } = c.get('access');
      const job = await getJob(ctx, workspaceId, c.req.valid('param').jobId);
      const object = job.kind === 'workspace.export' ? await c.env.MEDIA.get(exportKey(workspaceId, job.id)) : null;
      if (!object) throw new ResourceNotFound('The export (it may still be running)');
      const headers = new Headers();
      object.writeHttpMetadata(headers);
      headers.set('Cache-Control', 'private, no-store');
      return c.body(object.body, 200, Object.fromEntries(headers));
    },
  );
