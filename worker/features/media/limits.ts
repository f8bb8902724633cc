import type { StoreLimits } from './store-stream';

const DEFAULT_MAX_BYTES = 536_870_912;
const DEFAULT_MULTIPART_BYTES = 104_857_600;

/** MEDIA_MAX_BYTES and MEDIA_MULTIPART_BYTES, with their defaults where unset or not a positive number. */
export function mediaLimits(env: Env): StoreLimits {
  const positive = (value: string | undefined, fallback: number) => {
    const n = Number(value);
    return Number.isFinite(n) && n > 0 ? n : fallback;
  };
  return {
    maxBytes: positive(env.MEDIA_MAX_BYTES, DEFAULT_MAX_BYTES),
    multipartBytes: positive(env.MEDIA_MULTIPART_BYTES, DEFAULT_MULTIPART_BYTES),
  };
}
