import { ChartLine } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import type { MetricSnapshot } from '../../api/types';
import { EmptyState } from '../../components/empty-state';
import { compactNumber, dateTime, wholeNumber } from '../../lib/format';
import { timeTicks, valueTicks } from './chart-scales';
import { type MetricKey, metricName } from './platforms';

const HEIGHT = 240;
const MARGIN = { top: 12, right: 16, bottom: 28, left: 52 };

/** Tailwind's 600 shades, as SVG needs colours rather than classes. */
const COLORS: Record<MetricKey, string> = {
  views: '#4f46e5',
  likes: '#e11d48',
  comments: '#0284c7',
  shares: '#059669',
  score: '#d97706',
};

interface Series {
  key: MetricKey;
  label: string;
  points: { t: number; v: number }[];
}

/** Views where the platform counts them; otherwise every interaction it reports. */
function seriesOf(history: MetricSnapshot[], platform: string): Series[] {
  const keys: MetricKey[] = history.some((s) => s.views !== null)
    ? ['views']
    : ['likes', 'comments', 'shares', 'score'];
  return keys
    .map((key) => ({
      key,
      label: metricName(platform, key),
      points: history.flatMap((s) => {
        const v = s[key];
        return v === null ? [] : [{ t: Date.parse(s.capturedAt), v }];
      }),
    }))
    .filter((series) => series.points.length > 0);
}

function useWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry?.contentRect.width ?? 0)));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

/**
 * The item's numbers over time, one line per counter, drawn as plain SVG. Hover, or focus
 * and use the arrow keys, to read a snapshot; a table carries the same data for screen readers.
 */
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
  return <Chart history={history} series={series} />;
}

