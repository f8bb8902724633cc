import { eq } from 'drizzle-orm';
import { pagedRows } from '../../core/export-section';
import { API, type FeatureModule, mount, WORKSPACE } from '../../core/module';
import { media } from '../../db/schema/media';
import { MEDIA_AUDIT_ACTIONS } from './audit';
import { previewRoutes } from './preview-routes';
import { mediaRoutes } from './routes';

/** The upload route, which the app-wide body limit leaves to its own (worker/app.ts). */
export const MEDIA_UPLOAD_PATH = /^\/api\/v1\/workspaces\/[^/]+\/media\/?$/;

/** The media library: files uploaded to R2, their type, size and duration read from the bytes. */
export const mediaFeature = {
  name: 'media',
  routes: mount(`${WORKSPACE}/media`, mediaRoutes).route(`${API}/media-files`, previewRoutes),
  auditActions: MEDIA_AUDIT_ACTIONS,
  exports: [
    {
      // The files' descriptions, not their bytes: those stay in R2 and are fetched through `url`.
      key: 'media',
      tables: ['media'],
      read: (ctx, workspaceId) => pagedRows(ctx, media, 'id', eq(media.workspaceId, workspaceId)),
    },
  ],
} satisfies FeatureModule;
