import { eq } from 'drizzle-orm';
import type { ExportSection } from '../../core/export-section';
import { pagedRows } from '../../core/export-section';
import { sources } from '../../db/schema/sources';

/** The workspace's sources with their settings and state (no secrets live in a source's config). */
export const SOURCE_EXPORTS: readonly ExportSection[] = [
  {
    key: 'sources',
    tables: ['sources'],
    read: (ctx, workspaceId) => pagedRows(ctx, sources, 'id', eq(sources.workspaceId, workspaceId)),
  },
];
