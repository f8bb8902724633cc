import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call, expectProblem, json } from '../../../test/factories';
import { mp4, sample } from '../../../test/media';
import { type MediaBody, sha256, storedMedia, upload } from '../../../test/media-calls';
import { seedOwner } from '../../../test/seed';
import { snapshot } from '../../../test/world';

describe('POST …/media', () => {
  it('stores the bytes, typed and sized from the bytes (not the claimed type or name), with an audit entry', async () => {
    const owner = await seedOwner();
    const bytes = await sample('python.jpg');
    const res = await upload(owner, bytes, {
      query: '?filename=C%3A%5Cfakepath%5Choliday.mp4&alt=A%20blue%20and%20yellow%20snake',
      headers: { 'Content-Type': 'video/mp4' },
    });
    expect(res.status, await res.clone().text()).toBe(201);
    const file = await json<MediaBody>(res);
    expect(file).toMatchObject({
      type: 'image/jpeg',
      kind: 'image',
      bytes: bytes.length,
      sha256: await sha256(bytes),
      width: 16,
      height: 16,
      durationMs: null,
      alt: 'A blue and yellow snake',
      filename: 'holiday.mp4',
      url: `/api/v1/workspaces/${owner.workspaceId}/media/${file.id}/content`,
    });
    const stored = await env.MEDIA.get(`workspaces/${owner.workspaceId}/media/${file.id}`);
    expect(stored?.httpMetadata?.contentType).toBe('image/jpeg');
    expect(await sha256(await (stored as R2ObjectBody).arrayBuffer())).toBe(file.sha256);
    const audit = await json<{ items: { action: string; targetId: string }[] }>(
      await call(`/api/v1/workspaces/${owner.workspaceId}/audit?action=media.uploaded`, { token: owner.token }),
    );
    expect(audit.items.map((e) => e.targetId)).toEqual([file.id]);
  });

  it('reads a video’s duration and frame size, past the app-wide body limit, with moov at the end', async () => {
    const owner = await seedOwner();
    const bytes = mp4({ mdatBytes: Number(env.MAX_BODY_BYTES) * 2, timescale: 30_000, duration: 450_450 });
    const res = await upload(owner, bytes, { query: '?filename=clip.mp4' });
    expect(res.status, await res.clone().text()).toBe(201);
    expect(await json(res)).toMatchObject({
      type: 'video/mp4',
      kind: 'video',
      width: 1280,
      height: 720,
      durationMs: 15_015,
    });
  });

  it('answers the file already there for the same bytes (200), keeping one copy', async () => {
    const owner = await seedOwner();
    const bytes = await sample('python.png');
    const first = await json<MediaBody>(await upload(owner, bytes, { query: '?filename=a.png' }));
    const again = await upload(owner, bytes, { query: '?filename=b.png', chunked: true });
    expect(again.status).toBe(200);
    expect(await json(again)).toMatchObject({ id: first.id, filename: 'a.png' });
    expect((await storedMedia(owner.workspaceId)).map((o) => o.key)).toEqual([
      `workspaces/${owner.workspaceId}/media/${first.id}`,
    ]);
    // Another workspace's library is its own.
    const other = await seedOwner();
    expect((await upload(other, bytes)).status).toBe(201);
  });

  it('refuses what it does not recognise with 415 naming the accepted types, storing nothing', async () => {
    const owner = await seedOwner();
    const before = await snapshot();
    for (const bytes of [
      await sample('python.bmp'),
      await sample('python.tiff'),
      new TextEncoder().encode('{"a":1}'),
    ]) {
      const problem = await expectProblem(
        await upload(owner, bytes, { headers: { 'Content-Type': 'image/png' } }),
        415,
      );
      expect(problem.detail).toContain('image/jpeg, image/png, image/gif, image/webp, video/mp4');
    }
    await expectProblem(await upload(owner, new Uint8Array(0)), 415);
    expect(await snapshot()).toBe(before);
  });

  it('refuses a file over MEDIA_MAX_BYTES with 413, declared or streamed, storing nothing', async () => {
    const owner = await seedOwner();
    const bytes = await sample('python.png');
    const before = await snapshot();
    const limits = { MEDIA_MAX_BYTES: String(bytes.length - 1) };
    await expectProblem(await upload(owner, bytes, { env: limits }), 413);
    await expectProblem(await upload(owner, bytes, { env: limits, chunked: true }), 413);
    expect(await snapshot()).toBe(before);
    expect((await upload(owner, bytes, { env: { MEDIA_MAX_BYTES: String(bytes.length) } })).status).toBe(201);
  });

  it('sends files over MEDIA_MULTIPART_BYTES, and streams of unknown length, as R2 multipart uploads', async () => {
    const owner = await seedOwner();
    // 11 MiB: two 5 MiB parts and a last one of 1 MiB.
    const bytes = mp4({ mdatBytes: 11 * 1024 * 1024 - 600, duration: 61_000 });
    for (const chunked of [false, true]) {
      const res = await upload(owner, bytes, {
        env: { MEDIA_MULTIPART_BYTES: '1000' },
        chunked,
      });
      expect(res.status, await res.clone().text()).toBe(chunked ? 200 : 201);
      const file = await json<MediaBody>(res);
      expect(file).toMatchObject({ bytes: bytes.length, durationMs: 61_000, sha256: await sha256(bytes) });
      const object = await env.MEDIA.head(`workspaces/${owner.workspaceId}/media/${file.id}`);
      expect(object?.size).toBe(bytes.length);
      // The ETag of an object assembled from parts ends with its part count.
      expect(object?.etag).toMatch(/-3$/);
    }
    expect(await storedMedia(owner.workspaceId)).toHaveLength(1);
  });

  it('replays the first answer for a repeated Idempotency-Key, and refuses the key for another request', async () => {
    const owner = await seedOwner();
    const bytes = await sample('python.gif');
    const headers = { 'Idempotency-Key': 'upload-1' };
    const first = await upload(owner, bytes, { query: '?filename=x.gif', headers });
    expect(first.status).toBe(201);
    const repeat = await upload(owner, bytes, { query: '?filename=x.gif', headers });
    expect(repeat.status).toBe(201);
    expect(repeat.headers.get('Idempotent-Replayed')).toBe('true');
    expect(await repeat.json()).toEqual(await first.json());
    await expectProblem(await upload(owner, bytes, { query: '?filename=y.gif', headers }), 422);
    expect(await storedMedia(owner.workspaceId)).toHaveLength(1);
  });

  it('refuses bad names and alt text before reading the body', async () => {
    const owner = await seedOwner();
    const bytes = await sample('python.gif');
    const before = await snapshot();
    const long = await expectProblem(await upload(owner, bytes, { query: `?alt=${'a'.repeat(1001)}` }), 400);
    expect(long.errors?.[0]?.path).toBe('query.alt');
    const hidden = await expectProblem(await upload(owner, bytes, { query: '?filename=evil%E2%80%AEgnp.exe' }), 400);
    expect(hidden.errors?.[0]?.path).toBe('query.filename');
    expect(await snapshot()).toBe(before);
  });
});
