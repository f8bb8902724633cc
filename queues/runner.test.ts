import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { useProviders } from '../test/ai';
import { call, expectProblem, json, signUp, type TestUser } from '../test/factories';
import { settled } from '../test/jobs';
import { deliver } from '../test/queue';
import { DEAD_LETTER_QUEUE, QUEUES } from './contracts';
import { backoffSeconds } from './runner';

interface Job {
  id: string;
  status: string;
  progress: number;
  message: string | null;
  attempts: number;
  parked: boolean;
  error: { message: string } | null;
  result: { downloadPath: string; members: number; bytes: number } | null;
}

const getJob = async (user: TestUser, jobId: string) =>
  json<Job>(await call(`/api/v1/workspaces/${user.workspaceId}/jobs/${jobId}`, { token: user.token }));

/** A job row as the API would create it, without sending it anywhere, to drive the consumer by hand. */
async function storedJob(user: TestUser, kind = 'workspace.export') {
  const id = `job_TEST${crypto.randomUUID().replaceAll('-', '').slice(0, 22).toUpperCase()}`;
  const payload = { v: 1, jobId: id, workspaceId: user.workspaceId, kind };
  const now = Date.now();
  await env.DB.prepare(
    "INSERT INTO jobs (id, workspace_id, kind, status, progress, queue, payload, attempts, created_at, updated_at) VALUES (?, ?, ?, 'queued', 0, 'reports', ?, 0, ?, ?)",
  )
    .bind(id, user.workspaceId, kind, JSON.stringify(payload), now, now)
    .run();
  return { id, payload };
}

describe('workspace export through the queue', () => {
  it('runs in the background, reports progress, and leaves a download without secrets', async () => {
    const owner = await signUp();
    await useProviders(owner, [{ kind: 'openai', apiKey: 'sk-export-never-0042' }]);
    await call(`/api/v1/workspaces/${owner.workspaceId}/brand-voices`, {
      token: owner.token,
      body: { name: 'Plain', description: 'No jargon.' },
    });
    const res = await call(`/api/v1/workspaces/${owner.workspaceId}/exports`, { method: 'POST', token: owner.token });
    expect(res.status).toBe(202);
    const { jobId } = await json<{ jobId: string }>(res);
    await settled(owner, jobId);
    const job = await getJob(owner, jobId);
    expect(job).toMatchObject({ status: 'succeeded', progress: 100, attempts: 1, parked: false, error: null });
    expect(job.result?.members).toBe(1);

    const download = await call(job.result?.downloadPath ?? '', { token: owner.token });
    expect(download.status).toBe(200);
    expect(download.headers.get('Content-Disposition')).toMatch(/attachment/);
    const text = await download.text();
    const exported = JSON.parse(text);
    expect(exported.format).toBe('crowsnest.workspace-export.v1');
    expect(exported.members).toHaveLength(1);
    expect(exported.auditLog.length).toBeGreaterThan(0);
    expect(exported.brandVoices.map((v: { name: string }) => v.name)).toEqual(['Plain']);
    expect(exported.aiSettings.providers).toEqual([
      { kind: 'openai', model: 'gpt-4o-mini', baseUrl: null, keyHint: '0042' },
    ]);
    expect(text).not.toMatch(/pbkdf2|password_hash|passwordHash|keyHash|tokenHash|sealedKey|sk-export/);
  });
});

