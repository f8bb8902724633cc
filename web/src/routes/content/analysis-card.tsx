import { Cpu } from 'lucide-react';
import type { ReactNode } from 'react';
import type { ContentDetail } from '../../api/types';
import { Badge } from '../../components/badge';
import { Card } from '../../components/card';
import { dateTime, timeAgo } from '../../lib/format';

const percent = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 1 });
const decimal = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });
const signed = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });

/** The formatted value, or null when there is none (older analyses may lack a figure altogether). */
function shown(value: number | null | undefined, format: (value: number) => string): string | null {
  return value === null || value === undefined ? null : format(value);
}

function Figure({
  label,
  value,
  explanation,
  missing,
}: {
  label: string;
  value: string | null;
  explanation: ReactNode;
  /** Why there is no value, when there is none. */
  missing: string;
}) {
  return (
    <div className="py-3 first:pt-0 last:pb-0">
      <dt className="flex items-baseline justify-between gap-3">
        <span className="text-sm font-medium text-zinc-700">{label}</span>
        <span className={value === null ? 'text-sm text-zinc-400' : 'text-lg font-semibold text-zinc-900 tabular-nums'}>
          {value ?? '—'}
        </span>
      </dt>
      <dd className="mt-0.5 text-xs text-zinc-500">{value === null ? missing : explanation}</dd>
    </div>
  );
}

/** The local engine's performance numbers, each with what it means and why it may be missing. */
export function AnalysisCard({ analysis }: { analysis: ContentDetail['analysis'] }) {
  return (
    <Card
      title="Performance"
      description={
        analysis ? (
          <span title={dateTime(analysis.computedAt)}>Computed {timeAgo(analysis.computedAt)}</span>
        ) : undefined
      }
      actions={
        <Badge tone="neutral">
          <Cpu className="size-3" aria-hidden />
          Computed locally
        </Badge>
      }
    >
      {analysis ? (
        <dl className="divide-y divide-zinc-100">
          <Figure
            label="Engagement rate"
            value={shown(analysis.metrics.engagementRate, percent.format)}
            explanation="Likes, comments, shares and score per view."
            missing="Needs a view count, which this platform does not report for the item."
          />
          <Figure
            label="Per follower"
            value={shown(analysis.metrics.engagementPerFollower, percent.format)}
            explanation="Interactions per follower of the author."
            missing="Needs the author’s follower count, which this source does not report."
          />
          <Figure
            label="Velocity"
            value={shown(analysis.metrics.velocity, (v) => `${signed.format(v)} / hour`)}
            explanation="How fast its views grow per hour (interactions where there are no views), over the last 48 hours."
            missing="Needs two snapshots of its numbers; it appears after a later read."
          />
          <Figure
            label="Outlier score"
            value={shown(analysis.metrics.outlierScore, (v) => `×${decimal.format(v)}`)}
            explanation={`How it does against the author’s usual: ×1 is typical, ×3 is three times their median item${
              analysis.metrics.outlierBasis ? ` (of ${analysis.metrics.outlierBasis} recent items)` : ''
            }.`}
            missing="Needs at least three other recent items by the same author."
          />
        </dl>
      ) : (
        <p className="text-sm text-zinc-500">
          Not analysed yet. Crowsnest’s built-in engine works out engagement rate, velocity and outlier score shortly
          after each read, without any AI provider.
        </p>
      )}
      {analysis && (
        <p className="mt-4 border-t border-zinc-100 pt-3 text-xs text-zinc-400">
          By Crowsnest’s built-in engine, on this workspace’s own data; no AI provider involved.
        </p>
      )}
    </Card>
  );
}
