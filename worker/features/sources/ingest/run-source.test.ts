import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { QUEUES } from '../../../../queues/contracts';
import { call, json, signUp, type TestUser } from '../../../../test/factories';
import { settled } from '../../../../test/jobs';
import { deliver } from '../../../../test/queue';
import { fixtureFeedUrl } from '../../../../test/sources';
import { trendsReader } from '../../../connectors/readers/trends/reader';
import { CRONS } from '../../../core/crons';
import worker from '../../../index';
import { PAUSE_AFTER_FAILURES } from './failures';

/** A source row as the API would store it, without starting a read, so tests drive the consumer. */
async function storedSource(user: TestUser, url: string, overrides: Record<string, unknown> = {}) {
  const id = `src_TEST${crypto.randomUUID().replaceAll('-', '').slice(0, 22).toUpperCase()}`;
  const now = Date.now();
  const row = {
    next_run_at: now,
    status: 'active',
    consecutive_failures: 0,
    type: 'feed',
    name: 'Test feed',
    config: { url } as Record<string, string>,
    details: null as Record<string, unknown> | null,
    ...overrides,
  };
  await env.DB.prepare(
    'INSERT INTO sources (id, workspace_id, type, name, config, identity, interval_minutes, status, next_run_at, consecutive_failures, item_count, details, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 60, ?, ?, ?, 0, ?, ?, ?)',
  )
    .bind(
      id,
      user.workspaceId,
      row.type,
      row.name,
      JSON.stringify(row.config),
      `${row.type}:${JSON.stringify(row.config)}`,
      row.status,
      row.next_run_at,
      row.consecutive_failures,
      row.details ? JSON.stringify(row.details) : null,
      now,
      now,
    )
    .run();
  return id;
}

async function storedJob(user: TestUser, sourceId: string) {
  const id = `job_TEST${crypto.randomUUID().replaceAll('-', '').slice(0, 22).toUpperCase()}`;
  const payload = { v: 1, jobId: id, workspaceId: user.workspaceId, kind: 'source.ingest', sourceId };
  const now = Date.now();
  await env.DB.prepare(
    "INSERT INTO jobs (id, workspace_id, kind, status, progress, queue, payload, attempts, created_at, updated_at) VALUES (?, ?, 'source.ingest', 'queued', 0, 'ingest', ?, 0, ?, ?)",
  )
    .bind(id, user.workspaceId, JSON.stringify(payload), now, now)
    .run();
  await env.DB.prepare('UPDATE sources SET running_job_id = ? WHERE id = ?').bind(id, sourceId).run();
  return { id, payload };
}

const sourceRow = (id: string) =>
  env.DB.prepare(
    'SELECT status, paused_reason, last_error, consecutive_failures, next_run_at, running_job_id FROM sources WHERE id = ?',
  )
    .bind(id)
    .first<{
      status: string;
      paused_reason: string | null;
      last_error: string | null;
      consecutive_failures: number;
      next_run_at: number;
      running_job_id: string | null;
    }>();

describe('a source that fails', () => {
  it('keeps its last error, counts failures, backs off, and is retried by the queue', async () => {
    const user = await signUp();
    const id = await storedSource(user, `${env.FIXTURE_ORIGIN}/status/503`);
    const { payload } = await storedJob(user, id);
    const outcome = await deliver(QUEUES.ingest, payload);
    expect(outcome.acked).toBe(false);
    expect(outcome.retried?.delaySeconds).toBeGreaterThan(0);
    const row = await sourceRow(id);
    expect(row).toMatchObject({
      status: 'active',
      consecutive_failures: 1,
      last_error: expect.stringContaining('answered 503'),
    });
    // Backed off: two intervals rather than one.
    expect((row?.next_run_at ?? 0) - Date.now()).toBeGreaterThan(110 * 60_000);
  });

  it(`pauses itself after ${PAUSE_AFTER_FAILURES} failures in a row and parks its job`, async () => {
    const user = await signUp();
    const id = await storedSource(user, `${env.FIXTURE_ORIGIN}/status/503`, {
      consecutive_failures: PAUSE_AFTER_FAILURES - 1,
    });
    const job = await storedJob(user, id);
    expect(await deliver(QUEUES.ingest, job.payload)).toEqual({ acked: true });
    expect(await sourceRow(id)).toMatchObject({
      status: 'paused',
      paused_reason: 'failing',
      consecutive_failures: PAUSE_AFTER_FAILURES,
      running_job_id: null,
    });
    const parked = await json<{ status: string; parked: boolean; error: { message: string } }>(
      await call(`/api/v1/workspaces/${user.workspaceId}/jobs/${job.id}`, { token: user.token }),
    );
    expect(parked).toMatchObject({
      status: 'failed',
      parked: true,
      error: { message: expect.stringMatching(/paused/) },
    });
    // The cron leaves it alone until someone resumes it.
    const ctx = createExecutionContext();
    await worker.scheduled(
      createScheduledController({ cron: CRONS.everyQuarterHour, scheduledTime: Date.now() + 86_400_000 }),
      env,
      ctx,
    );
    await waitOnExecutionContext(ctx);
    expect((await sourceRow(id))?.running_job_id).toBeNull();
  });

  it('does not retry what retrying cannot fix (a 404), but counts it', async () => {
    const user = await signUp();
    const id = await storedSource(user, `${env.FIXTURE_ORIGIN}/status/404`);
    const job = await storedJob(user, id);
    expect(await deliver(QUEUES.ingest, job.payload)).toEqual({ acked: true });
    expect(await sourceRow(id)).toMatchObject({
      status: 'active',
      consecutive_failures: 1,
      last_error: expect.stringContaining('404'),
    });
  });

  it('forgets its failures after a good read', async () => {
    const user = await signUp();
    const id = await storedSource(user, fixtureFeedUrl(), { consecutive_failures: 4 });
    const job = await storedJob(user, id);
    expect(await deliver(QUEUES.ingest, job.payload)).toEqual({ acked: true });
    expect(await sourceRow(id)).toMatchObject({ consecutive_failures: 0, last_error: null, running_job_id: null });
  });

  it('skips a source deleted before its read', async () => {
    const user = await signUp();
    const id = await storedSource(user, fixtureFeedUrl());
    const job = await storedJob(user, id);
    await env.DB.prepare('DELETE FROM sources WHERE id = ?').bind(id).run();
    expect(await deliver(QUEUES.ingest, job.payload)).toEqual({ acked: true });
  });
});

