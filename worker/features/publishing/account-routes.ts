import { z } from '@hono/zod-openapi';
import { serviceContext } from '../../core/context';
import { peopleOnly } from '../../core/http/middleware/auth';
import { appOrigin } from '../../core/http/origin';
import { createRouter, json, jsonBody, problemResponse, WorkspaceParams, workspaceRoute } from '../../core/http/router';
import { Id, PageQuery, page } from '../../core/http/schemas';
import { setAccountStatus } from './account-status';
import { findAccount, presentAccount } from './accounts';
import { connectSocialAccount } from './connect-account';
import { listAccounts, removeAccount } from './manage-accounts';
import { startMastodonConnect } from './mastodon-connect';
import { AccountSchema, AccountStatusChange, ConnectAccount, ConnectedAccount, HttpUrl } from './schemas';

const AccountParams = WorkspaceParams.extend({ accountId: Id });

/** Connected accounts and webhook targets: where the workspace publishes. */
export const accountRoutes = createRouter()
  .openapi(
    workspaceRoute('viewer', {
      method: 'get',
      path: '/',
      tags: ['Publishing'],
      summary: 'Connected accounts and webhook targets, newest first (never their credentials)',
      request: { params: WorkspaceParams, query: PageQuery },
      responses: { 200: json(page(AccountSchema), 'A page of accounts') },
    }),
    async (c) => c.json(await listAccounts(serviceContext(c), c.get('access').workspaceId, c.req.valid('query')), 200),
  )
  .openapi(
    workspaceRoute('admin', {
      method: 'post',
      path: '/',
      tags: ['Publishing'],
      summary: 'Connect an account (checked against the platform); connecting it again reconnects it',
      request: { params: WorkspaceParams, body: jsonBody(ConnectAccount) },
      responses: {
        200: json(ConnectedAccount, 'Reconnected: new credentials, held posts scheduled again'),
        201: json(ConnectedAccount, 'Connected'),
        409: problemResponse('Connected at the same moment by someone else'),
        502: problemResponse('The platform refused or failed; its reason is in detail'),
      },
    }),
    async (c) => {
      const { account, secret, reconnected } = await connectSocialAccount(
        serviceContext(c),
        c.get('access').workspaceId,
        c.req.valid('json'),
        c.get('principal').userId,
      );
      const body = { ...presentAccount(account), ...(secret ? { secret } : {}) };
      return reconnected ? c.json(body, 200) : c.json(body, 201);
    },
  )
  .openapi(
    workspaceRoute('admin', {
      method: 'get',
      path: '/connect/mastodon',
      tags: ['Publishing'],
      summary: 'Start connecting a Mastodon account on any instance: answers its authorize page to send the person to',
      request: { params: WorkspaceParams, query: z.object({ instance: HttpUrl }) },
      // The account is connected as the person who finishes the sign-in, never as a key.
      middleware: [peopleOnly],
      responses: {
        200: json(
          z.object({ authorizeUrl: z.string() }),
          'Send the person here; the instance comes back to the callback',
        ),
        502: problemResponse('The instance refused or failed to register the app'),
      },
    }),
    async (c) => {
      const authorizeUrl = await startMastodonConnect(serviceContext(c), {
        workspaceId: c.get('access').workspaceId,
        userId: c.get('principal').userId ?? '',
        instanceUrl: c.req.valid('query').instance,
        origin: appOrigin(c),
      });
      return c.json({ authorizeUrl }, 200);
    },
  )
  .openapi(
    workspaceRoute('viewer', {
      method: 'get',
      path: '/{accountId}',
      tags: ['Publishing'],
      summary: 'An account, its status and limits',
      request: { params: AccountParams },
      responses: { 200: json(AccountSchema, 'The account') },
    }),
    async (c) =>
      c.json(
        presentAccount(
          await findAccount(serviceContext(c), c.get('access').workspaceId, c.req.valid('param').accountId),
        ),
        200,
      ),
  )
  .openapi(
    workspaceRoute('admin', {
      method: 'patch',
      path: '/{accountId}',
      tags: ['Publishing'],
      summary: 'Pause (disabled: its posts are held) or resume (active: they are scheduled again) an account',
      request: { params: AccountParams, body: jsonBody(AccountStatusChange) },
      responses: {
        200: json(AccountSchema, 'The account'),
        409: problemResponse('It needs reconnecting instead'),
      },
    }),
    async (c) => {
      const { workspaceId } = c.get('access');
      const { accountId } = c.req.valid('param');
      const account = await setAccountStatus(serviceContext(c), workspaceId, accountId, c.req.valid('json').status);
      return c.json(presentAccount(account), 200);
    },
  )
  .openapi(
    workspaceRoute('admin', {
      method: 'delete',
      path: '/{accountId}',
      tags: ['Publishing'],
      summary: 'Disconnect an account (refused while posts wait to publish to it)',
      request: { params: AccountParams },
      responses: { 204: { description: 'Disconnected' }, 409: problemResponse('Posts wait to publish to it') },
    }),
    async (c) => {
      await removeAccount(serviceContext(c), c.get('access').workspaceId, c.req.valid('param').accountId);
      return c.body(null, 204);
    },
  );
