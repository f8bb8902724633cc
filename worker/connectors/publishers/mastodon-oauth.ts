/**
 * The authorization-code flow on any Mastodon server (https://docs.joinmastodon.org/client/token/,
 * /methods/apps/#create, /methods/oauth/): register an app on the instance, send the person
 * to its authorize page with a state, exchange the code that comes back for a token. Plain
 * functions: the routes that keep the app per instance and check the state are the caller's.
 */
import { z } from 'zod';
import type { ServiceErrors, ServiceSays } from '../../core/outbound/http-errors';
import { instanceBase, mastodonCall } from './mastodon-api';

/** What Crowsnest asks for: reading the account and posting as it. */
export const MASTODON_SCOPES = 'read write';

/** An app as registered on one instance. */
export interface MastodonApp {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
}

const OAuthError = z.object({ error: z.string(), error_description: z.string().optional() });

/**
 * Doorkeeper's errors: 401 invalid_client (the app is unknown to the instance, e.g. deleted)
 * and 400 invalid_grant (a code used twice, expired, or for another redirect URI). Neither is
 * about a person's token, and no retry helps: both are BadRequest with the server's words.
 */
function oauthErrors(host: string): ServiceErrors {
  return {
    name: `Mastodon (${host})`,
    read: (body): ServiceSays | null => {
      const parsed = OAuthError.safeParse(JSON.parse(body)).data;
      return parsed ? { codes: [parsed.error], message: parsed.error_description ?? parsed.error } : null;
    },
    rules: [
      { code: 'invalid_client', kind: 'bad_request', message: `Mastodon (${host}) does not know this app{said}` },
      { code: 'invalid_grant', kind: 'bad_request', message: `Mastodon (${host}) refused the sign-in{said}` },
    ],
  };
}

const Application = z.object({ client_id: z.string(), client_secret: z.string() });
const Token = z.object({ access_token: z.string(), scope: z.string().optional() });

/** Registers Crowsnest as an app on an instance (once per instance; the caller keeps it). */
export async function registerApp(
  env: Env,
  instanceUrl: string,
  app: { clientName: string; redirectUri: string; website?: string },
): Promise<MastodonApp> {
  const made = await mastodonCall(env, instanceUrl, '/api/v1/apps', Application, {
    method: 'POST',
    json: {
      client_name: app.clientName,
      redirect_uris: app.redirectUri,
      scopes: MASTODON_SCOPES,
      ...(app.website ? { website: app.website } : {}),
    },
    service: oauthErrors(new URL(instanceUrl).host),
  });
  return { clientId: made.client_id, clientSecret: made.client_secret, redirectUri: app.redirectUri };
}

/** Where to send the person: the instance's authorize page, which comes back with `code` and `state`. */
export function authorizeUrl(instanceUrl: string, app: MastodonApp, state: string): string {
  const url = new URL(`${instanceBase(instanceUrl)}/oauth/authorize`);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: app.clientId,
    redirect_uri: app.redirectUri,
    scope: MASTODON_SCOPES,
    state,
  }).toString();
  return url.toString();
}

/** The access token for a code the authorize page gave back. */
export async function exchangeCode(env: Env, instanceUrl: string, app: MastodonApp, code: string) {
  const token = await mastodonCall(env, instanceUrl, '/oauth/token', Token, {
    method: 'POST',
    json: {
      grant_type: 'authorization_code',
      code,
      client_id: app.clientId,
      client_secret: app.clientSecret,
      redirect_uri: app.redirectUri,
      scope: MASTODON_SCOPES,
    },
    service: oauthErrors(new URL(instanceUrl).host),
  });
  return { accessToken: token.access_token, scope: token.scope ?? MASTODON_SCOPES };
}