describe('the job runner', () => {
  it('retries a failing attempt with backoff and keeps the error visible', async () => {
    const owner = await signUp();
    const { id, payload } = await storedJob(owner);
    const brokenStorage = {
      createMultipartUpload: () => Promise.reject(new Error('R2 is down')),
    } as unknown as R2Bucket;
    const result = await deliver(QUEUES.reports, payload, 2, { MEDIA: brokenStorage });
    expect(result.acked).toBe(false);
    expect(result.retried?.delaySeconds).toBeGreaterThanOrEqual(48);
    expect(result.retried?.delaySeconds).toBeLessThanOrEqual(72);
    const job = await getJob(owner, id);
    expect(job).toMatchObject({ status: 'queued', attempts: 2, parked: false, error: { message: 'R2 is down' } });
    expect(job.message).toMatch(/retrying/);
  });

  it('parks a job no retry can help at once', async () => {
    const owner = await signUp();
    const { id, payload } = await storedJob(owner, 'no.such.kind');
    const result = await deliver(QUEUES.reports, payload);
    expect(result).toEqual({ acked: true });
    expect(await getJob(owner, id)).toMatchObject({
      status: 'failed',
      parked: true,
      error: { message: expect.stringMatching(/no\.such\.kind/) },
    });
  });

  it('lists jobs by kind and status', async () => {
    const owner = await signUp();
    const { id } = await storedJob(owner);
    const byKind = await json<{ items: Job[] }>(
      await call(`/api/v1/workspaces/${owner.workspaceId}/jobs?kind=workspace.export&status=queued`, {
        token: owner.token,
      }),
    );
    expect(byKind.items.map((j) => j.id)).toEqual([id]);
    await expectProblem(
      await call(`/api/v1/workspaces/${owner.workspaceId}/jobs?kind=nope`, { token: owner.token }),
      400,
    );
  });

  it('does not run a job twice when a message is delivered again', async () => {
    const owner = await signUp();
    const { id, payload } = await storedJob(owner);
    await deliver(QUEUES.reports, payload);
    const first = await getJob(owner, id);
    expect(first.status).toBe('succeeded');
    const again = await deliver(QUEUES.reports, payload);
    expect(again).toEqual({ acked: true });
    expect((await getJob(owner, id)).attempts).toBe(first.attempts);
  });

  it('sends malformed messages on towards the dead-letter queue', async () => {
    const result = await deliver(QUEUES.reports, { hello: 'world' });
    expect(result.acked).toBe(false);
    expect(result.retried).toBeDefined();
  });

  it('backs off from 30 s, doubling, to at most an hour', () => {
    for (const [attempts, base] of [
      [1, 30],
      [2, 60],
      [3, 120],
      [8, 3600],
      [20, 3600],
    ] as const) {
      const delay = backoffSeconds(attempts);
      expect(delay).toBeGreaterThanOrEqual(base * 0.8);
      expect(delay).toBeLessThanOrEqual(base * 1.2);
    }
  });
});

describe('dead letters', () => {
  it('parks the job as failed where users can see it, and a retry runs it again', async () => {
    const owner = await signUp();
    const { id, payload } = await storedJob(owner);
    await env.DB.prepare('UPDATE jobs SET attempts = 5, error = \'{"message":"R2 is down"}\' WHERE id = ?')
      .bind(id)
      .run();
    expect(await deliver(DEAD_LETTER_QUEUE, payload, 1)).toEqual({ acked: true });
    const parked = await getJob(owner, id);
    expect(parked).toMatchObject({ status: 'failed', parked: true, error: { message: 'R2 is down' } });

    const failed = await json<{ items: Job[] }>(
      await call(`/api/v1/workspaces/${owner.workspaceId}/jobs?status=failed`, { token: owner.token }),
    );
    expect(failed.items.map((j) => j.id)).toEqual([id]);

    const retry = await call(`/api/v1/workspaces/${owner.workspaceId}/jobs/${id}/retry`, {
      method: 'POST',
      token: owner.token,
    });
    expect(retry.status).toBe(202);
    await settled(owner, id);
    expect(await getJob(owner, id)).toMatchObject({ status: 'succeeded', parked: false, error: null });
    // Only failed jobs can be retried.
    await expectProblem(
      await call(`/api/v1/workspaces/${owner.workspaceId}/jobs/${id}/retry`, { method: 'POST', token: owner.token }),
      409,
    );
  });
});
