import { z } from '@hono/zod-openapi';
import { serviceContext } from '../../core/context';
import { currentUserId } from '../../core/http/middleware/auth';
import { authedRoute, createRouter, json, jsonBody } from '../../core/http/router';
import { getWorkspace, workspacesOf } from '../workspaces/manage';
import { changePassword, getUser, updateProfile } from './account';
import { Name, Password, presentUser, UserSchema, WorkspaceSummarySchema } from './schemas';
import { setRefreshCookie } from './session-cookie';

const MeAnswer = z
  .object({
    user: UserSchema,
    workspaces: z.array(WorkspaceSummarySchema),
    apiKey: z.object({ id: z.string(), workspaceId: z.string() }).optional(),
  })
  .openapi('Me');

export const meRoutes = createRouter()
  .openapi(
    authedRoute({
      method: 'get',
      path: '/',
      tags: ['Account'],
      summary: 'The caller and the workspaces they can reach',
      responses: { 200: json(MeAnswer, 'The caller') },
    }),
    async (c) => {
      const ctx = serviceContext(c);
      const principal = c.get('principal');
      if (principal.kind === 'api_key') {
        // A key acts in exactly one workspace, with its own role, on behalf of its creator.
        const workspace = await getWorkspace(ctx, principal.workspaceId);
        const creator = principal.userId ? await getUser(ctx, principal.userId).catch(() => null) : null;
        return c.json(
          {
            user: creator
              ? presentUser(creator)
              : { id: principal.keyId, email: '', name: 'API key', createdAt: workspace.createdAt.toISOString() },
            workspaces: [{ id: workspace.id, name: workspace.name, role: principal.role }],
            apiKey: { id: principal.keyId, workspaceId: workspace.id },
          },
          200,
        );
      }
      const [user, workspaces] = await Promise.all([
        getUser(ctx, principal.userId),
        workspacesOf(ctx, principal.userId),
      ]);
      return c.json({ user: presentUser(user), workspaces }, 200);
    },
  )
  .openapi(
    authedRoute({
      method: 'patch',
      path: '/',
      tags: ['Account'],
      summary: 'Update your profile',
      request: { body: jsonBody(z.object({ name: Name })) },
      responses: { 200: json(z.object({ user: UserSchema }), 'Updated') },
    }),
    async (c) => {
      const user = await updateProfile(serviceContext(c), currentUserId(c), c.req.valid('json'));
      return c.json({ user: presentUser(user) }, 200);
    },
  )
  .openapi(
    authedRoute({
      method: 'post',
      path: '/password',
      tags: ['Account'],
      summary: 'Change your password (signs out your other sessions)',
      request: { body: jsonBody(z.object({ currentPassword: z.string().min(1).max(256), newPassword: Password })) },
      responses: { 200: json(z.object({ accessToken: z.string() }), 'Changed; a new session is issued') },
    }),
    async (c) => {
      const { currentPassword, newPassword } = c.req.valid('json');
      const session = await changePassword(serviceContext(c), currentUserId(c), currentPassword, newPassword);
      setRefreshCookie(c, session.refreshToken);
      return c.json({ accessToken: session.accessToken }, 200);
    },
  );
