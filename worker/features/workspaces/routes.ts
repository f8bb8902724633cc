import { z } from '@hono/zod-openapi';
import { serviceContext } from '../../core/context';
import { currentUserId } from '../../core/http/middleware/auth';
import { idempotent } from '../../core/http/middleware/idempotency';
import { authedRoute, createRouter, json, jsonBody, WorkspaceParams, workspaceRoute } from '../../core/http/router';
import { Timestamp } from '../../core/http/schemas';
import { Name, WorkspaceSummarySchema } from '../identity/schemas';
import { createWorkspace, deleteWorkspace, getWorkspace, updateWorkspace, workspacesOf } from './manage';

const WorkspaceSchema = WorkspaceSummarySchema.extend({
  requireAltText: z.boolean().openapi({ description: 'Every file of a scheduled post must carry alt text' }),
  createdAt: Timestamp,
}).openapi('Workspace');

const WorkspaceUpdate = z
  .object({ name: Name.optional(), requireAltText: z.boolean().optional() })
  .refine((change) => change.name !== undefined || change.requireAltText !== undefined, {
    message: 'Give a name or a setting to change.',
  })
  .openapi('WorkspaceUpdate');

/** A workspace as the API shows it to a member with `role`. */
const present = (
  workspace: { id: string; name: string; requireAltText: boolean; createdAt: Date },
  role: z.infer<typeof WorkspaceSummarySchema>['role'],
) => ({
  id: workspace.id,
  name: workspace.name,
  role,
  requireAltText: workspace.requireAltText,
  createdAt: workspace.createdAt.toISOString(),
});

/** /workspaces: the caller's workspaces, and creating one. */
export const workspaceListRoutes = createRouter()
  .openapi(
    authedRoute({
      method: 'get',
      path: '/',
      tags: ['Workspaces'],
      summary: 'Workspaces you belong to',
      responses: { 200: json(z.object({ items: z.array(WorkspaceSummarySchema) }), 'Your workspaces') },
    }),
    async (c) => c.json({ items: await workspacesOf(serviceContext(c), currentUserId(c)) }, 200),
  )
  .openapi(
    authedRoute({
      method: 'post',
      path: '/',
      tags: ['Workspaces'],
      summary: 'Create a workspace (you become its owner)',
      middleware: [idempotent] as const,
      request: { body: jsonBody(z.object({ name: Name })) },
      responses: { 201: json(WorkspaceSummarySchema, 'Created') },
    }),
    async (c) => {
      const workspace = await createWorkspace(serviceContext(c), currentUserId(c), c.req.valid('json').name);
      return c.json(workspace, 201);
    },
  );

/** /workspaces/{workspaceId}: one workspace. */
export const workspaceRoutes = createRouter()
  .openapi(
    workspaceRoute('viewer', {
      method: 'get',
      path: '/',
      tags: ['Workspaces'],
      summary: 'A workspace and your role in it',
      request: { params: WorkspaceParams },
      responses: { 200: json(WorkspaceSchema, 'The workspace') },
    }),
    async (c) => {
      const { workspaceId, role } = c.get('access');
      return c.json(present(await getWorkspace(serviceContext(c), workspaceId), role), 200);
    },
  )
  .openapi(
    workspaceRoute('admin', {
      method: 'patch',
      path: '/',
      tags: ['Workspaces'],
      summary: 'Rename a workspace or change its settings (alt text required on posts)',
      request: { params: WorkspaceParams, body: jsonBody(WorkspaceUpdate) },
      responses: { 200: json(WorkspaceSchema, 'Changed') },
    }),
    async (c) => {
      const { workspaceId, role } = c.get('access');
      return c.json(present(await updateWorkspace(serviceContext(c), workspaceId, c.req.valid('json')), role), 200);
    },
  )
  .openapi(
    workspaceRoute('owner', {
      method: 'delete',
      path: '/',
      tags: ['Workspaces'],
      summary: 'Delete a workspace and everything in it',
      request: { params: WorkspaceParams },
      responses: { 204: { description: 'Deleted' } },
    }),
    async (c) => {
      await deleteWorkspace(serviceContext(c), c.get('access').workspaceId);
      return c.body(null, 204);
    },
  );
