/**
 * The seeded world (test/seed.ts) is written straight to storage. These tests read every
 * seeded thing back through the API, and compare the seeded rows with the rows the API and
 * its background jobs write for the same actions, so the seed cannot drift from the app.
 */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { ingest, sourceFor } from './content';
import { apiKeyFor, call, json, memberOf, PASSWORD, refreshCookieOf, signUp, uniqueEmail } from './factories';
import { quiet, settled } from './jobs';
import { sample } from './media';
import { upload } from './media-calls';
import { fixtureRedditRead, seedOwner, seedWorld } from './seed';
import { NO_PROVIDER_NOTE } from './seed-content';
import { fixtureHookUrl } from './seed-publishing';
import { addSource, fixtureFeedUrl } from './sources';

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

describe('the seeded world', () => {
  it('reads back through the API: members, sessions, invitation, key, export, sources, content, voice, audit', async () => {
    const w = await seedWorld();
    const get = async <T>(path: string, token = w.owner.token) => {
      const res = await call(`/api/v1/workspaces/${w.workspaceId}${path}`, { token });
      expect(res.status, `${path}: ${await res.clone().text()}`).toBe(200);
      return json<T>(res);
    };

    const members = await get<Page<{ userId: string; email: string; role: string }>>('/members');
    expect(members.items.map((m) => [m.userId, m.email, m.role]).sort()).toEqual(
      (['owner', 'admin', 'editor', 'viewer'] as const).map((role) => [w[role].id, w[role].email, role]).sort(),
    );
    // Every member's access token works and sees the workspace with their role.
    for (const role of ['owner', 'admin', 'editor', 'viewer'] as const) {
      const me = await json<{ workspaces: { id: string; role: string }[] }>(
        await call('/api/v1/me', { token: w[role].token }),
      );
      expect(me.workspaces).toContainEqual(expect.objectContaining({ id: w.workspaceId, role }));
    }
    // The seeded password hash is one the login code verifies, and the session cookie refreshes.
    const login = await call('/api/v1/auth/login', { body: { email: w.editor.email, password: PASSWORD } });
    expect(login.status, await login.clone().text()).toBe(200);
    const wrong = await call('/api/v1/auth/login', { body: { email: w.editor.email, password: `${PASSWORD}!` } });
    expect(wrong.status).toBe(401);
    const refreshed = await call('/api/v1/auth/refresh', { method: 'POST', cookie: w.viewer.cookie });
    expect(refreshed.status, await refreshed.clone().text()).toBe(200);
    expect(refreshCookieOf(refreshed)).not.toBe(w.viewer.cookie);

    const invitations =
      await get<Page<{ id: string; email: string; role: string; invitedByName: string }>>('/invitations');
    expect(invitations.items).toEqual([
      expect.objectContaining({
        id: w.invitationId,
        email: w.invitation.email,
        role: 'viewer',
        invitedByName: 'Test User',
      }),
    ]);

    const keys = await get<Page<{ id: string; name: string; role: string; prefix: string }>>('/api-keys');
    expect(keys.items).toEqual([
      expect.objectContaining({ id: w.apiKeyId, name: 'test key', role: 'viewer', prefix: w.apiKey.slice(0, 10) }),
    ]);
    // The key authenticates, with its role: it reads, and may not write.
    expect((await call(`/api/v1/workspaces/${w.workspaceId}/members`, { token: w.apiKey })).status).toBe(200);
    const denied = await call(`/api/v1/workspaces/${w.workspaceId}/brand-voices`, {
      token: w.apiKey,
      body: { name: 'x', description: 'y' },
    });
    expect(denied.status).toBe(403);

    const job = await get<{ kind: string; status: string; progress: number; result: { downloadPath: string } }>(
      `/jobs/${w.jobId}`,
    );
    expect(job).toMatchObject({ kind: 'workspace.export', status: 'succeeded', progress: 100 });
    const file = await call(job.result.downloadPath, { token: w.owner.token });
    expect(file.status).toBe(200);
    expect(file.headers.get('Content-Disposition')).toContain('attachment');
    const exported = await json<{ format: string; members: unknown[]; invitations: unknown[]; apiKeys: unknown[] }>(
      file,
    );
    expect(exported).toMatchObject({ format: 'crowsnest.workspace-export.v1' });
    expect([exported.members.length, exported.invitations.length, exported.apiKeys.length]).toEqual([4, 1, 1]);

    const feed = await get<{ name: string; status: string; itemCount: number; lastError: null; runningJobId: null }>(
      `/sources/${w.sourceId}`,
    );
    expect(feed).toMatchObject({ name: 'Harbour Bakery Journal', status: 'active', itemCount: 3, lastError: null });
    const reddit = await get<{ name: string; itemCount: number }>(`/sources/${w.redditSourceId}`);
    expect(reddit.name).toBe('r/typescript');
    expect(reddit.itemCount).toBeGreaterThan(0);

    const content = await get<Page<{ id: string; sourceId: string }>>('/content?limit=100');
    expect(content.items.filter((i) => i.sourceId === w.sourceId)).toHaveLength(3);
    expect(content.items.filter((i) => i.sourceId === w.redditSourceId)).toHaveLength(reddit.itemCount);
    const found = await get<Page<{ id: string }>>('/content?q=sourdough');
    expect(found.items.map((i) => i.id)).toEqual([w.contentId]);

    interface Detail {
      title: string;
      imageUrl: string | null;
      history: unknown[];
      analysis: { engine: string; note: string | null; language: { code: string } | null; keyphrases: unknown[] };
    }
    const item = await get<Detail>(`/content/${w.contentId}`);
    expect(item.title).toBe('Sourdough starter tips for beginners');
    expect(item.analysis).toMatchObject({ engine: 'local', note: NO_PROVIDER_NOTE, language: { code: 'en' } });
    expect(item.analysis.keyphrases.length).toBeGreaterThan(0);
    const image = await call(item.imageUrl ?? '');
    expect(image.status).toBe(200);
    expect(image.headers.get('Content-Type')).toBe('image/png');
    const post = await get<Detail>(`/content/${content.items.find((i) => i.sourceId === w.redditSourceId)?.id}`);
    // Two reads of the subreddit: two snapshots.
    expect(post.history).toHaveLength(2);
    expect(post.analysis.engine).toBe('local');

    const voice = await get<{ name: string; dos: string[]; origin: string }>(`/brand-voices/${w.brandVoiceId}`);
    expect(voice).toMatchObject({ name: 'House style', dos: ['Use "you"'], origin: 'manual' });

    const hook = await get<{ events: string[]; active: boolean; secret?: string }>(`/webhooks/${w.webhookId}`);
    expect(hook).toMatchObject({ events: ['*'], active: true });
    expect(hook).not.toHaveProperty('secret');

    // The seeded file reads back as the API answers an upload of the same bytes, and its bytes are there.
    const seededFile = await get<Record<string, unknown> & { url: string; sha256: string }>(`/media/${w.mediaId}`);
    const uploaded = await upload(await seedOwner(), await sample('python.png'));
    expect(uploaded.status).toBe(201);
    const {
      id: _a,
      url: _b,
      previewUrl: _c,
      createdAt: _d,
      alt: _e,
      filename: _f,
      ...described
    } = await json(uploaded);
    expect(seededFile).toMatchObject(described);
    const bytes = await call(seededFile.url, { token: w.viewer.token });
    expect(bytes.status).toBe(200);
    expect(bytes.headers.get('ETag')).toBe(`"${seededFile.sha256}"`);

    const auditPage = await get<Page<{ action: string }>>('/audit?limit=100');
    expect(auditPage.items.map((e) => e.action).sort()).toEqual(
      [
        'workspace.created',
        'user.signed_up',
        'invitation.created',
        'invitation.created',
        'invitation.created',
        'invitation.accepted',
        'invitation.accepted',
        'invitation.accepted',
        'invitation.created',
        'api_key.created',
        'export.started',
        'source.created',
        'source.created',
        'brand_voice.created',
        'account.connected',
        'post.created',
        'webhook.created',
        'media.uploaded',
      ].sort(),
    );
    expect(await env.DB.prepare('SELECT count(*) AS n FROM refresh_tokens').first('n')).toBeGreaterThanOrEqual(4);
  }, 60_000);
});