function Chart({ history, series }: { history: MetricSnapshot[]; series: Series[] }) {
  const { ref, width } = useWidth();
  const [active, setActive] = useState<number | null>(null);
  const times = history.map((s) => Date.parse(s.capturedAt));
  const t0 = times[0] ?? 0;
  const t1 = times.at(-1) ?? t0;
  const values = series.flatMap((s) => s.points.map((p) => p.v));
  const yTicks = valueTicks(Math.min(...values), Math.max(...values));
  const yMin = yTicks[0] ?? 0;
  const yMax = yTicks.at(-1) ?? 1;
  const plotWidth = Math.max(0, width - MARGIN.left - MARGIN.right);
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (t: number) => MARGIN.left + (t1 === t0 ? plotWidth / 2 : ((t - t0) / (t1 - t0)) * plotWidth);
  const y = (v: number) => MARGIN.top + plotHeight - ((v - yMin) / (yMax - yMin || 1)) * plotHeight;
  const xTicks = timeTicks(t0, t1, Math.max(2, Math.floor(plotWidth / 110)));
  const activeSnapshot = active === null ? undefined : history[active];

  const nearest = (px: number) => {
    let best = 0;
    times.forEach((t, i) => {
      if (Math.abs(x(t) - px) < Math.abs(x(times[best] ?? t0) - px)) best = i;
    });
    return best;
  };

  return (
    <figure className="space-y-3" data-testid="metric-chart">
      {series.length > 1 && (
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-zinc-600" aria-label="Legend">
          {series.map((s) => (
            <li key={s.key} className="inline-flex items-center gap-1.5">
              <svg className="size-2.5" viewBox="0 0 10 10" aria-hidden>
                <circle cx="5" cy="5" r="5" fill={COLORS[s.key]} />
              </svg>
              {s.label}
            </li>
          ))}
        </ul>
      )}
      <div ref={ref} className="relative">
        {width > 0 && (
          <svg
            width={width}
            height={HEIGHT}
            role="img"
            aria-label={`${series.map((s) => s.label).join(', ')} over time`}
            // biome-ignore lint/a11y/noNoninteractiveTabindex: sighted keyboard users read the snapshots with the arrow keys
            tabIndex={0}
            className="rounded-md focus-visible:outline-2 focus-visible:outline-accent-600"
            onPointerMove={(event) =>
              setActive(nearest(event.clientX - event.currentTarget.getBoundingClientRect().left))
            }
            onPointerLeave={() => setActive(null)}
            onFocus={() => setActive((current) => current ?? history.length - 1)}
            onBlur={() => setActive(null)}
            onKeyDown={(event) => {
              if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
              event.preventDefault();
              const step = event.key === 'ArrowLeft' ? -1 : 1;
              setActive((current) => Math.min(history.length - 1, Math.max(0, (current ?? 0) + step)));
            }}
          >
            {yTicks.map((tick) => (
              <g key={tick}>
                <line x1={MARGIN.left} x2={width - MARGIN.right} y1={y(tick)} y2={y(tick)} stroke="#f4f4f5" />
                <text
                  x={MARGIN.left - 8}
                  y={y(tick)}
                  dy="0.32em"
                  textAnchor="end"
                  className="fill-zinc-500 text-[11px]"
                >
                  {compactNumber(tick)}
                </text>
              </g>
            ))}
            <line
              x1={MARGIN.left}
              x2={width - MARGIN.right}
              y1={MARGIN.top + plotHeight}
              y2={MARGIN.top + plotHeight}
              stroke="#d4d4d8"
            />
            {xTicks.map((tick, i) => (
              <text
                key={tick.t}
                x={x(tick.t)}
                y={HEIGHT - 8}
                textAnchor={i === 0 ? 'start' : i === xTicks.length - 1 ? 'end' : 'middle'}
                className="fill-zinc-500 text-[11px]"
              >
                {tick.label}
              </text>
            ))}
            {activeSnapshot && (
              <line
                x1={x(Date.parse(activeSnapshot.capturedAt))}
                x2={x(Date.parse(activeSnapshot.capturedAt))}
                y1={MARGIN.top}
                y2={MARGIN.top + plotHeight}
                stroke="#a1a1aa"
                strokeDasharray="3 3"
              />
            )}
            {series.map((s) => (
              <g key={s.key}>
                <polyline
                  points={s.points.map((p) => `${x(p.t)},${y(p.v)}`).join(' ')}
                  fill="none"
                  stroke={COLORS[s.key]}
                  strokeWidth="2"
                  strokeLinejoin="round"
                  strokeLinecap="round"
                />
                {s.points.map((p) => (
                  <circle key={p.t} cx={x(p.t)} cy={y(p.v)} r="3" fill="#fff" stroke={COLORS[s.key]} strokeWidth="2">
                    <title>{`${dateTime(new Date(p.t).toISOString())}: ${wholeNumber(p.v)} ${s.label}`}</title>
                  </circle>
                ))}
              </g>
            ))}
          </svg>
        )}
        {activeSnapshot && (
          <Tooltip
            snapshot={activeSnapshot}
            series={series}
            left={x(Date.parse(activeSnapshot.capturedAt))}
            width={width}
          />
        )}
        {width === 0 && <div style={{ height: HEIGHT }} />}
      </div>
      <figcaption className="text-xs text-zinc-500">
        {history.length} snapshots from {dateTime(history[0]?.capturedAt ?? '')} to{' '}
        {dateTime(history.at(-1)?.capturedAt ?? '')}.
      </figcaption>
      <table className="sr-only">
        <caption>Snapshots</caption>
        <thead>
          <tr>
            <th scope="col">Captured</th>
            {series.map((s) => (
              <th key={s.key} scope="col">
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {history.map((snapshot) => (
            <tr key={snapshot.capturedAt}>
              <td>{dateTime(snapshot.capturedAt)}</td>
              {series.map((s) => (
                <td key={s.key}>{snapshot[s.key] === null ? '—' : wholeNumber(snapshot[s.key] ?? 0)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

function Tooltip({
  snapshot,
  series,
  left,
  width,
}: {
  snapshot: MetricSnapshot;
  series: Series[];
  left: number;
  width: number;
}) {
  // Keep the box inside the chart: right of the point in the left half, left of it otherwise.
  const onLeft = left > width / 2;
  return (
    <div
      data-testid="chart-tooltip"
      className="pointer-events-none absolute top-2 rounded-md bg-zinc-900 px-2.5 py-1.5 text-xs text-white shadow-lg"
      style={onLeft ? { right: width - left + 10 } : { left: left + 10 }}
      aria-live="polite"
    >
      <p className="font-medium">{dateTime(snapshot.capturedAt)}</p>
      {series.map((s) => {
        const value = snapshot[s.key];
        return (
          <p key={s.key} className="flex items-center gap-1.5 tabular-nums">
            <svg className="size-2" viewBox="0 0 10 10" aria-hidden>
              <circle cx="5" cy="5" r="5" fill={COLORS[s.key]} />
            </svg>
            {value === null ? 'not reported' : wholeNumber(value)} {s.label}
          </p>
        );
      })}
    </div>
  );
}
