import { eq, inArray } from 'drizzle-orm';
import type { ExportSection } from '../../core/export-section';
import { pagedRows } from '../../core/export-section';
import { contentAnalysis } from '../../db/schema/content-analysis';
import { contentItems } from '../../db/schema/content-items';
import { metricSnapshots } from '../../db/schema/metric-snapshots';

/** Content read from the sources, its metric history and what analysis concluded. */
export const CONTENT_EXPORTS: readonly ExportSection[] = [
  {
    key: 'content',
    tables: ['content_items'],
    read: (ctx, workspaceId) => pagedRows(ctx, contentItems, 'id', eq(contentItems.workspaceId, workspaceId)),
  },
  {
    key: 'metricSnapshots',
    tables: ['metric_snapshots'],
    read: (ctx, workspaceId) =>
      pagedRows(
        ctx,
        metricSnapshots,
        'id',
        inArray(
          metricSnapshots.contentId,
          ctx.db.select({ id: contentItems.id }).from(contentItems).where(eq(contentItems.workspaceId, workspaceId)),
        ),
      ),
  },
  {
    key: 'contentAnalysis',
    tables: ['content_analysis'],
    read: (ctx, workspaceId) =>
      pagedRows(ctx, contentAnalysis, 'contentId', eq(contentAnalysis.workspaceId, workspaceId)),
  },
];
