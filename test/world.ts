import { env } from 'cloudflare:workers';
import { expect } from 'vitest';
import { call, json, type TestUser } from './factories';
import { type SeededWorld, seedWorld } from './seed';

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

/**
 * A fresh world, written straight to storage (test/seed.ts): about as cheap as a few
 * requests, so suites can build one per case where the case changes it.
 */
export function buildWorld(): Promise<SeededWorld> {
  return seedWorld();
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
 * Every row of every table, and every stored object, for "changed nothing" assertions: all
 * tables rather than a list, so a write anywhere shows, read in one D1 batch. last_used_at
 * moves whenever a key is used, which is not a change anyone made, so it is left out.
 */
export async function snapshot(): Promise<string> {
  const tables = await env.DB.prepare(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' AND name <> 'd1_migrations' ORDER BY name",
  ).all<{ name: string }>();
  const names = tables.results.map((t) => t.name);
  const results = await env.DB.batch<Record<string, unknown>>(
    names.map((name) => env.DB.prepare(`SELECT * FROM "${name}"`)),
  );
  const dump: Record<string, unknown[]> = {};
  for (const [index, name] of names.entries()) {
    // Not every table has a rowid (FTS5 shadow tables do not): sort the rows themselves.
    dump[name] = (results[index]?.results ?? [])
      .map(({ last_used_at: _ignored, ...row }) => JSON.stringify(row))
      .sort();
  }
  const objects: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await env.MEDIA.list(cursor ? { cursor } : {});
    objects.push(...page.objects.map((o) => `${o.key} ${o.etag} ${o.size}`));
    cursor = page.truncated ? page.cursor : undefined;
  } while (cursor);
  dump['r2:MEDIA'] = objects.sort();
  return JSON.stringify(dump);
}
