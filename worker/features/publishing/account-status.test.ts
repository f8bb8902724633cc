import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { call, expectProblem, json, memberOf, signUp, type TestUser } from '../../../test/factories';
import { seedWebhookAccount } from '../../../test/seed-publishing';
import { systemContext } from '../../core/context';
import { createDb } from '../../db/client';
import { postTargets } from '../../db/schema/post-targets';
import { socialAccounts } from '../../db/schema/social-accounts';
import { claimDueTargets } from './claim';

const ws = (user: TestUser, path: string) => `/api/v1/workspaces/${user.workspaceId}${path}`;

interface Post {
  id: string;
  scheduledAt: string | null;
  targets: {
    accountId: string;
    status: string;
    error: string | null;
    events: { status: string; reason: string | null }[];
  }[];
}

const setStatus = (user: TestUser, accountId: string, status: string) =>
  call(ws(user, `/accounts/${accountId}`), { method: 'PATCH', token: user.token, body: { status } });

async function schedule(user: TestUser, accountId: string, at: Date): Promise<Post> {
  const res = await call(ws(user, '/posts'), {
    method: 'POST',
    token: user.token,
    body: { body: 'Waiting', targets: [{ accountId }], scheduledAt: at.toISOString() },
  });
  expect(res.status).toBe(201);
  return json<Post>(res);
}

const getPost = async (user: TestUser, id: string) =>
  json<Post>(await call(ws(user, `/posts/${id}`), { token: user.token }));

describe('pausing and resuming an account', () => {
  it('holds its waiting targets with who paused it, and resumes them at their own time', async () => {
    const user = await signUp({ name: 'Pat Admin' });
    const account = await seedWebhookAccount(user);
    const other = await seedWebhookAccount(user);
    const later = await schedule(user, account.id, new Date(Date.now() + 3 * 86_400_000));
    const soon = await schedule(user, account.id, new Date(Date.now() + 30_000));
    const elsewhere = await schedule(user, other.id, new Date(Date.now() + 86_400_000));

    const paused = await setStatus(user, account.id, 'disabled');
    expect(paused.status).toBe(200);
    expect(await json(paused)).toMatchObject({ status: 'disabled', statusReason: 'Paused by Pat Admin' });
    for (const id of [later.id, soon.id]) {
      const [target] = (await getPost(user, id)).targets;
      expect(target).toMatchObject({ status: 'held', error: 'Paused by Pat Admin' });
      expect(target?.events.at(-1)).toEqual(expect.objectContaining({ status: 'held', reason: 'Paused by Pat Admin' }));
    }
    expect((await getPost(user, elsewhere.id)).targets[0]?.status).toBe('scheduled');

    // The time of `soon` passes while the account is paused: on resume it goes out at the next minute.
    const db = createDb(env.DB);
    const past = new Date(Date.now() - 60_000);
    await db.update(postTargets).set({ scheduledAt: past }).where(eq(postTargets.postId, soon.id));

    const resumed = await setStatus(user, account.id, 'active');
    expect(await json(resumed)).toMatchObject({ status: 'active', statusReason: null });
    const [back] = await db.select().from(postTargets).where(eq(postTargets.postId, later.id));
    expect(back).toMatchObject({ status: 'scheduled', error: null, scheduledAt: new Date(later.scheduledAt ?? '') });
    const [due] = await db.select().from(postTargets).where(eq(postTargets.postId, soon.id));
    expect(due).toMatchObject({ status: 'scheduled', scheduledAt: past });
    // The minute cron's claim takes the one whose time has passed, and only it.
    const ctx = systemContext(env, () => undefined);
    expect(await claimDueTargets(ctx, new Date(), soon.id)).toBe(1);
    expect(await claimDueTargets(ctx, new Date(), later.id)).toBe(0);
    await expect
      .poll(async () => (await getPost(user, soon.id)).targets[0]?.status, { timeout: 15_000 })
      .toBe('published');

    const audit = await json<{ items: { action: string }[] }>(await call(ws(user, '/audit'), { token: user.token }));
    expect(audit.items.map((e) => e.action)).toEqual(expect.arrayContaining(['account.paused', 'account.resumed']));
  });

  it('leaves an account that needs reconnecting to be reconnected, and is for admins only', async () => {
    const owner = await signUp();
    const account = await seedWebhookAccount(owner);
    const editor = await memberOf(owner, 'editor');
    await expectProblem(await setStatus(editor, account.id, 'disabled'), 403);
    await createDb(env.DB)
      .update(socialAccounts)
      .set({ status: 'reauth_required', statusReason: 'Reconnect this account: token revoked' })
      .where(eq(socialAccounts.id, account.id));
    await expectProblem(await setStatus(owner, account.id, 'active'), 409);
    await expectProblem(await setStatus(owner, account.id, 'reauth_required'), 400);
  });
});
