import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { apiKeyFor, call, expectProblem, json, memberOf, ORIGIN, signUp, type TestUser } from '../../../test/factories';
import { mastodonInstance } from '../../../test/mastodon';

const ws = (user: TestUser, path: string) => `/api/v1/workspaces/${user.workspaceId}${path}`;

/** Starts connecting as `user`, and does what the person's browser does on the instance: approve. */
async function approveOnInstance(user: TestUser, instanceUrl: string): Promise<URL> {
  const started = await call(ws(user, `/accounts/connect/mastodon?instance=${encodeURIComponent(instanceUrl)}`), {
    token: user.token,
  });
  expect(started.status).toBe(200);
  const { authorizeUrl } = await json<{ authorizeUrl: string }>(started);
  const approved = await fetch(authorizeUrl, { redirect: 'manual' });
  return new URL(approved.headers.get('Location') ?? '');
}

/** Follows the instance's redirect back into Crowsnest (a public route: no token). */
async function comeBack(callback: URL): Promise<URL> {
  const res = await exports.default.fetch(`${ORIGIN}${callback.pathname}${callback.search}`, { redirect: 'manual' });
  expect(res.status).toBe(302);
  return new URL(res.headers.get('Location') ?? '');
}

describe('connecting Mastodon through its sign-in', () => {
  it('registers the app on the instance, and the callback connects the account for that workspace', async () => {
    const owner = await signUp();
    const server = mastodonInstance();
    const callback = await approveOnInstance(owner, server.url);
    expect(`${callback.origin}${callback.pathname}`).toBe(`${ORIGIN}/api/v1/oauth/mastodon/callback`);
    const landed = await comeBack(callback);
    expect(landed.pathname).toBe(`/w/${owner.workspaceId}/accounts`);
    const accountId = landed.searchParams.get('connected');
    const account = await json<{ platform: string; status: string }>(
      await call(ws(owner, `/accounts/${accountId}`), { token: owner.token }),
    );
    expect(account).toMatchObject({ platform: 'mastodon', status: 'active' });
  });

  it('takes a state once: the same callback again connects nothing and says why', async () => {
    const owner = await signUp();
    const server = mastodonInstance();
    const callback = await approveOnInstance(owner, server.url);
    await comeBack(callback);
    const again = await comeBack(callback);
    expect(again.pathname).toBe('/');
    expect(again.searchParams.get('connectError')).toMatch(/used already/);
  });

  it('refuses a forged or tampered state', async () => {
    const owner = await signUp();
    const server = mastodonInstance();
    const callback = await approveOnInstance(owner, server.url);
    callback.searchParams.set('state', `${callback.searchParams.get('state')}x`);
    const landed = await comeBack(callback);
    expect(landed.searchParams.get('connectError')).toMatch(/invalid or has expired/);
    const page = await json<{ items: unknown[] }>(await call(ws(owner, '/accounts'), { token: owner.token }));
    expect(page.items).toEqual([]);
  });

  it('does not connect for a person who stopped being an admin before coming back', async () => {
    const owner = await signUp();
    const admin = await memberOf(owner, 'admin');
    const server = mastodonInstance();
    const callback = await approveOnInstance(admin, server.url);
    const demoted = await call(ws(owner, `/members/${admin.id}`), {
      method: 'PATCH',
      token: owner.token,
      body: { role: 'viewer' },
    });
    expect(demoted.status).toBe(200);
    const landed = await comeBack(callback);
    expect(landed.searchParams.get('connectError')).toMatch(/Only admins/);
  });

  it('is for people: an API key cannot start it, and editors cannot either', async () => {
    const owner = await signUp();
    const key = await apiKeyFor(owner, 'admin');
    const server = mastodonInstance();
    const path = ws(owner, `/accounts/connect/mastodon?instance=${encodeURIComponent(server.url)}`);
    await expectProblem(await call(path, { token: key.key }), 403);
    const editor = await memberOf(owner, 'editor');
    await expectProblem(await call(path, { token: editor.token }), 403);
  });
});
