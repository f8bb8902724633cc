import type { RouteCases } from '../../../test/catalogue';

/**
 * The smallest GIF there is, 1×1 (header, screen descriptor, trailer): every byte is ASCII, so
 * it travels as a string body unchanged and the upload goes through for real.
 */
const TINY_GIF = 'GIF89a\x01\x00\x01\x00\x00\x00\x00;';

/** How to call each of this area's workspace routes in a test world (test/catalogue.ts). */
export const ROUTE_CASES: RouteCases = {
  'POST /api/v1/workspaces/{workspaceId}/media': { body: () => TINY_GIF },
  'GET /api/v1/workspaces/{workspaceId}/media': {},
  'GET /api/v1/workspaces/{workspaceId}/media/{mediaId}': { params: (w) => ({ mediaId: w.mediaId }) },
  'PATCH /api/v1/workspaces/{workspaceId}/media/{mediaId}': {
    params: (w) => ({ mediaId: w.mediaId }),
    body: () => ({ alt: 'Alt text from the catalogue' }),
  },
  'DELETE /api/v1/workspaces/{workspaceId}/media/{mediaId}': { params: (w) => ({ mediaId: w.mediaId }) },
  'GET /api/v1/workspaces/{workspaceId}/media/{mediaId}/content': { params: (w) => ({ mediaId: w.mediaId }) },
};
