import { env } from 'cloudflare:workers';
import type { ReadItem } from '../worker/connectors/readers/types';
import { systemContext } from '../worker/core/context';
import type { Source } from '../worker/db/schema/sources';
import { upsertItems } from '../worker/features/sources/ingest/upsert';
import type { TestUser } from './factories';

/** A reader's item with sensible defaults. */
export function readItem(overrides: Partial<ReadItem> & { externalId: string }): ReadItem {
  return {
    url: `https://example.com/${overrides.externalId}`,
    title: `Item ${overrides.externalId}`,
    text: null,
    html: null,
    author: 'author',
    publishedAt: '2026-11-20T10:00:00.000Z',
    mediaUrls: [],
    imageUrl: null,
    metrics: {},
    tags: [],
    extra: {},
    ...overrides,
  };
}

/** Inserts a source row for `user` and returns it, for feeding items through upsertItems directly. */
export async function sourceFor(user: TestUser, type = 'feed'): Promise<Source> {
  const now = new Date();
  const source: Source = {
    id: `src_T${crypto.randomUUID().replaceAll('-', '').slice(0, 25).toUpperCase()}`,
    workspaceId: user.workspaceId,
    type: type as Source['type'],
    name: 'Fixture',
    config: {},
    identity: crypto.randomUUID(),
    intervalMinutes: 60,
    status: 'active',
    pausedReason: null,
    nextRunAt: now,
    lastRunAt: null,
    lastSuccessAt: null,
    lastError: null,
    consecutiveFailures: 0,
    runningJobId: null,
    etag: null,
    lastModified: null,
    details: null,
    itemCount: 0,
    createdBy: null,
    createdAt: now,
    updatedAt: now,
  };
  await env.DB.prepare(
    'INSERT INTO sources (id, workspace_id, type, name, config, identity, interval_minutes, status, next_run_at, consecutive_failures, item_count, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 60, ?, ?, 0, 0, ?, ?)',
  )
    .bind(
      source.id,
      source.workspaceId,
      source.type,
      source.name,
      '{}',
      source.identity,
      'active',
      now.getTime(),
      now.getTime(),
      now.getTime(),
    )
    .run();
  return source;
}

export function ingest(source: Source, platform: string, items: ReadItem[]) {
  return upsertItems(
    systemContext(env, () => {}),
    source,
    platform,
    items,
    async () => {},
  );
}
