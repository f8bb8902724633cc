import { InvalidRequest, PayloadTooLarge } from '../../core/http/errors';
import { toHex } from '../../lib/encoding';

/** R2 takes at most 10,000 parts, each but the last of one size and at least 5 MiB. */
const MIN_PART_BYTES = 5 * 1024 * 1024;
const MAX_PARTS = 10_000;

/**
 * workerd's crypto, which hashes a stream as it is written. Named here because the web app's
 * typecheck reads this file against the DOM's Crypto, which does not have it.
 */
type WorkersCrypto = Crypto & { DigestStream: typeof DigestStream };

export interface StoreLimits {
  /** Larger files are refused (413) and nothing stays stored. */
  maxBytes: number;
  /** Files of unknown length or larger than this go to R2 as a multipart upload. */
  multipartBytes: number;
}

export interface Stored {
  bytes: number;
  sha256: string;
}

/**
 * Streams `chunks` to R2 under `key` while hashing them, never holding the whole file: one put
 * through a FixedLengthStream when the length is declared and at most `multipartBytes` (R2
 * wants to know a stream's length up front), else a multipart upload of equal parts, aborted
 * on any failure. A body longer than `maxBytes`, or other than its declared length, leaves
 * nothing behind.
 */
export async function storeStream(
  bucket: R2Bucket,
  key: string,
  chunks: AsyncIterable<Uint8Array>,
  declaredBytes: number | null,
  contentType: string,
  limits: StoreLimits,
): Promise<Stored> {
  const digest = new (crypto as WorkersCrypto).DigestStream('SHA-256');
  const hasher = digest.getWriter();
  let bytes = 0;
  async function* counted(): AsyncGenerator<Uint8Array> {
    for await (const chunk of chunks) {
      bytes += chunk.byteLength;
      if (bytes > limits.maxBytes) throw new PayloadTooLarge(limits.maxBytes);
      await hasher.write(chunk);
      yield chunk;
    }
    if (declaredBytes !== null && bytes !== declaredBytes) throw lengthMismatch(declaredBytes, bytes);
  }
  const httpMetadata = { contentType };
  if (declaredBytes !== null && declaredBytes <= limits.multipartBytes) {
    await putFixed(bucket, key, counted(), declaredBytes, httpMetadata);
  } else {
    await putMultipart(bucket, key, counted(), partSize(declaredBytes ?? limits.maxBytes), httpMetadata);
  }
  await hasher.close();
  return { bytes, sha256: toHex(new Uint8Array(await digest.digest)) };
}

function lengthMismatch(declared: number, actual: number): InvalidRequest {
  return new InvalidRequest(`The body had ${actual} bytes where Content-Length said ${declared}.`);
}

/** Parts of one size, as small as R2 allows and few enough for its part count. */
export function partSize(totalBytes: number): number {
  return Math.max(MIN_PART_BYTES, Math.ceil(totalBytes / MAX_PARTS));
}

async function putFixed(
  bucket: R2Bucket,
  key: string,
  chunks: AsyncIterable<Uint8Array>,
  length: number,
  httpMetadata: R2HTTPMetadata,
): Promise<void> {
  const fixed = new FixedLengthStream(length);
  const writer = fixed.writable.getWriter();
  const put = bucket.put(key, fixed.readable, { httpMetadata });
  try {
    for await (const chunk of chunks) await writer.write(chunk);
    await writer.close();
  } catch (error) {
    // The put sees a stream that ended early and stores nothing.
    await writer.abort(error).catch(() => undefined);
    await put.catch(() => undefined);
    throw error;
  }
  await put;
}

async function putMultipart(
  bucket: R2Bucket,
  key: string,
  chunks: AsyncIterable<Uint8Array>,
  size: number,
  httpMetadata: R2HTTPMetadata,
): Promise<void> {
  const upload = await bucket.createMultipartUpload(key, { httpMetadata });
  const parts: R2UploadedPart[] = [];
  try {
    let part = new Uint8Array(size);
    let filled = 0;
    for await (const chunk of chunks) {
      for (let at = 0; at < chunk.byteLength; ) {
        const taken = Math.min(size - filled, chunk.byteLength - at);
        part.set(chunk.subarray(at, at + taken), filled);
        filled += taken;
        at += taken;
        if (filled === size) {
          parts.push(await upload.uploadPart(parts.length + 1, part));
          part = new Uint8Array(size);
          filled = 0;
        }
      }
    }
    if (filled > 0 || parts.length === 0)
      parts.push(await upload.uploadPart(parts.length + 1, part.subarray(0, filled)));
    await upload.complete(parts);
  } catch (error) {
    await upload.abort().catch(() => undefined);
    throw error;
  }
}
