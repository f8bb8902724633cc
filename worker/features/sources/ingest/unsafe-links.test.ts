import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { ingest, readItem, sourceFor } from '../../../../test/content';
import { call, json, signUp, type TestUser } from '../../../../test/factories';
import { addSource } from '../../../../test/sources';

interface Item {
  id: string;
  externalId: string;
  url: string | null;
  mediaUrls: string[];
  imageUrl: string | null;
}

/** Every string anywhere in a JSON value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(strings);
  return [];
}

/** The list and every item's detail, as the content API answers them. */
async function contentOf(user: TestUser, sourceId: string) {
  const base = `/api/v1/workspaces/${user.workspaceId}/content`;
  const page = await json<{ items: Item[] }>(await call(`${base}?sourceId=${sourceId}`, { token: user.token }));
  const details = await Promise.all(
    page.items.map(async (item) => json(await call(`${base}/${item.id}`, { token: user.token }))),
  );
  return { items: page.items, details, byId: new Map(page.items.map((item) => [item.externalId, item])) };
}

/** Asserts that no link the API hands out, nor any string at all, is a script, vbscript or data link. */
function expectOnlyHttpLinks(items: Item[], answers: unknown[]) {
  expect(items.length).toBeGreaterThan(0);
  for (const item of items) {
    if (item.url !== null) expect(item.url).toMatch(/^https?:\/\//);
    for (const url of item.mediaUrls) expect(url).toMatch(/^https?:\/\//);
    if (item.imageUrl !== null) expect(item.imageUrl).toMatch(/^\/api\/v1\/images\//);
  }
  expect(strings(answers).filter((s) => ACTIVE.test(s))).toEqual([]);
}

/** The links as stored, so that ingest is checked on its own and not only through the API. */
async function storedLinks(workspaceId: string) {
  const rows = await env.DB.prepare(
    'SELECT url, media_urls, image_url, extra FROM content_items WHERE workspace_id = ?',
  )
    .bind(workspaceId)
    .all<{ url: string | null; media_urls: string; image_url: string | null; extra: string }>();
  return rows.results.flatMap((row) => [
    row.url,
    row.image_url,
    ...strings(JSON.parse(row.media_urls)),
    ...strings(JSON.parse(row.extra)),
  ]);
}

const ACTIVE = /(?:java|vb)\s*script:|data:/i;

const fixture = (name: string) => `${env.FIXTURE_ORIGIN}/t/${crypto.randomUUID()}/files/unsafe-links/${name}`;

describe('links a source writes', () => {
  it('keep only the http(s) links of an RSS feed that puts script where links belong', async () => {
    const owner = await signUp();
    const source = await addSource(owner, { type: 'feed', url: fixture('feed.xml') });
    expect(source).toMatchObject({ status: 'active', itemCount: 3, lastError: null });
    const { items, details, byId } = await contentOf(owner, source.id);
    expectOnlyHttpLinks(items, [items, details, source]);
    expect((await storedLinks(owner.workspaceId)).filter((link) => link !== null && ACTIVE.test(link))).toEqual([]);
    expect(byId.get('hostile-1')).toMatchObject({ url: null, mediaUrls: ['https://media.example/episode-1.mp3'] });
    expect(byId.get('hostile-2')).toMatchObject({ url: null, mediaUrls: [], imageUrl: null });
    expect(byId.get('hostile-3')).toMatchObject({
      url: 'https://harbour.example/posts/fine',
      mediaUrls: ['https://media.example/photo.jpg'],
    });
  });

  it('keep only the http(s) links of a JSON feed', async () => {
    const owner = await signUp();
    const source = await addSource(owner, { type: 'feed', url: fixture('feed.json') });
    expect(source).toMatchObject({ status: 'active', itemCount: 1, lastError: null });
    const { items, details, byId } = await contentOf(owner, source.id);
    expectOnlyHttpLinks(items, [items, details, source]);
    expect((await storedLinks(owner.workspaceId)).filter((link) => link !== null && ACTIVE.test(link))).toEqual([]);
    expect(byId.get('json-hostile-1')).toMatchObject({
      url: null,
      mediaUrls: ['https://media.example/json-episode.mp3'],
      imageUrl: null,
    });
  });

  it('keep only the http(s) links of a web page, in its Open Graph and JSON-LD too', async () => {
    const owner = await signUp();
    const url = fixture('page.html');
    const source = await addSource(owner, { type: 'web', url });
    expect(source).toMatchObject({ status: 'active', itemCount: 1, lastError: null });
    const { items, details } = await contentOf(owner, source.id);
    expectOnlyHttpLinks(items, [items, details, source]);
    expect((await storedLinks(owner.workspaceId)).filter((link) => link !== null && ACTIVE.test(link))).toEqual([]);
    expect(items[0]).toMatchObject({ url, mediaUrls: [], imageUrl: null });
    // Text that merely has a colon in it is no link, and stays.
    expect(strings(details)).toContain('Update: no links here, only text.');
    expect(strings(details)).toContain('https://social.example/mallory');
  });

  it('never leave the API from rows stored before ingest dropped them', async () => {
    const owner = await signUp();
    const source = await sourceFor(owner);
    const {
      created: [id],
    } = await ingest(source, 'feed', [readItem({ externalId: 'old-row' })]);
    // As an earlier version stored them: the links exactly as the feed wrote them.
    await env.DB.batch([
      env.DB.prepare('UPDATE content_items SET url = ?, media_urls = ?, image_url = ?, extra = ? WHERE id = ?').bind(
        'javascript:alert(document.cookie)',
        JSON.stringify(['data:text/html,<script>alert(1)</script>', 'https://media.example/ok.mp3', ' vbscript:x']),
        'javascript:alert(2)',
        JSON.stringify({
          commentsUrl: 'javascript:alert(3)',
          enclosures: [{ url: 'data:text/html,x', type: 'text/html' }],
          siteName: 'Old: still text',
        }),
        id ?? '',
      ),
      env.DB.prepare('UPDATE sources SET details = ? WHERE id = ?').bind(
        JSON.stringify({ title: 'Old feed', url: 'javascript:alert(4)', imageUrl: 'data:image/png;base64,AA==' }),
        source.id,
      ),
    ]);
    const { items, details, byId } = await contentOf(owner, source.id);
    const sourceAnswer = await json(
      await call(`/api/v1/workspaces/${owner.workspaceId}/sources/${source.id}`, { token: owner.token }),
    );
    expectOnlyHttpLinks(items, [items, details, sourceAnswer]);
    expect(byId.get('old-row')).toMatchObject({ url: null, mediaUrls: ['https://media.example/ok.mp3'] });
    expect(details[0]).toMatchObject({
      extra: { commentsUrl: null, enclosures: [{ url: null, type: 'text/html' }], siteName: 'Old: still text' },
    });
    expect(sourceAnswer).toMatchObject({ details: { title: 'Old feed', url: null, imageUrl: null } });
  });
});