/**
 * A row with what differs between any two writes of the same thing masked: ids, request ids,
 * addresses, hashes and random path tokens by their shape, times by their type.
 */
function masked(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(row).map(([column, value]) => {
      if (column.endsWith('_at')) return [column, value === null ? null : typeof value];
      if (typeof value !== 'string') return [column, value];
      return [
        column,
        value
          .replace(/\b[a-z]+_[0-9A-HJKMNP-TV-Z]{26}\b/g, '<id>')
          .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<uuid>')
          .replace(/[\w.+-]+@example\.com/g, '<email>')
          .replace(/\b[0-9a-f]{64}\b/g, '<sha256>')
          .replace(/\bcn_[0-9A-Za-z]{7,40}\b/g, (key) => `<key ${key.length}>`)
          .replace(/\$[\w-]{22}\$[\w-]{43}$/, '$<salt>$<hash>'),
      ];
    }),
  );
}

type Row = Record<string, unknown>;

/** What the API-built workspace below audits: the admin's invitation and a pending one are both created. */
const AUDITED = [
  'workspace.created',
  'user.signed_up',
  'invitation.accepted',
  'invitation.created',
  'invitation.created',
  'api_key.created',
  'export.started',
  'source.created',
  'brand_voice.created',
  'webhook.created',
];

