import { z } from '@hono/zod-openapi';
import { serviceContext } from '../../core/context';
import { AppError } from '../../core/http/errors';
import { appOrigin } from '../../core/http/origin';
import { createRouter, publicRoute } from '../../core/http/router';
import { ConnectorError } from '../../core/outbound/errors';
import { logError } from '../../lib/log';
import { finishMastodonConnect } from './mastodon-connect';

/**
 * Where an instance sends the person back after they allowed Crowsnest. A browser arrives here,
 * not an API client: every outcome is a redirect into the app — the accounts page with the new
 * account, or with the reason it could not be connected.
 */
export const oauthRoutes = createRouter().openapi(
  publicRoute({
    method: 'get',
    path: '/mastodon/callback',
    tags: ['Publishing'],
    summary: 'Mastodon sends the person back here (OAuth authorization code); redirects into the app',
    request: {
      query: z.object({
        code: z.string().max(512).optional(),
        state: z.string().max(8192).optional(),
        error: z.string().max(200).optional(),
        error_description: z.string().max(1000).optional(),
      }),
    },
    responses: { 302: { description: 'Back to the accounts page, with `connected=<id>` or `connectError=<reason>`' } },
  }),
  async (c) => {
    const { code, state, error, error_description: description } = c.req.valid('query');
    const origin = appOrigin(c);
    const back = (path: string, params: Record<string, string>) =>
      c.redirect(`${origin}${path}?${new URLSearchParams(params)}`, 302);
    if (error || !code || !state) {
      return back('/', {
        connectError: description ?? error ?? 'The instance did not send the person back with a code.',
      });
    }
    try {
      const { workspaceId, accountId } = await finishMastodonConnect(serviceContext(c), { code, state });
      return back(`/w/${workspaceId}/accounts`, { connected: accountId });
    } catch (failure) {
      if (!(failure instanceof AppError || failure instanceof ConnectorError)) {
        logError('oauth.mastodon_callback_failed', failure, { requestId: c.get('requestId') });
      }
      const reason =
        failure instanceof AppError || failure instanceof ConnectorError
          ? failure.message
          : 'Something went wrong on our side; try connecting again.';
      return back('/', { connectError: reason });
    }
  },
);
