import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { ingest, readItem, sourceFor } from '../../../../test/content';
import { signUp } from '../../../../test/factories';

const snapshots = async (externalId: string) =>
  (
    await env.DB.prepare(
      'SELECT s.views, s.likes FROM metric_snapshots s JOIN content_items c ON c.id = s.content_id WHERE c.external_id = ? ORDER BY s.captured_at, s.id',
    )
      .bind(externalId)
      .all<{ views: number; likes: number }>()
  ).results;

describe('upsertItems', () => {
  it('inserts new items, rewrites changed ones, leaves the same alone — never duplicates', async () => {
    const user = await signUp();
    const source = await sourceFor(user);
    const first = await ingest(source, 'reddit', [
      readItem({ externalId: 'a' }),
      readItem({ externalId: 'b' }),
      readItem({ externalId: 'a', title: 'listed twice' }),
    ]);
    expect(first.created).toHaveLength(2);
    const second = await ingest(source, 'reddit', [
      readItem({ externalId: 'a', title: 'listed twice' }),
      readItem({ externalId: 'b', title: 'edited' }),
    ]);
    expect(second).toMatchObject({ created: [], unchanged: 1 });
    expect(second.updated).toHaveLength(1);
    const rows = await env.DB.prepare(
      'SELECT external_id, title FROM content_items WHERE workspace_id = ? ORDER BY external_id',
    )
      .bind(user.workspaceId)
      .all();
    expect(rows.results).toEqual([
      { external_id: 'a', title: 'listed twice' },
      { external_id: 'b', title: 'edited' },
    ]);
  });

  it('keeps platforms and workspaces apart', async () => {
    const user = await signUp();
    const other = await signUp();
    await ingest(await sourceFor(user), 'reddit', [readItem({ externalId: 'same' })]);
    await ingest(await sourceFor(user), 'bluesky', [readItem({ externalId: 'same' })]);
    await ingest(await sourceFor(other), 'reddit', [readItem({ externalId: 'same' })]);
    const n = await env.DB.prepare("SELECT count(*) AS n FROM content_items WHERE external_id = 'same'").first<{
      n: number;
    }>();
    expect(n?.n).toBe(3);
  });

  it('appends a metric snapshot on every read that has numbers, and updates the latest', async () => {
    const user = await signUp();
    const source = await sourceFor(user);
    await ingest(source, 'youtube', [readItem({ externalId: 'v', metrics: { views: 100, likes: 5 } })]);
    const same = await ingest(source, 'youtube', [readItem({ externalId: 'v', metrics: { views: 100, likes: 5 } })]);
    expect(same.unchanged).toBe(1);
    const grew = await ingest(source, 'youtube', [
      readItem({ externalId: 'v', metrics: { views: 250, likes: 9, comments: 2 } }),
    ]);
    expect(grew.updated).toHaveLength(1);
    expect(await snapshots('v')).toEqual([
      { views: 100, likes: 5 },
      { views: 100, likes: 5 },
      { views: 250, likes: 9 },
    ]);
    const row = await env.DB.prepare("SELECT views, engagement FROM content_items WHERE external_id = 'v'").first();
    expect(row).toEqual({ views: 250, engagement: 11 });
  });

  it('drops numbers that are not counts', async () => {
    const user = await signUp();
    await ingest(await sourceFor(user), 'x', [
      readItem({ externalId: 'n', metrics: { views: -5, likes: Number.NaN, comments: '12' as unknown as number } }),
    ]);
    const row = await env.DB.prepare(
      "SELECT views, likes, comments FROM content_items WHERE external_id = 'n'",
    ).first();
    expect(row).toEqual({ views: null, likes: null, comments: 12 });
  });

  it('stores only sanitized HTML', async () => {
    const user = await signUp();
    await ingest(await sourceFor(user), 'feed', [
      readItem({
        externalId: 'h',
        html: '<p onclick="x()">Hi<script>alert(1)</script><a href="javascript:alert(1)">x</a></p>',
      }),
    ]);
    const row = await env.DB.prepare("SELECT html FROM content_items WHERE external_id = 'h'").first<{
      html: string;
    }>();
    expect(row?.html).toContain('Hi');
    expect(row?.html).not.toMatch(/onclick|script|javascript:/i);
  });
});
