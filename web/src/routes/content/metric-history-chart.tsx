import { ChartLine } from 'lucide-react';
import type { MetricSnapshot } from '../../api/types';
import { EmptyState } from '../../components/empty-state';
import { type ChartRow, type ChartSeries, LineChart } from '../../components/line-chart';
import { dateTime } from '../../lib/format';
import { type MetricKey, metricName } from './platforms';

/** Tailwind's 600 shades, as SVG needs colours rather than classes. */
const COLORS: Record<MetricKey, string> = {
  views: '#4f46e5',
  likes: '#e11d48',
  comments: '#0284c7',
  shares: '#059669',
  score: '#d97706',
};

/** Views where the platform counts them; otherwise every interaction it reports. */
function seriesOf(history: MetricSnapshot[], platform: string): ChartSeries[] {
  const keys: MetricKey[] = history.some((s) => s.views !== null)
    ? ['views']
    : ['likes', 'comments', 'shares', 'score'];
  return keys
    .filter((key) => history.some((s) => s[key] !== null))
    .map((key) => ({ key, label: metricName(platform, key), color: COLORS[key] }));
}

const at = (t: number) => dateTime(new Date(t).toISOString());

/** The item's numbers over time, one line per counter. */
export function MetricHistoryChart({ history, platform }: { history: MetricSnapshot[]; platform: string }) {
  const series = seriesOf(history, platform);
  if (series.length === 0) {
    return (
      <EmptyState
        icon={<ChartLine />}
        title="No numbers to chart"
        description="The platform reports no counts for this item (feeds and web pages rarely do)."
      />
    );
  }
  if (history.length < 2) {
    return (
      <EmptyState
        icon={<ChartLine />}
        title="Not enough history yet"
        description="The chart needs at least two snapshots of the numbers. Every read of the source adds one."
      />
    );
  }
  const rows: ChartRow[] = history.map(({ capturedAt, ...values }) => ({ t: Date.parse(capturedAt), values }));
  return (
    <LineChart
      series={series}
      rows={rows}
      label={`${series.map((s) => s.label).join(', ')} over time`}
      formatTime={at}
      testId="metric-chart"
      caption={`${history.length} snapshots from ${dateTime(history[0]?.capturedAt ?? '')} to ${dateTime(history.at(-1)?.capturedAt ?? '')}.`}
    />
  );
}
