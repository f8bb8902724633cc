import { createRoute, z } from '@hono/zod-openapi';
import { signToken, verifyToken } from '../../lib/jwt';
import { Unauthorized } from '../http/errors';
import { appOrigin } from '../http/origin';
import { createRouter, json, WorkspaceParams, workspaceRoute } from '../http/router';

const TICKET_TTL_SECONDS = 60;

/**
 * Live updates over a WebSocket. Browsers cannot set headers on a WebSocket, so they first
 * fetch a one-minute ticket with their normal credentials and pass it in the URL; a leaked
 * ticket is worth a minute of read-only events for one workspace.
 */
export const liveRoutes = createRouter()
  .openapi(
    workspaceRoute('viewer', {
      method: 'post',
      path: '/tickets',
      tags: ['Live'],
      summary: 'A one-minute ticket for the live WebSocket',
      request: { params: WorkspaceParams },
      responses: {
        201: json(
          z.object({ ticket: z.string(), url: z.string(), expiresIn: z.number() }),
          'Connect to `url` within a minute',
        ),
      },
    }),
    async (c) => {
      const { workspaceId } = c.get('access');
      const principal = c.get('principal');
      const subject = principal.kind === 'user' ? principal.userId : principal.keyId;
      const ticket = await signToken(c.env.JWT_SECRET, 'live', subject, TICKET_TTL_SECONDS, { wid: workspaceId });
      const url = new URL(`/api/v1/workspaces/${workspaceId}/live?ticket=${ticket}`, appOrigin(c));
      url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
      return c.json({ ticket, url: url.toString(), expiresIn: TICKET_TTL_SECONDS }, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags: ['Live'],
      summary: 'WebSocket of job and entity events (Upgrade: websocket, ?ticket=…)',
      request: { params: WorkspaceParams, query: z.object({ ticket: z.string().max(2048) }) },
      responses: {
        101: { description: 'Switching to WebSocket' },
        401: { description: 'Missing, expired or foreign ticket' },
        426: { description: 'Not a WebSocket upgrade' },
      },
    }),
    async (c) => {
      const { workspaceId } = c.req.valid('param');
      const claims = await verifyToken(c.env.JWT_SECRET, 'live', c.req.valid('query').ticket);
      if (!claims || claims.wid !== workspaceId) throw new Unauthorized('The live ticket is invalid or expired.');
      const headers = new Headers(c.req.raw.headers);
      headers.set('X-User-Id', claims.sub);
      const stub = c.env.LIVE.get(c.env.LIVE.idFromName(workspaceId));
      return stub.fetch(new Request(c.req.raw, { headers })) as unknown as Response;
    },
  );
