import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { ingest, readItem, sourceFor } from '../../../test/content';
import { call, expectProblem, json, signUp, type TestUser } from '../../../test/factories';
import { addSource, fixtureFeedUrl } from '../../../test/sources';

interface Item {
  id: string;
  externalId: string;
  title: string;
  publishedAt: string | null;
  metrics: { views: number | null };
}
const list = async (user: TestUser, query = '') =>
  json<{ items: Item[]; nextCursor: string | null }>(
    await call(`/api/v1/workspaces/${user.workspaceId}/content${query}`, { token: user.token }),
  );
const ids = (page: { items: Item[] }) => page.items.map((i) => i.externalId);

async function library(user: TestUser) {
  const videos = await sourceFor(user, 'youtube');
  const posts = await sourceFor(user, 'reddit');
  await ingest(videos, 'youtube', [
    readItem({
      externalId: 'v1',
      title: 'Sourdough starter guide',
      text: 'Flour, water and patience.',
      publishedAt: '2026-11-01T10:00:00Z',
      metrics: { views: 5000, likes: 10 },
    }),
    readItem({
      externalId: 'v2',
      title: 'Croissant lamination',
      text: 'Butter layers, folded.',
      publishedAt: '2026-11-10T10:00:00Z',
      metrics: { views: 900, likes: 300 },
    }),
    readItem({
      externalId: 'v3',
      title: 'Bakery tour',
      text: 'A walk through the ovens.',
      publishedAt: null,
      metrics: {},
    }),
  ]);
  await ingest(posts, 'reddit', [
    readItem({
      externalId: 'r1',
      title: 'Why is my sourdough dense?',
      text: 'Crumb is tight.',
      publishedAt: '2026-11-15T10:00:00Z',
      metrics: { score: 40, comments: 12 },
    }),
  ]);
  return { videos, posts };
}

