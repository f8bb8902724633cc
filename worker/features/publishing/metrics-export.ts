import { and, asc, eq, gt, or, type SQL } from 'drizzle-orm';
import type { ServiceContext } from '../../core/context';
import type { ExportSection } from '../../core/export-section';
import { accountMetrics, targetMetrics } from '../../db/schema/publish-metrics';

const PAGE = 500;

/**
 * Rows keyed by (an id, a time) a page at a time, in key order: pagedRows wants one unique
 * column, and these tables' keys are pairs.
 */
async function* pagedReadings<T extends { capturedAt: Date }>(
  read: (after: SQL | undefined) => Promise<T[]>,
  keyOf: (row: T) => string,
  afterPair: (id: string, at: Date) => SQL | undefined,
): AsyncGenerator<T> {
  let after: SQL | undefined;
  for (;;) {
    const rows = await read(after);
    yield* rows;
    const last = rows.at(-1);
    if (!last || rows.length < PAGE) return;
    after = afterPair(keyOf(last), last.capturedAt);
  }
}

/** Published targets' hourly numbers and accounts' audience readings. */
export const METRICS_EXPORTS: readonly ExportSection[] = [
  {
    key: 'targetMetrics',
    tables: ['target_metrics'],
    read: (ctx: ServiceContext, workspaceId: string) =>
      pagedReadings(
        (after) =>
          ctx.db
            .select()
            .from(targetMetrics)
            .where(and(eq(targetMetrics.workspaceId, workspaceId), after))
            .orderBy(asc(targetMetrics.targetId), asc(targetMetrics.capturedAt))
            .limit(PAGE),
        (row) => row.targetId,
        (id, at) =>
          or(gt(targetMetrics.targetId, id), and(eq(targetMetrics.targetId, id), gt(targetMetrics.capturedAt, at))),
      ),
  },
  {
    key: 'accountMetrics',
    tables: ['account_metrics'],
    read: (ctx: ServiceContext, workspaceId: string) =>
      pagedReadings(
        (after) =>
          ctx.db
            .select()
            .from(accountMetrics)
            .where(and(eq(accountMetrics.workspaceId, workspaceId), after))
            .orderBy(asc(accountMetrics.accountId), asc(accountMetrics.capturedAt))
            .limit(PAGE),
        (row) => row.accountId,
        (id, at) =>
          or(
            gt(accountMetrics.accountId, id),
            and(eq(accountMetrics.accountId, id), gt(accountMetrics.capturedAt, at)),
          ),
      ),
  },
];
