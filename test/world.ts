import { env } from 'cloudflare:workers';
import { expect } from 'vitest';
import { apiKeyFor, call, json, memberOf, signUp, type TestUser, uniqueEmail } from './factories';
import { addSource, fixtureFeedUrl } from './sources';

/** A workspace with one member of each role and one of each kind of resource. */
export interface World {
  workspaceId: string;
  owner: TestUser;
  admin: TestUser;
  editor: TestUser;
  viewer: TestUser;
  invitationId: string;
  apiKeyId: string;
  jobId: string;
  sourceId: string;
  contentId: string;
  brandVoiceId: string;
  /** A feed that is not yet a source of the world, for creating one. */
  feedUrl: string;
}

export async function buildWorld(): Promise<World> {
  const owner = await signUp({ workspaceName: 'World' });
  const [admin, editor, viewer] = [
    await memberOf(owner, 'admin'),
    await memberOf(owner, 'editor'),
    await memberOf(owner, 'viewer'),
  ];
  const invite = await json<{ invitation: { id: string } }>(
    await call(`/api/v1/workspaces/${owner.workspaceId}/members`, {
      token: owner.token,
      body: { email: uniqueEmail(), role: 'viewer' },
    }),
  );
  const key = await apiKeyFor(owner, 'viewer');
  const { jobId } = await json<{ jobId: string }>(
    await call(`/api/v1/workspaces/${owner.workspaceId}/exports`, { method: 'POST', token: owner.token }),
  );
  await settled(owner, jobId);
  const source = await addSource(owner, { type: 'feed', url: fixtureFeedUrl() });
  const page = await json<{ items: { id: string; imageUrl: string | null }[] }>(
    await call(`/api/v1/workspaces/${owner.workspaceId}/content`, { token: owner.token }),
  );
  // An item with a stored image, so every content route has something to answer.
  const content = page.items.find((item) => item.imageUrl) ?? page.items[0];
  const voice = await json<{ id: string }>(
    await call(`/api/v1/workspaces/${owner.workspaceId}/brand-voices`, {
      token: owner.token,
      body: { name: 'House style', description: 'Warm, direct, no jargon.', dos: ['Use "you"'], examples: ['Hi!'] },
    }),
  );
  // Analysis of the first read runs in the background: let it finish so snapshots are stable.
  await quiet(owner);
  return {
    workspaceId: owner.workspaceId,
    owner,
    admin,
    editor,
    viewer,
    invitationId: invite.invitation.id,
    apiKeyId: key.id,
    jobId,
    sourceId: source.id,
    contentId: content?.id ?? '',
    brandVoiceId: voice.id,
    feedUrl: fixtureFeedUrl(),
  };
}

/** Waits until no job of the workspace is queued or running. */
export async function quiet(user: TestUser) {
  await expect
    .poll(
      async () => {
        const row = await env.DB.prepare(
          "SELECT count(*) AS n FROM jobs WHERE workspace_id = ? AND status IN ('queued', 'running')",
        )
          .bind(user.workspaceId)
          .first<{ n: number }>();
        return row?.n;
      },
      { timeout: 10_000 },
    )
    .toBe(0);
}

/** Waits until the job has finished (the queue consumer runs in the background). */
export async function settled(user: TestUser, jobId: string) {
  await expect
    .poll(
      async () =>
        (
          await json<{ status: string }>(
            await call(`/api/v1/workspaces/${user.workspaceId}/jobs/${jobId}`, { token: user.token }),
          )
        ).status,
      {
        timeout: 10_000,
      },
    )
    .toMatch(/succeeded|failed/);
}

/**
 * Every row of every table, for "changed nothing" assertions. last_used_at moves whenever a
 * key is used, which is not a change anyone made, so it is left out.
 */
export async function snapshot(): Promise<string> {
  const tables = await env.DB.prepare(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' AND name <> 'd1_migrations' ORDER BY name",
  ).all<{ name: string }>();
  const dump: Record<string, unknown[]> = {};
  for (const { name } of tables.results) {
    // Not every table has a rowid (FTS5 shadow tables do not): sort the rows themselves.
    const rows = await env.DB.prepare(`SELECT * FROM "${name}"`).all<Record<string, unknown>>();
    dump[name] = rows.results.map(({ last_used_at: _ignored, ...row }) => JSON.stringify(row)).sort();
  }
  return JSON.stringify(dump);
}
