import { ChartLine } from 'lucide-react';
import type { AiUsage, AiUsageDay } from '../../api/types';
import { Card } from '../../components/card';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { type ChartRow, type ChartSeries, LineChart } from '../../components/line-chart';
import { ProgressBar } from '../../components/progress-bar';
import { SkeletonRows } from '../../components/skeleton';
import { Table, TBody, Td, THead, Th, Tr } from '../../components/table';
import { providerLabel } from '../../lib/ai-providers';
import { day, wholeNumber } from '../../lib/format';
import { useWorkspace } from '../../shell/workspace-context';
import { useAiUsage } from './use-ai-settings';

const DAYS = 30;
const DAY_MS = 86_400_000;
/** One colour per provider line, in order of first use. */
const PALETTE = ['#4f46e5', '#059669', '#d97706', '#e11d48', '#0284c7', '#7c3aed'];
const percent = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 });

/** Tokens this month against the budget. */
function MonthBudget({ month }: { month: AiUsage['month'] }) {
  const share = month.budget ? month.tokensUsed / month.budget : null;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <p className="text-sm font-medium text-zinc-700">This month</p>
        <p className="text-sm text-zinc-600 tabular-nums">
          <span className="text-lg font-semibold text-zinc-900">{wholeNumber(month.tokensUsed)}</span>{' '}
          {month.budget === null ? 'tokens, no budget set' : `of ${wholeNumber(month.budget)} tokens`}
          {share !== null && <span className="ml-2 text-zinc-400">{percent.format(share)}</span>}
        </p>
      </div>
      {share !== null && (
        <ProgressBar value={share * 100} label="Tokens used this month" tone={share >= 0.9 ? 'danger' : 'accent'} />
      )}
      <p className="text-xs text-zinc-500">
        Counts reset on {day(month.resetsAt)}.
        {share !== null && share >= 1 && ' The budget is spent: provider calls wait until then.'}
      </p>
    </div>
  );
}

/** The last `DAYS` days, oldest first, as UTC dates ("2026-11-22"). */
function lastDays(now = Date.now()): string[] {
  return Array.from({ length: DAYS }, (_, i) => new Date(now - (DAYS - 1 - i) * DAY_MS).toISOString().slice(0, 10));
}

function tokensPerDay(days: AiUsageDay[]): { series: ChartSeries[]; rows: ChartRow[] } {
  const providers = [...new Set(days.map((d) => d.provider))];
  const series = providers.map((provider, i) => ({
    key: provider,
    label: `${providerLabel(provider)} tokens`,
    color: PALETTE[i % PALETTE.length] ?? '#4f46e5',
  }));
  const rows = lastDays().map((date) => ({
    // Noon UTC: the same calendar day in every time zone's labels.
    t: Date.parse(`${date}T12:00:00Z`),
    values: Object.fromEntries(
      providers.map((provider) => [
        provider,
        days
          .filter((d) => d.day === date && d.provider === provider)
          .reduce((sum, d) => sum + d.inputTokens + d.outputTokens, 0),
      ]),
    ),
  }));
  return { series, rows };
}

interface ModelTotals {
  provider: string;
  model: string;
  calls: number;
  failures: number;
  inputTokens: number;
  outputTokens: number;
  /** Sum of latency × calls, for the mean over all days. */
  latencyTotal: number;
}

function totalsByModel(days: AiUsageDay[]): ModelTotals[] {
  const totals = new Map<string, ModelTotals>();
  for (const d of days) {
    const key = `${d.provider}\u0000${d.model}`;
    const t = totals.get(key) ?? {
      provider: d.provider,
      model: d.model,
      calls: 0,
      failures: 0,
      inputTokens: 0,
      outputTokens: 0,
      latencyTotal: 0,
    };
    t.calls += d.calls;
    t.failures += d.failures;
    t.inputTokens += d.inputTokens;
    t.outputTokens += d.outputTokens;
    t.latencyTotal += d.latencyMs * d.calls;
    totals.set(key, t);
  }
  return [...totals.values()].sort((a, b) => b.calls - a.calls);
}

function UsageTable({ days }: { days: AiUsageDay[] }) {
  return (
    <Table label="Calls per provider">
      <THead>
        <Th>Provider</Th>
        <Th className="text-right">Calls</Th>
        <Th className="text-right">Failures</Th>
        <Th className="text-right">Tokens in</Th>
        <Th className="text-right">Tokens out</Th>
        <Th className="text-right">Mean latency</Th>
      </THead>
      <TBody>
        {totalsByModel(days).map((t) => (
          <Tr key={`${t.provider}/${t.model}`}>
            <Td>
              <p className="font-medium text-zinc-900">{providerLabel(t.provider)}</p>
              <p className="max-w-56 truncate text-xs text-zinc-500" title={t.model}>
                {t.model}
              </p>
            </Td>
            <Td className="text-right tabular-nums">{wholeNumber(t.calls)}</Td>
            <Td className={t.failures > 0 ? 'text-right text-red-700 tabular-nums' : 'text-right tabular-nums'}>
              {wholeNumber(t.failures)}
            </Td>
            <Td className="text-right tabular-nums">{wholeNumber(t.inputTokens)}</Td>
            <Td className="text-right tabular-nums">{wholeNumber(t.outputTokens)}</Td>
            <Td className="text-right whitespace-nowrap tabular-nums">
              {t.calls > 0 ? `${wholeNumber(t.latencyTotal / t.calls)} ms` : '—'}
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}

function UsageBody({ usage }: { usage: AiUsage }) {
  const chart = tokensPerDay(usage.days);
  return (
    <div className="space-y-6">
      <div className="px-5 pt-5">
        <MonthBudget month={usage.month} />
      </div>
      {usage.days.length === 0 ? (
        <EmptyState
          icon={<ChartLine />}
          title={`No provider calls in the last ${DAYS} days`}
          description="Generation, analysis with a provider and connection tests show here. The local engine uses no tokens."
        />
      ) : (
        <>
          <div className="px-5">
            <h3 className="mb-2 text-sm font-medium text-zinc-700">Tokens per day</h3>
            <LineChart
              series={chart.series}
              rows={chart.rows}
              label={`Tokens per day over the last ${DAYS} days`}
              formatTime={(t) => day(new Date(t).toISOString())}
              testId="usage-chart"
            />
          </div>
          <div className="border-t border-zinc-100">
            <UsageTable days={usage.days} />
          </div>
        </>
      )}
    </div>
  );
}

/** Calls, tokens and latency of the workspace's AI providers; anyone in the workspace may see it. */
export function AiUsageCard() {
  const workspace = useWorkspace();
  const usage = useAiUsage(workspace.id, DAYS);
  return (
    <Card
      title="Usage"
      description={`Provider calls over the last ${DAYS} days, and this month’s tokens against the budget.`}
      flush
    >
      {usage.isPending ? (
        <SkeletonRows rows={3} />
      ) : usage.isError ? (
        <ErrorState error={usage.error} onRetry={() => usage.refetch()} />
      ) : (
        <UsageBody usage={usage.data} />
      )}
    </Card>
  );
}
