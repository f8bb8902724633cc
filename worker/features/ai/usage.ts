import { and, eq, gte, sql } from 'drizzle-orm';
import type { ServiceContext } from '../../core/context';
import { type AiOutcome, aiUsage } from '../../db/schema/ai-usage';
import { newId } from '../../lib/ids';

export interface UsageRecord {
  provider: string;
  model: string;
  prompt: string;
  inputTokens: number;
  outputTokens: number;
  latencyMs: number;
  outcome: AiOutcome;
  error: string | null;
}

export async function recordUsage(ctx: ServiceContext, workspaceId: string, record: UsageRecord): Promise<void> {
  const now = new Date();
  await ctx.db.insert(aiUsage).values({ id: newId('aiu', now.getTime()), workspaceId, ...record, createdAt: now });
}

/** The first instant of the calendar month (UTC) containing `at`, and of the next one. */
export function monthBounds(at = new Date()): { start: Date; next: Date } {
  return {
    start: new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1)),
    next: new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 1)),
  };
}

/** Tokens in and out this workspace used since `since`. */
export async function tokensUsedSince(ctx: ServiceContext, workspaceId: string, since: Date): Promise<number> {
  const [row] = await ctx.db
    .select({ total: sql<number>`coalesce(sum(${aiUsage.inputTokens} + ${aiUsage.outputTokens}), 0)` })
    .from(aiUsage)
    .where(and(eq(aiUsage.workspaceId, workspaceId), gte(aiUsage.createdAt, since)));
  return Number(row?.total ?? 0);
}

/** Usage per day and per provider over the last `days` days, and this month's total against the budget. */
export async function usageSummary(ctx: ServiceContext, workspaceId: string, days: number, budget: number | null) {
  const since = new Date(Date.now() - days * 86_400_000);
  const day = sql<string>`strftime('%Y-%m-%d', ${aiUsage.createdAt} / 1000, 'unixepoch')`;
  const rows = await ctx.db
    .select({
      day,
      provider: aiUsage.provider,
      model: aiUsage.model,
      calls: sql<number>`count(*)`,
      failures: sql<number>`sum(case when ${aiUsage.outcome} = 'ok' then 0 else 1 end)`,
      inputTokens: sql<number>`sum(${aiUsage.inputTokens})`,
      outputTokens: sql<number>`sum(${aiUsage.outputTokens})`,
      latencyMs: sql<number>`cast(avg(${aiUsage.latencyMs}) as integer)`,
    })
    .from(aiUsage)
    .where(and(eq(aiUsage.workspaceId, workspaceId), gte(aiUsage.createdAt, since)))
    .groupBy(day, aiUsage.provider, aiUsage.model)
    .orderBy(day);
  const { start, next } = monthBounds();
  const used = await tokensUsedSince(ctx, workspaceId, start);
  return {
    month: { start: start.toISOString(), resetsAt: next.toISOString(), tokensUsed: used, budget },
    days: rows.map((row) => ({
      ...row,
      calls: Number(row.calls),
      failures: Number(row.failures),
      inputTokens: Number(row.inputTokens),
      outputTokens: Number(row.outputTokens),
      latencyMs: Number(row.latencyMs),
    })),
  };
}
