import type { Media } from '../../db/schema/media';
import { signPath } from '../../lib/signed-url';

/** The public path a signed preview link points at (see `previewRoutes`). */
export function previewPath(mediaId: string): string {
  return `/api/v1/media-files/${mediaId}`;
}

/** A library file as the API shows it. */
export async function presentMedia(secret: string, row: Media) {
  return {
    id: row.id,
    type: row.contentType,
    kind: row.kind,
    bytes: row.bytes,
    sha256: row.sha256,
    width: row.width,
    height: row.height,
    durationMs: row.durationMs,
    alt: row.alt,
    filename: row.filename,
    url: `/api/v1/workspaces/${row.workspaceId}/media/${row.id}/content`,
    previewUrl: await signPath(secret, previewPath(row.id)),
    createdAt: row.createdAt.toISOString(),
  };
}
