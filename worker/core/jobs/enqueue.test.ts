import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { callWith } from '../../../test/call-with';
import { expectProblem, signUp } from '../../../test/factories';

describe('a queue that refuses a job', () => {
  it('answers 503 naming the job, which stays visible as failed and retryable, with its audit entry', async () => {
    const owner = await signUp();
    const refusing = { send: () => Promise.reject(new Error('queue is down')) } as unknown as Queue;
    const res = await callWith({ REPORTS: refusing }, `/api/v1/workspaces/${owner.workspaceId}/exports`, {
      method: 'POST',
      token: owner.token,
    });
    const problem = await expectProblem(res, 503);
    expect(problem.type).toMatch(/queue-unavailable$/);
    expect(res.headers.get('Retry-After')).toBe('30');
    const job = await env.DB.prepare("SELECT id, status FROM jobs WHERE kind = 'workspace.export' AND workspace_id = ?")
      .bind(owner.workspaceId)
      .first<{ id: string; status: string }>();
    expect(job?.status).toBe('failed');
    expect(problem.detail).toContain(job?.id);
    const audit = await env.DB.prepare(
      "SELECT count(*) AS n FROM audit_log WHERE action = 'export.started' AND target_id = ?",
    )
      .bind(job?.id)
      .first<{ n: number }>();
    expect(audit?.n).toBe(1);
  });
});
