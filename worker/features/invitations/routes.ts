import { z } from '@hono/zod-openapi';
import { serviceContext } from '../../core/context';
import { currentUserId, peopleOnly } from '../../core/http/middleware/auth';
import {
  authedRoute,
  createRouter,
  json,
  problemResponse,
  publicRoute,
  WorkspaceParams,
  workspaceRoute,
} from '../../core/http/router';
import { Id, PageQuery, page, Role, Timestamp } from '../../core/http/schemas';
import { getUser } from '../identity/account';
import { acceptInvitation, previewInvitation } from './accept';
import { listInvitations, revokeInvitation } from './manage';

export const InvitationSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    role: Role,
    createdAt: Timestamp,
    expiresAt: Timestamp,
    invitedByName: z.string().nullable(),
  })
  .openapi('Invitation');

/** /workspaces/{workspaceId}/invitations: pending invitations. */
export const invitationRoutes = createRouter()
  .openapi(
    workspaceRoute('admin', {
      method: 'get',
      path: '/',
      tags: ['Members'],
      summary: 'Pending invitations',
      request: { params: WorkspaceParams, query: PageQuery },
      responses: { 200: json(page(InvitationSchema), 'A page of pending invitations') },
    }),
    async (c) => {
      const { limit, cursor } = c.req.valid('query');
      return c.json(await listInvitations(serviceContext(c), c.get('access').workspaceId, limit, cursor), 200);
    },
  )
  .openapi(
    workspaceRoute('admin', {
      method: 'delete',
      path: '/{invitationId}',
      tags: ['Members'],
      summary: 'Revoke an invitation (not with an API key)',
      middleware: [peopleOnly] as const,
      request: { params: WorkspaceParams.extend({ invitationId: Id }) },
      responses: { 204: { description: 'Revoked' } },
    }),
    async (c) => {
      await revokeInvitation(serviceContext(c), c.get('access').workspaceId, c.req.valid('param').invitationId);
      return c.body(null, 204);
    },
  );

const TokenParams = z.object({ token: z.string().min(16).max(128) });

/** /invitations/{token}: what an invitee sees and does with the link. */
export const invitationLinkRoutes = createRouter()
  .openapi(
    publicRoute({
      method: 'get',
      path: '/{token}',
      tags: ['Members'],
      summary: 'Look at an invitation before accepting it',
      request: { params: TokenParams },
      responses: {
        200: json(
          z.object({ workspaceName: z.string(), email: z.string(), role: Role, expiresAt: Timestamp }),
          'The invitation',
        ),
        404: problemResponse('Unknown, expired, revoked or used'),
      },
    }),
    async (c) => c.json(await previewInvitation(serviceContext(c), c.req.valid('param').token), 200),
  )
  .openapi(
    authedRoute({
      method: 'post',
      path: '/{token}/accept',
      tags: ['Members'],
      summary: 'Accept an invitation sent to your email address',
      request: { params: TokenParams },
      responses: {
        200: json(z.object({ workspaceId: z.string(), role: Role }), 'Joined'),
        403: problemResponse('The invitation is for another address'),
        404: problemResponse('Unknown, expired, revoked or used'),
        409: problemResponse('Already a member'),
      },
    }),
    async (c) => {
      const ctx = serviceContext(c);
      const user = await getUser(ctx, currentUserId(c));
      return c.json(await acceptInvitation(ctx, c.req.valid('param').token, user), 200);
    },
  );
