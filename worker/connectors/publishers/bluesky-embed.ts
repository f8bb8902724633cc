/**
 * A Bluesky post's files: each uploaded to the account's PDS as a blob
 * (com.atproto.repo.uploadBlob, the raw bytes with their Content-Type), then cited by the
 * post's embed: app.bsky.embed.images (up to four, each with its alt text and aspect ratio) or
 * app.bsky.embed.video (one). https://docs.bsky.app/docs/advanced-guides/posts#images-embeds
 *
 * Uploading again is harmless: a blob is addressed by its content, so a retry answers the same
 * CID, and one that no record cites is dropped by the PDS after a while.
 */
import { z } from 'zod';
import { sizedBody } from '../../lib/sized-body';
import { xrpc, xrpcErrors } from './bluesky-xrpc';
import type { AccountSession, MediaToPublish } from './publisher';

/** A blob reference as the PDS answers it; the record cites it as it is. */
const Uploaded = z.object({
  blob: z.looseObject({
    $type: z.literal('blob'),
    ref: z.object({ $link: z.string() }),
    mimeType: z.string(),
    size: z.number(),
  }),
});
type Blob = z.infer<typeof Uploaded>['blob'];

async function upload(env: Env, account: AccountSession, accessJwt: string, file: MediaToPublish): Promise<Blob> {
  const body = sizedBody([{ stream: await file.open(), bytes: file.bytes }]);
  const call = {
    service: account.serviceUrl,
    nsid: 'com.atproto.repo.uploadBlob',
    blob: { body: body.stream, type: file.type },
    token: accessJwt,
    errors: xrpcErrors('the file'),
  };
  return (await xrpc(env, call, Uploaded)).blob;
}

/** The shape of a picture, which the app uses to lay it out before it loads. */
const aspectRatio = (file: MediaToPublish) =>
  file.width && file.height ? { aspectRatio: { width: file.width, height: file.height } } : {};

/** The embed of a part's files (uploaded now), or null when it has none. */
export async function embedOf(
  env: Env,
  account: AccountSession,
  accessJwt: string,
  media: readonly MediaToPublish[],
): Promise<Record<string, unknown> | null> {
  if (media.length === 0) return null;
  const blobs: Blob[] = [];
  for (const file of media) blobs.push(await upload(env, account, accessJwt, file));
  const video = media.findIndex((file) => file.kind === 'video');
  const videoBlob = blobs[video];
  const videoFile = media[video];
  if (videoFile && videoBlob) {
    return {
      $type: 'app.bsky.embed.video',
      video: videoBlob,
      ...(videoFile.alt ? { alt: videoFile.alt } : {}),
      ...aspectRatio(videoFile),
    };
  }
  return {
    $type: 'app.bsky.embed.images',
    images: media.map((file, i) => ({ image: blobs[i], alt: file.alt ?? '', ...aspectRatio(file) })),
  };
}
