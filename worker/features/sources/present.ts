import type { Source } from '../../db/schema/sources';

export function presentSource(source: Source) {
  return {
    id: source.id,
    type: source.type,
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
    details: source.details ?? {},
    createdAt: source.createdAt.toISOString(),
    updatedAt: source.updatedAt.toISOString(),
  };
}
