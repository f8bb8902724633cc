import { and, count, eq } from 'drizzle-orm';
import type { MessageOf } from '../../../../queues/contracts';
import { PermanentFailure } from '../../../../queues/errors';
import type { JobReporter } from '../../../../queues/reporter';
import { readerFor } from '../../../connectors/readers';
import type { SourceRead } from '../../../connectors/readers/reader';
import type { ServiceContext } from '../../../core/context';
import { enqueueJob } from '../../../core/jobs/enqueue';
import { ConnectorError } from '../../../core/outbound/errors';
import { outboundFetch } from '../../../core/outbound/fetch';
import { contentItems } from '../../../db/schema/content-items';
import { sources } from '../../../db/schema/sources';
import { CONTENT_ANALYZE } from '../../content/contracts';
import type { SOURCE_INGEST } from '../contracts';
import { nextRunAfter, recordFailure } from './failures';
import { storeImages } from './images';
import { nameAfterRead } from './source-name';
import { upsertItems } from './upsert';

/** Content ids per analysis message (the contract allows 100). */
const ANALYZE_BATCH = 100;

/**
 * The ingest job: reads one source through its reader, upserts what it found, stores
 * images, queues new and changed items for analysis, and records how it went on the source.
 * A failed read is recorded on the source; retryable failures go back to the queue, others
 * (and a source that has now paused itself) end the job.
 */
export async function ingestSource(ctx: ServiceContext, message: MessageOf<typeof SOURCE_INGEST>, report: JobReporter) {
  const [source] = await ctx.db
    .select()
    .from(sources)
    .where(and(eq(sources.id, message.sourceId), eq(sources.workspaceId, message.workspaceId)));
  if (!source) return { skipped: 'The source was deleted before it was read.' };
  const reader = readerFor(source.type);
  if (!reader) throw new PermanentFailure(`Sources of type "${source.type}" can no longer be read.`);
  const startedAt = new Date();
  await report.progress(5, `Reading ${source.name}`);

  let read: SourceRead;
  try {
    read = await reader.read(
      {
        env: ctx.env,
        fetch: (url, options) => outboundFetch(ctx.env, url, options),
        previous: { etag: source.etag, lastModified: source.lastModified },
      },
      source.config,
    );
  } catch (error) {
    const paused = await recordFailure(ctx, source, error, startedAt);
    if (paused)
      throw new PermanentFailure(
        `${source.name} failed ${source.consecutiveFailures + 1} times in a row and is paused: ${String(error instanceof Error ? error.message : error)}`,
      );
    if (error instanceof ConnectorError && !error.retryable) throw new PermanentFailure(error.message);
    throw error;
  }

  await report.progress(
    30,
    read.notModified ? 'Nothing changed since the last read' : `Saving ${read.items.length} items`,
  );
  const outcome = await upsertItems(ctx, source, reader.platform, read.items, (done, total) =>
    report.progress(30 + (50 * done) / Math.max(total, 1), `Saved ${done} of ${total} items`),
  );
  await report.progress(80, 'Storing images');
  const images = await storeImages(ctx, source);

  const changed = [...outcome.created, ...outcome.updated];
  for (let start = 0; start < changed.length; start += ANALYZE_BATCH) {
    await enqueueJob(
      ctx,
      source.workspaceId,
      CONTENT_ANALYZE,
      { contentIds: changed.slice(start, start + ANALYZE_BATCH) },
      null,
    );
  }

  const [total] = await ctx.db.select({ n: count() }).from(contentItems).where(eq(contentItems.sourceId, source.id));
  const name = nameAfterRead(reader, source, read.source);
  await ctx.db
    .update(sources)
    .set({
      lastRunAt: startedAt,
      lastSuccessAt: new Date(),
      lastError: null,
      consecutiveFailures: 0,
      nextRunAt: nextRunAfter(startedAt, source.intervalMinutes),
      etag: read.etag,
      lastModified: read.lastModified,
      details: read.source ? { ...source.details, ...read.source } : source.details,
      itemCount: total?.n ?? 0,
      runningJobId: null,
      name,
      updatedAt: new Date(),
    })
    .where(eq(sources.id, source.id));
  return {
    notModified: read.notModified,
    read: read.items.length,
    created: outcome.created.length,
    updated: outcome.updated.length,
    unchanged: outcome.unchanged,
    imagesStored: images.stored,
  };
}
