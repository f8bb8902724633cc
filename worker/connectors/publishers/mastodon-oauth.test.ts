import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { mastodonInstance } from '../../../test/mastodon';
import { BadRequest } from '../../core/outbound/errors';
import { mastodon } from './mastodon';
import { authorizeUrl, exchangeCode, registerApp } from './mastodon-oauth';

const REDIRECT = 'https://app.crowsnest.test/api/v1/oauth/callback';

/** What the person's browser does: open the authorize page, approve, follow the redirect back. */
async function approve(url: string) {
  const res = await fetch(url, { redirect: 'manual' });
  return new URL(res.headers.get('Location') ?? '');
}

describe('mastodon oauth', () => {
  it('registers an app, sends the person to authorize with a state, and exchanges the code for a working token', async () => {
    const server = mastodonInstance();
    const app = await registerApp(env, server.url, { clientName: 'Crowsnest', redirectUri: REDIRECT });
    const authorize = new URL(authorizeUrl(server.url, app, 'state-123'));
    expect(authorize.pathname.endsWith('/oauth/authorize')).toBe(true);
    expect(Object.fromEntries(authorize.searchParams)).toEqual({
      response_type: 'code',
      client_id: app.clientId,
      redirect_uri: REDIRECT,
      scope: 'read write',
      state: 'state-123',
    });
    const back = await approve(authorize.toString());
    expect(`${back.origin}${back.pathname}`).toBe(REDIRECT);
    expect(back.searchParams.get('state')).toBe('state-123');
    const { accessToken } = await exchangeCode(env, server.url, app, back.searchParams.get('code') ?? '');
    const account = await mastodon.connect(env, { platform: 'mastodon', instanceUrl: server.url, accessToken });
    expect(account.externalId).toBe('117020457910412882');
  });

  it("a code used twice is refused with the server's reason", async () => {
    const server = mastodonInstance();
    const app = await registerApp(env, server.url, { clientName: 'Crowsnest', redirectUri: REDIRECT });
    const code = (await approve(authorizeUrl(server.url, app, 's'))).searchParams.get('code') ?? '';
    await exchangeCode(env, server.url, app, code);
    const again = exchangeCode(env, server.url, app, code);
    await expect(again).rejects.toThrow(BadRequest);
    await expect(again).rejects.toThrow(/refused the sign-in: The provided authorization grant is invalid/);
  });
});