describe('content', () => {
  it('lists dated items newest first, then items without a date by when they were first seen', async () => {
    const user = await signUp();
    await library(user);
    expect(ids(await list(user))).toEqual(['r1', 'v2', 'v1', 'v3']);
  });

  it('pages across the boundary between dated and undated items without gaps or repeats', async () => {
    const user = await signUp();
    const { videos } = await library(user);
    await ingest(
      videos,
      'youtube',
      ['u1', 'u2', 'u3'].map((externalId) => readItem({ externalId, publishedAt: null })),
    );
    // First seen before some dated items were published: still below every dated item.
    // u2 and u3 were first seen at the same moment, so their ids decide.
    const seenAt: Record<string, string> = {
      u1: '2026-10-01T00:00:00Z',
      u2: '2026-11-12T00:00:00Z',
      u3: '2026-11-12T00:00:00Z',
    };
    for (const [externalId, at] of Object.entries(seenAt))
      await env.DB.prepare('UPDATE content_items SET first_seen_at = ? WHERE workspace_id = ? AND external_id = ?')
        .bind(Date.parse(at), user.workspaceId, externalId)
        .run();
    const [u2, u3] = ['u2', 'u3'].map((externalId) =>
      env.DB.prepare('SELECT id FROM content_items WHERE workspace_id = ? AND external_id = ?')
        .bind(user.workspaceId, externalId)
        .first<{ id: string }>(),
    );
    const tied = ((await u2)?.id ?? '') > ((await u3)?.id ?? '') ? ['u2', 'u3'] : ['u3', 'u2'];
    const expected = ['r1', 'v2', 'v1', 'v3', ...tied, 'u1'];
    expect(ids(await list(user))).toEqual(expected);
    for (const limit of [1, 2, 3, 4]) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page = await list(user, `?limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
        seen.push(...ids(page));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen, `limit ${limit}`).toEqual(expected);
    }
    const undated = await list(user, `?platform=youtube&since=${encodeURIComponent('2026-11-05T00:00:00Z')}`);
    expect(ids(undated)).toEqual(['v2', 'v3', ...tied]);
  });

  it('keeps a read web page without a date undated, below dated items, rather than dating it by the read', async () => {
    const user = await signUp();
    await addSource(user, { type: 'feed', url: fixtureFeedUrl() });
    await addSource(user, {
      type: 'web',
      url: `${env.FIXTURE_ORIGIN}/t/${crypto.randomUUID()}/files/pipeline/undated.html`,
    });
    const { items } = await list(user);
    expect(items).toHaveLength(4);
    expect(items.at(-1)).toMatchObject({ externalId: 'https://bakery.example/about', publishedAt: null });
    expect(items.slice(0, 3).every((item) => item.publishedAt !== null)).toBe(true);
  });

  it('sorts by views and by engagement', async () => {
    const user = await signUp();
    await library(user);
    expect(ids(await list(user, '?sort=views'))).toEqual(['v1', 'v2', 'r1', 'v3']);
    expect(ids(await list(user, '?sort=engagement'))).toEqual(['v2', 'r1', 'v1', 'v3']);
  });

  it('pages through every sort without gaps or repeats', async () => {
    const user = await signUp();
    await library(user);
    for (const sort of ['published', 'views', 'engagement']) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page = await list(user, `?sort=${sort}&limit=1${cursor ? `&cursor=${cursor}` : ''}`);
        seen.push(...ids(page));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen, sort).toEqual(ids(await list(user, `?sort=${sort}`)));
    }
  });

  it('searches title and text, by word prefix, without syntax errors', async () => {
    const user = await signUp();
    await library(user);
    expect(ids(await list(user, '?q=sourdough')).sort()).toEqual(['r1', 'v1']);
    expect(ids(await list(user, '?q=lamin'))).toEqual(['v2']);
    expect(ids(await list(user, `?q=${encodeURIComponent('ovens')}`))).toEqual(['v3']);
    expect(ids(await list(user, `?q=${encodeURIComponent('"unbalanced AND (OR')}`))).toEqual([]);
    expect(ids(await list(user, `?q=${encodeURIComponent('***')}`))).toEqual([]);
  });

  it('filters by source, platform and date', async () => {
    const user = await signUp();
    const { posts } = await library(user);
    expect(ids(await list(user, `?sourceId=${posts.id}`))).toEqual(['r1']);
    expect(ids(await list(user, '?platform=youtube')).sort()).toEqual(['v1', 'v2', 'v3']);
    expect(ids(await list(user, `?since=${encodeURIComponent('2026-11-09T00:00:00Z')}`))).toEqual(['r1', 'v2', 'v3']);
    await expectProblem(
      await call(`/api/v1/workspaces/${user.workspaceId}/content?since=yesterday`, { token: user.token }),
      400,
    );
    await expectProblem(
      await call(`/api/v1/workspaces/${user.workspaceId}/content?sort=random`, { token: user.token }),
      400,
    );
  });

  it('shows one item with its metric history and analysis', async () => {
    const user = await signUp();
    const source = await sourceFor(user, 'youtube');
    await ingest(source, 'youtube', [readItem({ externalId: 'h', metrics: { views: 10 } })]);
    await ingest(source, 'youtube', [readItem({ externalId: 'h', metrics: { views: 30 } })]);
    const [item] = (await list(user)).items;
    const detail = await json<{ history: { views: number }[]; analysis: unknown; html: string | null; extra: object }>(
      await call(`/api/v1/workspaces/${user.workspaceId}/content/${item?.id}`, { token: user.token }),
    );
    expect(detail.history.map((h) => h.views)).toEqual([10, 30]);
    expect(detail).toMatchObject({ html: null, extra: {}, analysis: null });
  });
});

describe('images', () => {
  it('are served by signed links that work without a token and expire', async () => {
    const user = await signUp();
    const source = await addSource(user, { type: 'feed', url: fixtureFeedUrl() });
    const items = (await list(user, `?sourceId=${source.id}`)).items as (Item & { imageUrl: string | null })[];
    const imageUrl = items.find((i) => i.imageUrl)?.imageUrl ?? '';
    expect(imageUrl).toMatch(/^\/api\/v1\/images\/[0-9a-f]{64}\?exp=\d+&sig=[\w-]+$/);
    const res = await call(imageUrl);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('image/png');
    expect((await res.arrayBuffer()).byteLength).toBe(70);
    await expectProblem(await call(imageUrl.replace(/sig=[\w-]+/, 'sig=AAAA')), 404);
    await expectProblem(await call(imageUrl.replace(/exp=\d+/, 'exp=1000')), 404);
    const otherHash = imageUrl.replace(/images\/[0-9a-f]{64}/, `images/${'0'.repeat(64)}`);
    await expectProblem(await call(otherHash), 404);
  });
});
