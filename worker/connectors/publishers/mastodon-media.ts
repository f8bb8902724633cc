/**
 * A status's files on Mastodon: each uploaded with POST /api/v2/media (multipart: `file`, and
 * `description` for its alt text), which answers 200 once processed or 202 while the server
 * still processes it (videos, large pictures). A status may only cite processed files, so a
 * 202 is followed by GET /api/v1/media/:id (206 while processing) until its `url` is set, for
 * a bounded time. https://docs.joinmastodon.org/methods/media/
 *
 * Uploading again after a failure is harmless: a file no status cites is removed by the server
 * after a day, so a retry uploads afresh rather than remembering ids.
 */
import { Unavailable } from '../../core/outbound/errors';
import { multipartBody } from '../../lib/sized-body';
import { MediaAttachment, mastodonCall } from './mastodon-api';
import type { AccountSession, MediaToPublish } from './publisher';

/** Waits between looks at a file being processed: about 15 s in all, then the part is tried later. */
const POLL_MS = [500, 1000, 2000, 4000, 8000] as const;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A name the server shows and keeps the extension of (it does not decide the type by it). */
const filename = (file: MediaToPublish) => `${file.id}.${file.type.split('/')[1]?.replace(/[^a-z0-9]/g, '') ?? 'bin'}`;

async function uploadOne(env: Env, account: AccountSession, token: string, file: MediaToPublish): Promise<string> {
  const { body, contentType } = multipartBody(file.alt ? { description: file.alt } : {}, {
    field: 'file',
    filename: filename(file),
    type: file.type,
    stream: await file.open(),
    bytes: file.bytes,
  });
  const call = { token, body: { stream: body.stream, type: contentType } };
  const uploaded = await mastodonCall(env, account.serviceUrl, '/api/v2/media', MediaAttachment, {
    ...call,
    method: 'POST',
  });
  if (uploaded.url) return uploaded.id;
  for (const wait of POLL_MS) {
    await sleep(wait);
    const path = `/api/v1/media/${encodeURIComponent(uploaded.id)}`;
    const seen = await mastodonCall(env, account.serviceUrl, path, MediaAttachment, { token });
    if (seen.url) return seen.id;
  }
  throw new Unavailable(`Mastodon is still processing ${file.id}; the post is tried again later.`);
}

/** The ids of a part's files once uploaded and processed, in order, for the status's `media_ids`. */
export async function uploadMedia(
  env: Env,
  account: AccountSession,
  token: string,
  media: readonly MediaToPublish[],
): Promise<string[]> {
  const ids: string[] = [];
  for (const file of media) ids.push(await uploadOne(env, account, token, file));
  return ids;
}
