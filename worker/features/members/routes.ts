import { z } from '@hono/zod-openapi';
import { every } from 'hono/combine';
import { serviceContext } from '../../core/context';
import { currentUserId, peopleOnly } from '../../core/http/middleware/auth';
import { idempotentShownOnce } from '../../core/http/middleware/idempotency';
import { appOrigin } from '../../core/http/origin';
import { createRouter, json, jsonBody, problemResponse, WorkspaceParams, workspaceRoute } from '../../core/http/router';
import { Email, Id, PageQuery, page, Role, Timestamp } from '../../core/http/schemas';
import { InvitationSchema } from '../invitations/routes';
import { addMember } from './add';
import { changeRole } from './change-role';
import { listMembers } from './list';
import { removeMember } from './remove';

const MemberSchema = z
  .object({ userId: z.string(), email: z.string(), name: z.string(), role: Role, joinedAt: Timestamp })
  .openapi('Member');

const MemberParams = WorkspaceParams.extend({ userId: Id });

export const memberRoutes = createRouter()
  .openapi(
    workspaceRoute('viewer', {
      method: 'get',
      path: '/',
      tags: ['Members'],
      summary: 'Members of the workspace',
      request: { params: WorkspaceParams, query: PageQuery },
      responses: { 200: json(page(MemberSchema), 'A page of members') },
    }),
    async (c) => {
      const { limit, cursor } = c.req.valid('query');
      return c.json(await listMembers(serviceContext(c), c.get('access').workspaceId, limit, cursor), 200);
    },
  )
  .openapi(
    workspaceRoute('admin', {
      method: 'post',
      path: '/',
      tags: ['Members'],
      summary: 'Invite a member by email: the invitee joins by accepting the link (the same answer for every address)',
      // One middleware: zod-openapi's type merging of two route middlewares loses the env.
      middleware: [every(peopleOnly, idempotentShownOnce)] as const,
      request: { params: WorkspaceParams, body: jsonBody(z.object({ email: Email, role: Role })) },
      responses: {
        201: json(
          z.object({
            status: z.literal('invited'),
            invitation: InvitationSchema.extend({
              acceptUrl: z.string().openapi({ description: 'Shown once: send it to the invitee' }),
            }),
          }),
          'Invited',
        ),
        409: problemResponse('Already a member'),
      },
    }),
    async (c) => {
      const result = await addMember(serviceContext(c), c.get('access'), {
        ...c.req.valid('json'),
        appOrigin: appOrigin(c),
        invitedBy: currentUserId(c),
      });
      return c.json(result, 201);
    },
  )
  .openapi(
    workspaceRoute('admin', {
      method: 'patch',
      path: '/{userId}',
      tags: ['Members'],
      summary: "Change a member's role (only owners grant or take away owner; not with an API key)",
      middleware: [peopleOnly] as const,
      request: { params: MemberParams, body: jsonBody(z.object({ role: Role })) },
      responses: {
        200: json(z.object({ userId: z.string(), role: Role }), 'Changed'),
        409: problemResponse('That would leave the workspace without an owner'),
      },
    }),
    async (c) => {
      const result = await changeRole(
        serviceContext(c),
        c.get('access'),
        c.req.valid('param').userId,
        c.req.valid('json').role,
      );
      return c.json(result, 200);
    },
  )
  .openapi(
    // Viewers may call this to leave; removing someone else needs admin (checked in the service).
    workspaceRoute('viewer', {
      method: 'delete',
      path: '/{userId}',
      tags: ['Members'],
      summary: 'Remove a member, or leave (your own user id); not with an API key',
      middleware: [peopleOnly] as const,
      request: { params: MemberParams },
      responses: {
        204: { description: 'Removed' },
        409: problemResponse('The last owner cannot leave'),
      },
    }),
    async (c) => {
      await removeMember(serviceContext(c), c.get('access'), currentUserId(c), c.req.valid('param').userId);
      return c.body(null, 204);
    },
  );
