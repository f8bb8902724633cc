import { RangeNotSatisfiable, ResourceNotFound } from '../../core/http/errors';
import type { Media } from '../../db/schema/media';
import { parseByteRange } from '../../lib/byte-range';

/** Whether an If-None-Match list names `etag` (weak comparison, RFC 9110 §13.1.2). */
function matches(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/**
 * A library file's bytes from R2, as browsers need them for <img> and for seeking in <video>:
 * its sniffed type, a strong ETag (the SHA-256: the bytes under an id never change), 304 for a
 * matching If-None-Match, and one byte range (206, or 416 past the end) unless If-Range names
 * another version.
 */
export async function serveContent(
  bucket: R2Bucket,
  row: Media,
  request: Headers,
  cacheControl: string,
): Promise<Response> {
  const etag = `"${row.sha256}"`;
  const headers = new Headers({
    ETag: etag,
    'Cache-Control': cacheControl,
    'Accept-Ranges': 'bytes',
    'Content-Type': row.contentType,
    'Content-Disposition': `inline; filename*=UTF-8''${encodeURIComponent(row.filename ?? row.id)}`,
  });
  if (matches(request.get('If-None-Match') ?? undefined, etag)) return new Response(null, { status: 304, headers });
  const ifRange = request.get('If-Range');
  const range =
    ifRange === null || ifRange === etag ? parseByteRange(request.get('Range') ?? undefined, row.bytes) : null;
  if (range === 'unsatisfiable') throw new RangeNotSatisfiable(row.bytes);
  const object = await bucket.get(row.r2Key, range ? { range } : {});
  if (!object) throw new ResourceNotFound('The file’s bytes');
  if (!range) {
    headers.set('Content-Length', String(row.bytes));
    return new Response(object.body, { status: 200, headers });
  }
  headers.set('Content-Length', String(range.length));
  headers.set('Content-Range', `bytes ${range.offset}-${range.offset + range.length - 1}/${row.bytes}`);
  return new Response(object.body, { status: 206, headers });
}
