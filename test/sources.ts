import { env } from 'cloudflare:workers';
import { expect } from 'vitest';
import { call, json, type TestUser } from './factories';
import { settled } from './jobs';

export interface SourceBody {
  id: string;
  name: string;
  status: string;
  pausedReason: string | null;
  runningJobId: string | null;
  lastError: string | null;
  consecutiveFailures: number;
  itemCount: number;
  nextRunAt: string | null;
  details: Record<string, unknown>;
}

/** The fixture feed, under a path of its own so each test's requests can be read back. */
export function fixtureFeedUrl(token = crypto.randomUUID()): string {
  return `${env.FIXTURE_ORIGIN}/t/${token}/files/pipeline/feed.xml`;
}

/** Adds a source and waits for its first read to finish. */
export async function addSource(user: TestUser, body: Record<string, unknown>): Promise<SourceBody> {
  const res = await call(`/api/v1/workspaces/${user.workspaceId}/sources`, { token: user.token, body });
  expect(res.status, await res.clone().text()).toBe(201);
  const source = await json<SourceBody>(res);
  if (source.runningJobId) await settled(user, source.runningJobId);
  return json<SourceBody>(
    await call(`/api/v1/workspaces/${user.workspaceId}/sources/${source.id}`, { token: user.token }),
  );
}
