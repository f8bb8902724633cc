import type { SourceType } from '../../connectors/platforms';
import type { Source } from '../../db/schema/sources';
import { withoutActiveLinks } from '../../lib/http-url';

export function presentSource(source: Source) {
  return {
    id: source.id,
    // Only createSource writes the column, with a type the API validated against the registry;
    // the column is plain text because the schema sits below the registry's layer.
    type: source.type as SourceType,
    name: source.name,
    config: source.config,
    intervalMinutes: source.intervalMinutes,
    status: source.status,
    pausedReason: source.pausedReason,
    nextRunAt: source.status === 'active' ? source.nextRunAt.toISOString() : null,
    lastRunAt: source.lastRunAt?.toISOString() ?? null,
    lastSuccessAt: source.lastSuccessAt?.toISOString() ?? null,
    lastError: source.lastError,
    consecutiveFailures: source.consecutiveFailures,
    runningJobId: source.runningJobId,
    itemCount: source.itemCount,
    // What a source said about itself: its link and image, as stored before readers dropped script links.
    details: withoutActiveLinks(source.details ?? {}),
    createdAt: source.createdAt.toISOString(),
    updatedAt: source.updatedAt.toISOString(),
  };
}