describe('a successful read', () => {
  it('stores sanitized HTML, the image in R2 by its SHA-256, and queues analysis', async () => {
    const user = await signUp();
    const id = await storedSource(user, fixtureFeedUrl());
    const job = await storedJob(user, id);
    await deliver(QUEUES.ingest, job.payload);
    const item = await env.DB.prepare(
      "SELECT id, html, image_key FROM content_items WHERE external_id = 'bakery-post-1'",
    ).first<{ id: string; html: string; image_key: string }>();
    expect(item?.html).toContain('<strong>twice a day</strong>');
    expect(item?.html).not.toMatch(/script|onerror|alert/);
    expect(item?.image_key).toMatch(/^images\/sha256\/[0-9a-f]{64}$/);
    expect((await env.MEDIA.head(item?.image_key ?? ''))?.httpMetadata?.contentType).toBe('image/png');
    const analyze = await env.DB.prepare(
      "SELECT id, payload FROM jobs WHERE kind = 'content.analyze' AND workspace_id = ?",
    )
      .bind(user.workspaceId)
      .all<{ id: string; payload: string }>();
    expect(analyze.results).toHaveLength(1);
    expect(JSON.parse(analyze.results[0]?.payload ?? '{}').contentIds).toHaveLength(3);
    await settled(user, analyze.results[0]?.id ?? '');
  });
});

describe('the name of a source nobody named', () => {
  const nameOf = async (id: string) =>
    (await env.DB.prepare('SELECT name FROM sources WHERE id = ?').bind(id).first<{ name: string }>())?.name;
  const readTrends = async (user: TestUser, id: string) => {
    const job = await storedJob(user, id);
    const bindings = { TRENDS_BASE: `${env.FIXTURE_ORIGIN}/trends` };
    expect(await deliver(QUEUES.ingest, job.payload, 1, bindings)).toEqual({ acked: true });
  };

  it('keeps telling two Google Trends regions apart after their reads (both feeds call themselves the same)', async () => {
    const user = await signUp();
    const ids: string[] = [];
    for (const geo of ['US', 'IS']) {
      const id = await storedSource(user, '', {
        type: 'trends',
        config: { geo },
        name: trendsReader.defaultName({ geo }),
      });
      await readTrends(user, id);
      ids.push(id);
    }
    expect(await Promise.all(ids.map(nameOf))).toEqual(['Google Trends: United States', 'Google Trends: Iceland']);
  });

  it('gives its region back to a trends source an earlier read renamed after the feed, and keeps a given name', async () => {
    const user = await signUp();
    const renamed = await storedSource(user, '', {
      type: 'trends',
      config: { geo: 'US' },
      name: 'Daily Search Trends',
      details: { title: 'Daily Search Trends' },
    });
    const given = await storedSource(user, '', { type: 'trends', config: { geo: 'IS' }, name: 'Iceland watch' });
    await readTrends(user, renamed);
    await readTrends(user, given);
    expect(await nameOf(renamed)).toBe('Google Trends: United States');
    expect(await nameOf(given)).toBe('Iceland watch');
  });
});

describe('the 15-minute cron', () => {
  it('queues reads of active sources that are due, and only those', async () => {
    const user = await signUp();
    const due = await storedSource(user, fixtureFeedUrl());
    const later = await storedSource(user, fixtureFeedUrl(), { next_run_at: Date.now() + 3_600_000 });
    const paused = await storedSource(user, fixtureFeedUrl(), { status: 'paused' });
    const ctx = createExecutionContext();
    await worker.scheduled(
      createScheduledController({ cron: CRONS.everyQuarterHour, scheduledTime: Date.now() }),
      env,
      ctx,
    );
    await waitOnExecutionContext(ctx);
    expect((await sourceRow(due))?.running_job_id).toMatch(/^job_/);
    expect((await sourceRow(later))?.running_job_id).toBeNull();
    expect((await sourceRow(paused))?.running_job_id).toBeNull();
  });
});
