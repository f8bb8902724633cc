import { and, eq } from 'drizzle-orm';
import { authorizeUrl, exchangeCode, type MastodonApp, registerApp } from '../../connectors/publishers/mastodon-oauth';
import type { ServiceContext } from '../../core/context';
import { Forbidden, InvalidRequest } from '../../core/http/errors';
import { memberships } from '../../db/schema/memberships';
import { signToken, verifyToken } from '../../lib/jwt';
import { atLeast } from '../../lib/roles';
import { decryptSecret, encryptSecret } from '../../lib/secret-box';
import { type AccountInput, connectSocialAccount } from './connect-account';

/** An authorization must come back within ten minutes. */
const STATE_TTL_SECONDS = 600;

/** The callback on this deployment that every instance sends the person back to. */
export const MASTODON_CALLBACK_PATH = '/api/v1/oauth/mastodon/callback';

/**
 * Starts connecting a Mastodon account on any instance: registers Crowsnest there as an app
 * (each start registers afresh, so nothing is kept about instances nobody finished with) and
 * answers the instance's authorize page. The state is signed, names the person, the workspace
 * and the instance, carries the app's credentials sealed, expires in ten minutes and is
 * single-use (finishMastodonConnect).
 */
export async function startMastodonConnect(
  ctx: ServiceContext,
  input: { workspaceId: string; userId: string; instanceUrl: string; origin: string },
): Promise<string> {
  const redirectUri = `${input.origin}${MASTODON_CALLBACK_PATH}`;
  const app = await registerApp(ctx.env, input.instanceUrl, {
    clientName: 'Crowsnest',
    redirectUri,
    website: input.origin,
  });
  const state = await signToken(ctx.env.JWT_SECRET, 'oauth', input.userId, STATE_TTL_SECONDS, {
    workspaceId: input.workspaceId,
    instanceUrl: input.instanceUrl,
    app: await encryptSecret(ctx.env.ENCRYPTION_KEYS, JSON.stringify(app)),
    nonce: crypto.randomUUID(),
  });
  return authorizeUrl(input.instanceUrl, app, state);
}

/**
 * Finishes it where the instance sent the person back: checks the state (signature, expiry,
 * first use), exchanges the code, and connects the account as that person in that workspace.
 * Answers the workspace and account for the redirect back into the app.
 */
export async function finishMastodonConnect(
  ctx: ServiceContext,
  input: { code: string; state: string },
): Promise<{ workspaceId: string; accountId: string }> {
  const claims = await verifyToken(ctx.env.JWT_SECRET, 'oauth', input.state);
  const { workspaceId, instanceUrl, app: sealedApp, nonce } = claims ?? ({} as Record<string, unknown>);
  if (
    !claims ||
    typeof workspaceId !== 'string' ||
    typeof instanceUrl !== 'string' ||
    typeof sealedApp !== 'string' ||
    typeof nonce !== 'string'
  ) {
    throw new InvalidRequest('This sign-in link is invalid or has expired. Start connecting the account again.');
  }
  const key = `oauth-state:${nonce}`;
  const once = await ctx.env.RATE_LIMITER.get(ctx.env.RATE_LIMITER.idFromName(key)).take(key, {
    limit: 1,
    periodSeconds: STATE_TTL_SECONDS,
  });
  if (!once.allowed)
    throw new InvalidRequest('This sign-in link was used already. Start connecting the account again.');
  // The person may have lost the right to connect accounts since they started.
  const [member] = await ctx.db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, claims.sub)));
  if (!member || !atLeast(member.role, 'admin')) {
    throw new Forbidden('Only admins of the workspace can connect accounts.');
  }
  const app = JSON.parse(await decryptSecret(ctx.env.ENCRYPTION_KEYS, sealedApp)) as MastodonApp;
  const { accessToken } = await exchangeCode(ctx.env, instanceUrl, app, input.code);
  const person: ServiceContext = { ...ctx, actor: { type: 'user', id: claims.sub } };
  const account: AccountInput = { platform: 'mastodon', instanceUrl, accessToken };
  const { account: connected } = await connectSocialAccount(person, workspaceId, account, claims.sub);
  return { workspaceId, accountId: connected.id };
}
