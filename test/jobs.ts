import { env } from 'cloudflare:workers';
import { expect } from 'vitest';
import { call, json, type TestUser } from './factories';

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
