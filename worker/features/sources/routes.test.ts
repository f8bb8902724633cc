import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call, expectProblem, json, memberOf, signUp } from '../../../test/factories';
import { settled } from '../../../test/jobs';
import { addSource, fixtureFeedUrl, type SourceBody } from '../../../test/sources';

const sources = (wid: string) => `/api/v1/workspaces/${wid}/sources`;

describe('adding sources', () => {
  it('adds a feed, reads it at once and shows what it found', async () => {
    const owner = await signUp();
    const source = await addSource(owner, { type: 'feed', url: fixtureFeedUrl(), intervalMinutes: 30 });
    expect(source).toMatchObject({
      status: 'active',
      itemCount: 3,
      lastError: null,
      consecutiveFailures: 0,
      runningJobId: null,
    });
    // Added without a name: it takes the feed's own title once read.
    expect(source.name).toBe('Harbour Bakery Journal');
    expect(source.details).toMatchObject({ title: 'Harbour Bakery Journal' });
    const due = new Date(source.nextRunAt ?? 0).getTime() - Date.now();
    expect(due).toBeGreaterThan(28 * 60_000);
    expect(due).toBeLessThanOrEqual(30 * 60_000);
  });

  it('keeps the name someone gave it', async () => {
    const owner = await signUp();
    const source = await addSource(owner, { type: 'feed', url: fixtureFeedUrl(), name: 'Competitor: Harbour' });
    expect(source.name).toBe('Competitor: Harbour');
  });

  it('adds a web page and reads its article', async () => {
    const owner = await signUp();
    const source = await addSource(owner, {
      type: 'web',
      url: `${env.FIXTURE_ORIGIN}/t/${crypto.randomUUID()}/files/pipeline/article.html`,
    });
    expect(source).toMatchObject({ status: 'active', itemCount: 1, lastError: null });
    const content = await json<{ items: { title: string; platform: string; imageUrl: string | null }[] }>(
      await call(`/api/v1/workspaces/${owner.workspaceId}/content?sourceId=${source.id}`, { token: owner.token }),
    );
    expect(content.items).toEqual([
      expect.objectContaining({
        title: 'How we doubled our weekend orders',
        platform: 'web',
        imageUrl: expect.stringMatching(/^\/api\/v1\/images\//),
      }),
    ]);
  });

  it('names the field that is wrong, and refuses a URL the outbound guard refuses', async () => {
    const owner = await signUp();
    for (const [body, path] of [
      [{ type: 'feed' }, 'url'],
      [{ type: 'feed', url: 'ftp://example.com/feed' }, 'url'],
      [{ type: 'feed', url: 'http://10.0.0.8/feed.xml' }, 'url'],
      [{ type: 'feed', url: 'https://feeds.private.test/rss' }, 'url'],
      [{ type: 'feed', url: 'http://localhost/feed' }, 'url'],
      [{ type: 'carrier-pigeon', url: 'https://a.example/' }, 'type'],
      [{ type: 'feed', url: 'https://blog.public.test/feed', intervalMinutes: 5 }, 'intervalMinutes'],
    ] as const) {
      const problem = await expectProblem(await call(sources(owner.workspaceId), { token: owner.token, body }), 400);
      expect(
        problem.errors?.map((e) => e.path),
        JSON.stringify(body),
      ).toContain(path);
    }
    const list = await json<{ items: unknown[] }>(await call(sources(owner.workspaceId), { token: owner.token }));
    expect(list.items).toEqual([]);
  });

  it('refuses the same source twice, however its URL is spelled', async () => {
    const owner = await signUp();
    const url = fixtureFeedUrl();
    await addSource(owner, { type: 'feed', url });
    await expectProblem(
      await call(sources(owner.workspaceId), { token: owner.token, body: { type: 'feed', url: `${url}#top` } }),
      409,
    );
  });

  it('is for admins; editors may run, viewers may read', async () => {
    const owner = await signUp();
    const editor = await memberOf(owner, 'editor');
    await expectProblem(
      await call(sources(owner.workspaceId), { token: editor.token, body: { type: 'feed', url: fixtureFeedUrl() } }),
      403,
    );
    const source = await addSource(owner, { type: 'feed', url: fixtureFeedUrl() });
    const run = await call(`${sources(owner.workspaceId)}/${source.id}/run`, { method: 'POST', token: editor.token });
    expect(run.status).toBe(202);
  });
});

describe('adding a source is one change', () => {
  const count = async (sql: string, workspaceId: string) =>
    (await env.DB.prepare(sql).bind(workspaceId).first<{ n: number }>())?.n;

  it('leaves no source, job or audit entry behind when its first read cannot be recorded', async () => {
    const owner = await signUp();
    await env.DB.exec(
      "CREATE TRIGGER jobs_refused BEFORE INSERT ON jobs BEGIN SELECT RAISE(ABORT, 'jobs refused'); END;",
    );
    try {
      const res = await call(sources(owner.workspaceId), {
        token: owner.token,
        body: { type: 'feed', url: fixtureFeedUrl() },
      });
      expect(res.status).toBe(500);
    } finally {
      await env.DB.exec('DROP TRIGGER jobs_refused;');
    }
    expect(await count('SELECT count(*) AS n FROM sources WHERE workspace_id = ?', owner.workspaceId)).toBe(0);
    expect(await count('SELECT count(*) AS n FROM jobs WHERE workspace_id = ?', owner.workspaceId)).toBe(0);
    expect(
      await count(
        "SELECT count(*) AS n FROM audit_log WHERE workspace_id = ? AND action LIKE 'source.%'",
        owner.workspaceId,
      ),
    ).toBe(0);
  });

  it('writes the run-now claim, its job and its audit entry together, and only for the request that won', async () => {
    const owner = await signUp();
    const source = await addSource(owner, { type: 'feed', url: fixtureFeedUrl() });
    const run = () => call(`${sources(owner.workspaceId)}/${source.id}/run`, { method: 'POST', token: owner.token });
    const [a, b] = await Promise.all([run(), run()]);
    const ids = [(await json<{ jobId: string }>(a)).jobId, (await json<{ jobId: string }>(b)).jobId];
    expect(ids[0]).toBe(ids[1]);
    const requested = await env.DB.prepare(
      "SELECT target_id, metadata FROM audit_log WHERE workspace_id = ? AND action = 'source.run_requested'",
    )
      .bind(owner.workspaceId)
      .all<{ metadata: string }>();
    expect(requested.results).toHaveLength(1);
    expect(JSON.parse(requested.results[0]?.metadata ?? '{}').jobId).toBe(ids[0]);
    expect(
      await count(
        "SELECT count(*) AS n FROM jobs WHERE workspace_id = ? AND kind = 'source.ingest'",
        owner.workspaceId,
      ),
    ).toBe(2);
  });
});

describe('reading again', () => {
  it('never duplicates items, uses conditional GET, and answers the running job to a second "run now"', async () => {
    const owner = await signUp();
    const token = crypto.randomUUID();
    const source = await addSource(owner, { type: 'feed', url: fixtureFeedUrl(token) });
    const first = await json<{ jobId: string }>(
      await call(`${sources(owner.workspaceId)}/${source.id}/run`, { method: 'POST', token: owner.token }),
    );
    const second = await json<{ jobId: string }>(
      await call(`${sources(owner.workspaceId)}/${source.id}/run`, { method: 'POST', token: owner.token }),
    );
    expect(second.jobId).toBe(first.jobId);
    await settled(owner, first.jobId);
    const job = await json<{ status: string; result: { notModified: boolean }; subject: unknown }>(
      await call(`/api/v1/workspaces/${owner.workspaceId}/jobs/${first.jobId}`, { token: owner.token }),
    );
    expect(job).toMatchObject({
      status: 'succeeded',
      result: { notModified: true },
      subject: { type: 'source', id: source.id },
    });
    const reads = await json<{ items: { id: string }[] }>(
      await call(`/api/v1/workspaces/${owner.workspaceId}/jobs?subjectId=${source.id}`, { token: owner.token }),
    );
    expect(reads.items.map((j) => j.id)).toContain(first.jobId);
    expect(reads.items).toHaveLength(2);
    const feedRequests = (
      (await (await fetch(`${env.FIXTURE_ORIGIN}/__requests/${token}`)).json()) as {
        path: string;
        headers: Record<string, string>;
      }[]
    ).filter((r) => r.path.endsWith('feed.xml'));
    expect(feedRequests).toHaveLength(2);
    expect(feedRequests[1]?.headers['if-none-match']).toBeTruthy();
    const count = await env.DB.prepare('SELECT count(*) AS n FROM content_items WHERE source_id = ?')
      .bind(source.id)
      .first<{ n: number }>();
    expect(count?.n).toBe(3);
  });
});

describe('managing sources', () => {
  it('pauses, resumes (reading at once), reschedules and renames', async () => {
    const owner = await signUp();
    const source = await addSource(owner, { type: 'feed', url: fixtureFeedUrl() });
    const url = `${sources(owner.workspaceId)}/${source.id}`;
    const paused = await json<SourceBody>(
      await call(url, { method: 'PATCH', token: owner.token, body: { status: 'paused' } }),
    );
    expect(paused).toMatchObject({ status: 'paused', pausedReason: 'manual', nextRunAt: null });
    const resumed = await json<SourceBody>(
      await call(url, {
        method: 'PATCH',
        token: owner.token,
        body: { status: 'active', name: 'Bakery', intervalMinutes: 120 },
      }),
    );
    expect(resumed).toMatchObject({ status: 'active', pausedReason: null, name: 'Bakery' });
    expect(resumed.runningJobId).toBeTruthy();
  });

  it('deletes a source with the content read from it', async () => {
    const owner = await signUp();
    const source = await addSource(owner, { type: 'feed', url: fixtureFeedUrl() });
    expect(
      (await call(`${sources(owner.workspaceId)}/${source.id}`, { method: 'DELETE', token: owner.token })).status,
    ).toBe(204);
    const content = await json<{ items: unknown[] }>(
      await call(`/api/v1/workspaces/${owner.workspaceId}/content`, { token: owner.token }),
    );
    expect(content.items).toEqual([]);
    await expectProblem(await call(`${sources(owner.workspaceId)}/${source.id}`, { token: owner.token }), 404);
  });

  it('lists by type and status, newest first', async () => {
    const owner = await signUp();
    const a = await addSource(owner, { type: 'feed', url: fixtureFeedUrl() });
    const b = await addSource(owner, { type: 'feed', url: fixtureFeedUrl() });
    await call(`${sources(owner.workspaceId)}/${a.id}`, {
      method: 'PATCH',
      token: owner.token,
      body: { status: 'paused' },
    });
    const active = await json<{ items: SourceBody[] }>(
      await call(`${sources(owner.workspaceId)}?status=active&type=feed`, { token: owner.token }),
    );
    expect(active.items.map((s) => s.id)).toEqual([b.id]);
  });
});
