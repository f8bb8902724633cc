import { serviceContext } from '../../core/context';
import { createRouter, json, problemResponse, WorkspaceParams, workspaceRoute } from '../../core/http/router';
import { Id } from '../../core/http/schemas';
import { accountMetricsOf, postMetrics, timeZoneOf } from './metrics-read';
import { AccountMetricsSchema, MetricsQuery, PostMetricsSchema } from './metrics-schemas';

/** Published posts' numbers and accounts' audience, collected hourly (metrics-collect.ts). */
export const metricsRoutes = createRouter()
  .openapi(
    workspaceRoute('viewer', {
      method: 'get',
      path: '/posts/{postId}/metrics',
      tags: ['Publishing'],
      summary: 'Each published target’s numbers over time (hourly for 30 days after it went out) and its latest',
      request: { params: WorkspaceParams.extend({ postId: Id }) },
      responses: { 200: json(PostMetricsSchema, 'The post’s numbers') },
    }),
    async (c) =>
      c.json(await postMetrics(serviceContext(c), c.get('access').workspaceId, c.req.valid('param').postId), 200),
  )
  .openapi(
    workspaceRoute('viewer', {
      method: 'get',
      path: '/accounts/{accountId}/metrics',
      tags: ['Publishing'],
      summary: 'An account’s follower history and the hours of the week its posts did best in',
      request: { params: WorkspaceParams.extend({ accountId: Id }), query: MetricsQuery },
      responses: {
        200: json(AccountMetricsSchema, 'The account’s numbers'),
        422: problemResponse('timeZone is not an IANA time zone'),
      },
    }),
    async (c) => {
      const zone = timeZoneOf(c.req.valid('query').timeZone);
      const { workspaceId } = c.get('access');
      return c.json(await accountMetricsOf(serviceContext(c), workspaceId, c.req.valid('param').accountId, zone), 200);
    },
  );
