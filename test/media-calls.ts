import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import app from '../worker/app';
import { ORIGIN, type TestUser } from './factories';

export interface MediaBody {
  id: string;
  type: string;
  kind: string;
  bytes: number;
  sha256: string;
  width: number | null;
  height: number | null;
  durationMs: number | null;
  alt: string | null;
  filename: string | null;
  url: string;
  previewUrl: string;
  createdAt: string;
}

/**
 * POST …/media with raw bytes, as a browser's XMLHttpRequest sends a File. `chunked` sends a
 * stream of unknown length (no Content-Length); `env` overrides variables as a deployment with
 * other settings would.
 */
export async function upload(
  user: TestUser,
  bytes: Uint8Array,
  options: {
    query?: string;
    headers?: Record<string, string>;
    chunked?: boolean;
    env?: Partial<Env>;
  } = {},
): Promise<Response> {
  const headers = new Headers({ Authorization: `Bearer ${user.token}`, ...options.headers });
  headers.set('Content-Type', options.headers?.['Content-Type'] ?? 'application/octet-stream');
  const body = options.chunked ? chunks(bytes, 64 * 1024) : bytes;
  const init: RequestInit = { method: 'POST', headers, body };
  const ctx = createExecutionContext();
  const res = await app.request(
    `${ORIGIN}/api/v1/workspaces/${user.workspaceId}/media${options.query ?? ''}`,
    init,
    { ...env, ...options.env },
    ctx,
  );
  await waitOnExecutionContext(ctx);
  return res;
}

/** A stream of `bytes` in pieces, with no length known up front. */
function chunks(bytes: Uint8Array, size: number): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(at, at + size));
      at += size;
    },
  });
}

/** Every stored object under a workspace's media prefix. */
export async function storedMedia(workspaceId: string): Promise<R2Object[]> {
  return (await env.MEDIA.list({ prefix: `workspaces/${workspaceId}/media/` })).objects;
}

/** Hex SHA-256, to compare bytes served with bytes sent. */
export async function sha256(bytes: ArrayBuffer | Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}
