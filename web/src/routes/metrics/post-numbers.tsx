import { ChartLine } from 'lucide-react';
import type { ReactNode } from 'react';
import type { Account } from '../../api/types';
import { Card } from '../../components/card';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { type ChartRow, type ChartSeries, LineChart } from '../../components/line-chart';
import { SkeletonRows } from '../../components/skeleton';
import { dateTime, wholeNumber } from '../../lib/format';
import { type TargetMetrics, usePostMetrics } from './use-metrics';

type NumberKey = 'likes' | 'reposts' | 'replies' | 'quotes';

/** Tailwind's 600 shades, as SVG needs colours rather than classes. */
const SERIES: { key: NumberKey; label: string; color: string }[] = [
  { key: 'likes', label: 'Likes', color: '#e11d48' },
  { key: 'reposts', label: 'Reposts', color: '#059669' },
  { key: 'replies', label: 'Replies', color: '#0284c7' },
  { key: 'quotes', label: 'Quotes', color: '#d97706' },
];

const at = (t: number) => dateTime(new Date(t).toISOString());

const ARRIVE = 'Numbers arrive within an hour of publishing, then every hour for 30 days.';

/** One target's latest figures and its numbers over time. */
function TargetNumbers({ target, account }: { target: TargetMetrics; account: Account | undefined }) {
  const name = account?.name ?? 'A removed account';
  const latest = target.latest;
  const series: ChartSeries[] = SERIES.filter((s) => target.series.some((p) => p[s.key] !== null));
  const rows: ChartRow[] = target.series.map(({ at: time, ...values }) => ({ t: Date.parse(time), values }));
  return (
    <section aria-label={`Numbers on ${name}`} className="space-y-3" data-testid="target-numbers">
      <h3 className="text-sm font-semibold text-zinc-900">{name}</h3>
      {!latest ? (
        <p className="text-sm text-zinc-500">{target.gone ? 'The post was deleted on the platform.' : ARRIVE}</p>
      ) : (
        <>
          <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
            {SERIES.filter((s) => latest[s.key] !== null).map((s) => (
              <div key={s.key} className="rounded-lg bg-zinc-50 px-3 py-2">
                <dt className="text-xs text-zinc-500">{s.label}</dt>
                <dd className="text-lg font-semibold text-zinc-900 tabular-nums">{wholeNumber(latest[s.key] ?? 0)}</dd>
              </div>
            ))}
          </dl>
          <p className="text-xs text-zinc-500">
            As of {dateTime(latest.at)}.
            {target.gone && ' The post was deleted on the platform since; its numbers stopped there.'}
          </p>
          {rows.length >= 2 ? (
            <LineChart
              series={series}
              rows={rows}
              label={`${name}: ${series.map((s) => s.label.toLowerCase()).join(', ')} over time`}
              formatTime={at}
              caption={`${rows.length} hourly readings.`}
            />
          ) : (
            <p className="text-xs text-zinc-500">The chart starts with the second hourly reading.</p>
          )}
        </>
      )}
    </section>
  );
}

/** The numbers of each account the post went out on; nothing while none has been published. */
export function PostNumbers({
  workspaceId,
  postId,
  accounts,
}: {
  workspaceId: string;
  postId: string;
  accounts: Account[] | undefined;
}) {
  const metrics = usePostMetrics(workspaceId, postId);
  let body: ReactNode;
  if (metrics.isPending) body = <SkeletonRows rows={3} />;
  else if (metrics.isError) body = <ErrorState error={metrics.error} onRetry={() => metrics.refetch()} />;
  else {
    const counted = metrics.data.targets;
    body =
      counted.length === 0 ? (
        <EmptyState icon={<ChartLine />} title="No numbers yet" description={ARRIVE} />
      ) : (
        <div className="space-y-6 divide-zinc-100">
          {counted.map((target) => (
            <TargetNumbers
              key={target.targetId}
              target={target}
              account={accounts?.find((a) => a.id === target.accountId)}
            />
          ))}
        </div>
      );
  }
  return <Card title="Numbers">{body}</Card>;
}
