/**
 * That the local app publishes on its own: a post scheduled a minute ahead, with nobody
 * pressing anything, is claimed by the every-minute cron that `npm start` fires and published
 * to a webhook target on the fixture site. `npm run test:e2e` schedules it before the browser
 * scenarios and checks it after them, so the wait costs almost nothing.
 */
import { setTimeout as sleep } from 'node:timers/promises';

const PASSWORD = 'scheduled publish test 42';

async function api(baseUrl, path, { token, body, method } = {}) {
  const res = await fetch(`${baseUrl}/api/v1${path}`, {
    method: method ?? (body === undefined ? 'GET' : 'POST'),
    headers: {
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method ?? 'POST'} ${path} answered ${res.status}: ${text}`);
  return text ? JSON.parse(text) : null;
}

/** Signs up, connects a webhook target on the fixture site, and schedules a post for the next minute but one. */
export async function scheduleAhead(baseUrl, fixtures) {
  const email = `scheduler-${Date.now().toString(36)}@example.com`;
  const signup = await api(baseUrl, '/auth/signup', {
    body: { email, password: PASSWORD, name: 'Scheduler', workspaceName: 'Scheduled' },
  });
  const token = signup.accessToken;
  const workspaceId = signup.workspace.id;
  const hookId = `scheduled-${Date.now().toString(36)}`;
  const account = await api(baseUrl, `/workspaces/${workspaceId}/accounts`, {
    token,
    body: { platform: 'webhook', url: fixtures.hooks.url(hookId), name: 'Scheduled receiver' },
  });
  const scheduledAt = new Date(Date.now() + 60_000).toISOString();
  const post = await api(baseUrl, `/workspaces/${workspaceId}/posts`, {
    token,
    body: { body: 'Published with nobody pressing anything', targets: [{ accountId: account.id }], scheduledAt },
  });
  return { token, workspaceId, postId: post.id, hookId, scheduledAt };
}

/** Waits, bounded, until the scheduled post is published and the receiver has it once. */
export async function expectPublishedOnItsOwn(baseUrl, fixtures, scheduled, timeoutMs = 150_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const post = await api(baseUrl, `/workspaces/${scheduled.workspaceId}/posts/${scheduled.postId}`, {
      token: scheduled.token,
    });
    const target = post.targets[0];
    if (target?.status === 'published') {
      const received = fixtures.hooks.received(scheduled.hookId);
      if (received.deliveries.length !== 1) {
        throw new Error(`the receiver kept ${received.deliveries.length} deliveries of the scheduled post, not 1`);
      }
      const publishedAt = new Date(target.publishedAt);
      return { publishedAt, lateSeconds: (publishedAt.getTime() - Date.parse(scheduled.scheduledAt)) / 1000 };
    }
    if (target?.status === 'failed') throw new Error(`the scheduled post failed: ${target.error}`);
    if (Date.now() > deadline) {
      throw new Error(`the post scheduled for ${scheduled.scheduledAt} was still ${target?.status} after the wait`);
    }
    await sleep(2000);
  }
}
