import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call, expectProblem, json, memberOf, ORIGIN, signUp, type TestUser } from '../test/factories';
import { settled } from '../test/jobs';
import type { LiveEvent } from './live-events';

async function ticketFor(user: TestUser, workspaceId = user.workspaceId) {
  const res = await call(`/api/v1/workspaces/${workspaceId}/live/tickets`, { method: 'POST', token: user.token });
  expect(res.status).toBe(201);
  return json<{ ticket: string; url: string; expiresIn: number }>(res);
}

/** Opens the live socket like a browser and collects what arrives. */
async function connect(path: string) {
  const res = await exports.default.fetch(`${ORIGIN}${path}`, { headers: { Upgrade: 'websocket' } });
  const socket = res.webSocket;
  if (!socket) throw new Error(`no WebSocket (status ${res.status}): ${await res.text()}`);
  socket.accept();
  const received: (LiveEvent | { type: 'hello' })[] = [];
  const closed = new Promise<{ code: number }>((resolve) =>
    socket.addEventListener('close', (e) => resolve({ code: e.code })),
  );
  socket.addEventListener('message', (e) => {
    if (e.data !== 'pong') received.push(JSON.parse(String(e.data)));
  });
  await expect.poll(() => received.length).toBeGreaterThan(0);
  return { socket, received, closed };
}

describe('live updates', () => {
  it('issues a wss URL with a one-minute ticket', async () => {
    const user = await signUp();
    const { url, expiresIn } = await ticketFor(user);
    expect(url).toMatch(new RegExp(`^wss://crowsnest\\.test/api/v1/workspaces/${user.workspaceId}/live\\?ticket=`));
    expect(expiresIn).toBe(60);
  });

  it('streams job progress and entity changes of the workspace', async () => {
    const owner = await signUp();
    const { url } = await ticketFor(owner);
    const live = await connect(new URL(url).pathname + new URL(url).search);
    expect(live.received[0]).toMatchObject({ type: 'hello' });

    const { jobId } = await json<{ jobId: string }>(
      await call(`/api/v1/workspaces/${owner.workspaceId}/exports`, { method: 'POST', token: owner.token }),
    );
    await settled(owner, jobId);
    await expect
      .poll(() =>
        live.received
          .filter((e) => e.type === 'job' && e.job.id === jobId)
          .map((e) => (e.type === 'job' ? e.job.status : '')),
      )
      .toContain('succeeded');
    const progress = live.received.flatMap((e) => (e.type === 'job' && e.job.id === jobId ? [e.job.progress] : []));
    expect(progress.length).toBeGreaterThan(3);
    expect(progress.at(-1)).toBe(100);
    expect(live.received).toContainEqual(
      expect.objectContaining({ type: 'entity', action: 'export.started', targetId: jobId }),
    );
    live.socket.close(1000, 'done');
  });

  it('refuses tickets for another workspace, missing tickets and plain requests', async () => {
    const a = await signUp();
    const b = await signUp();
    const { ticket } = await ticketFor(a);
    await expectProblem(
      await exports.default.fetch(`${ORIGIN}/api/v1/workspaces/${b.workspaceId}/live?ticket=${ticket}`, {
        headers: { Upgrade: 'websocket' },
      }),
      401,
    );
    await expectProblem(
      await exports.default.fetch(`${ORIGIN}/api/v1/workspaces/${a.workspaceId}/live`, {
        headers: { Upgrade: 'websocket' },
      }),
      400,
    );
    await expectProblem(
      await exports.default.fetch(`${ORIGIN}/api/v1/workspaces/${a.workspaceId}/live?ticket=${a.token}`, {
        headers: { Upgrade: 'websocket' },
      }),
      401,
    );
    const plain = await exports.default.fetch(`${ORIGIN}/api/v1/workspaces/${a.workspaceId}/live?ticket=${ticket}`);
    expect(plain.status).toBe(426);
  });

  it('tells connected browsers when the workspace is deleted, then closes', async () => {
    const owner = await signUp();
    const viewer = await memberOf(owner, 'viewer');
    const { url } = await ticketFor(viewer);
    const live = await connect(new URL(url).pathname + new URL(url).search);
    expect(
      (await call(`/api/v1/workspaces/${owner.workspaceId}`, { method: 'DELETE', token: owner.token })).status,
    ).toBe(204);
    expect((await live.closed).code).toBe(4404);
    expect(live.received).toContainEqual(
      expect.objectContaining({ type: 'entity', action: 'workspace.deleted', targetId: owner.workspaceId }),
    );
  });

  it('answers ping with pong and closes the sockets of a removed member', async () => {
    const owner = await signUp();
    const viewer = await memberOf(owner, 'viewer');
    const { url } = await ticketFor(viewer);
    const live = await connect(new URL(url).pathname + new URL(url).search);
    const pong = new Promise((resolve) =>
      live.socket.addEventListener('message', (e) => e.data === 'pong' && resolve(true)),
    );
    live.socket.send('ping');
    expect(await pong).toBe(true);
    await call(`/api/v1/workspaces/${owner.workspaceId}/members/${viewer.id}`, {
      method: 'DELETE',
      token: owner.token,
    });
    expect((await live.closed).code).toBe(4403);
  });
});