async function rows(sql: string, ...params: unknown[]): Promise<Row[]> {
  const result = await env.DB.prepare(sql)
    .bind(...params)
    .all<Record<string, unknown>>();
  return result.results.map(masked);
}

describe('the seeded world, against what the API writes', () => {
  it('holds the rows the API and its jobs write for the same actions', async () => {
    const w = await seedWorld();
    // The same actions through the API, queues included, in a workspace of its own.
    const real = await signUp({ workspaceName: 'World' });
    const admin = await memberOf(real, 'admin');
    const invited = await call(`/api/v1/workspaces/${real.workspaceId}/members`, {
      token: real.token,
      body: { email: uniqueEmail(), role: 'viewer' },
    });
    expect(invited.status).toBe(201);
    await apiKeyFor(real, 'viewer');
    const exported = await json<{ jobId: string }>(
      await call(`/api/v1/workspaces/${real.workspaceId}/exports`, { method: 'POST', token: real.token }),
    );
    await settled(real, exported.jobId);
    const source = await addSource(real, { type: 'feed', url: fixtureFeedUrl() });
    const voice = await call(`/api/v1/workspaces/${real.workspaceId}/brand-voices`, {
      token: real.token,
      body: { name: 'House style', description: 'Warm, direct, no jargon.', dos: ['Use "you"'], examples: ['Hi!'] },
    });
    expect(voice.status).toBe(201);
    const hook = await call(`/api/v1/workspaces/${real.workspaceId}/webhooks`, {
      token: real.token,
      body: { url: fixtureHookUrl(), events: ['*'] },
    });
    expect(hook.status).toBe(201);
    await quiet(real);

    const both = async (sql: string, seeded: unknown[], api: unknown[]): Promise<Row[][]> => [
      await rows(sql, ...seeded),
      await rows(sql, ...api),
    ];
    const compare = async (what: string, sql: string, seeded: unknown[], api: unknown[]) => {
      const [fromSeed = [], fromApi] = await both(sql, seeded, api);
      expect(fromSeed, what).toEqual(fromApi);
      expect(fromSeed.length, what).toBeGreaterThan(0);
    };
    await compare('the owner', 'SELECT * FROM users WHERE id = ?', [w.owner.id], [real.id]);
    await compare('a session', 'SELECT * FROM refresh_tokens WHERE user_id = ?', [w.owner.id], [real.id]);
    await compare(
      'memberships',
      "SELECT * FROM memberships WHERE workspace_id = ? AND role IN ('owner', 'admin') ORDER BY role",
      [w.workspaceId],
      [real.workspaceId],
    );
    await compare(
      'the invitations: the admin, accepted, and a pending one',
      "SELECT * FROM invitations WHERE workspace_id = ? AND (accepted_at IS NULL OR role = 'admin') ORDER BY role",
      [w.workspaceId],
      [real.workspaceId],
    );
    await compare('the key', 'SELECT * FROM api_keys WHERE workspace_id = ?', [w.workspaceId], [real.workspaceId]);
    await compare(
      'the voice',
      'SELECT * FROM brand_voices WHERE workspace_id = ?',
      [w.workspaceId],
      [real.workspaceId],
    );
    // The sealed secret differs by its random IV, and by the secret: compared by its shape.
    const webhookRow =
      "SELECT id, workspace_id, url, description, events, active, disabled_reason, consecutive_failures, failing_since, last_success_at, created_by, created_at, updated_at, secret LIKE 'v1.%' AS sealed FROM webhooks WHERE workspace_id = ?";
    await compare('the webhook', webhookRow, [w.workspaceId], [real.workspaceId]);
    await compare('the feed source', 'SELECT * FROM sources WHERE id = ?', [w.sourceId], [source.id]);
    await compare(
      'its items',
      'SELECT * FROM content_items WHERE source_id = ? ORDER BY external_id',
      [w.sourceId],
      [source.id],
    );
    await compare(
      'their analyses',
      'SELECT a.* FROM content_analysis a JOIN content_items c ON c.id = a.content_id WHERE c.source_id = ? ORDER BY c.external_id',
      [w.sourceId],
      [source.id],
    );
    // Every audit entry the API wrote has its like among the seeded ones.
    const [seededAudit = [], apiAudit = []] = await both(
      'SELECT * FROM audit_log WHERE workspace_id = ?',
      [w.workspaceId],
      [real.workspaceId],
    );
    expect(apiAudit.map((entry) => entry.action).sort()).toEqual([...AUDITED].sort());
    for (const entry of apiAudit) expect(seededAudit, String(entry.action)).toContainEqual(entry);
    // The export: the job as the runner leaves it (the file's size aside), and a file of the same shape.
    const [seededJob = [], apiJob = []] = await both('SELECT * FROM jobs WHERE id = ?', [w.jobId], [exported.jobId]);
    const withoutBytes = (job: Record<string, unknown> | undefined) => ({
      ...job,
      result: JSON.stringify(Object.keys(JSON.parse(String(job?.result)) as object).sort()),
    });
    expect(withoutBytes(seededJob[0])).toEqual(withoutBytes(apiJob[0]));
    const file = async (user: { token: string; workspaceId: string }, jobId: string) =>
      json<Record<string, unknown[]>>(
        await call(`/api/v1/workspaces/${user.workspaceId}/exports/${jobId}`, { token: user.token }),
      );
    const [seededFile, apiFile] = [await file(w.owner, w.jobId), await file(real, exported.jobId)];
    expect(Object.keys(seededFile).sort()).toEqual(Object.keys(apiFile).sort());
    for (const section of ['members', 'invitations', 'apiKeys', 'auditLog'])
      expect(Object.keys(seededFile[section]?.[0] ?? {}).sort(), section).toEqual(
        Object.keys(apiFile[section]?.[0] ?? {}).sort(),
      );
    expect(admin.workspaceId).toBe(real.workspaceId);
  }, 60_000);

  it('holds the items and metric snapshots ingest writes for two reads of a subreddit', async () => {
    const w = await seedWorld();
    const other = await signUp();
    const source = await sourceFor(other, 'reddit');
    const { items } = await fixtureRedditRead();
    await ingest(source, 'reddit', items);
    await ingest(source, 'reddit', items);
    const [seeded, real] = [w.redditSourceId, source.id];
    const itemRows = 'SELECT * FROM content_items WHERE source_id = ? ORDER BY external_id';
    expect(await rows(itemRows, seeded)).toEqual(await rows(itemRows, real));
    const snapshots =
      'SELECT c.external_id, m.views, m.likes, m.comments, m.shares, m.score FROM metric_snapshots m JOIN content_items c ON c.id = m.content_id WHERE c.source_id = ? ORDER BY c.external_id';
    const seededSnapshots = await rows(snapshots, seeded);
    expect(seededSnapshots).toEqual(await rows(snapshots, real));
    expect(seededSnapshots).toHaveLength(items.length * 2);
  });
});
