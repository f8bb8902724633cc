import { type ReactNode, useEffect, useRef, useState } from 'react';
import { timeTicks, valueTicks } from '../lib/chart-scales';
import { compactNumber, wholeNumber } from '../lib/format';

const HEIGHT = 240;
const MARGIN = { top: 12, right: 16, bottom: 28, left: 52 };

export interface ChartSeries {
  key: string;
  label: string;
  /** A colour SVG understands (not a class). */
  color: string;
}

/** One moment on the time axis and each series' value then (null: not reported). */
export interface ChartRow {
  t: number;
  values: Record<string, number | null>;
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

function Dot({ color, className = 'size-2.5' }: { color: string; className?: string }) {
  return (
    <svg className={className} viewBox="0 0 10 10" aria-hidden>
      <circle cx="5" cy="5" r="5" fill={color} />
    </svg>
  );
}

/**
 * Lines over time, drawn as plain SVG without a charting library. Hover, or focus and use
 * the arrow keys, to read one moment; a table carries the same data for screen readers.
 * `rows` must be in time order.
 */
export function LineChart({
  series,
  rows,
  label,
  formatTime,
  caption,
  testId,
}: {
  series: ChartSeries[];
  rows: ChartRow[];
  /** The chart's accessible name, e.g. "views over time". */
  label: string;
  /** How a moment reads in the tooltip and the table. */
  formatTime: (t: number) => string;
  caption?: ReactNode;
  testId?: string;
}) {
  const { ref, width } = useWidth();
  const [active, setActive] = useState<number | null>(null);
  const times = rows.map((row) => row.t);
  const t0 = times[0] ?? 0;
  const t1 = times.at(-1) ?? t0;
  const points = series.map((s) =>
    rows.flatMap((row) => {
      const v = row.values[s.key];
      return v === null || v === undefined ? [] : [{ t: row.t, v }];
    }),
  );
  const values = points.flat().map((p) => p.v);
  const yTicks = valueTicks(Math.min(...values), Math.max(...values));
  const yMin = yTicks[0] ?? 0;
  const yMax = yTicks.at(-1) ?? 1;
  const plotWidth = Math.max(0, width - MARGIN.left - MARGIN.right);
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (t: number) => MARGIN.left + (t1 === t0 ? plotWidth / 2 : ((t - t0) / (t1 - t0)) * plotWidth);
  const y = (v: number) => MARGIN.top + plotHeight - ((v - yMin) / (yMax - yMin || 1)) * plotHeight;
  const xTicks = timeTicks(t0, t1, Math.max(2, Math.floor(plotWidth / 110)));
  const activeRow = active === null ? undefined : rows[active];

  const nearest = (px: number) => {
    let best = 0;
    times.forEach((t, i) => {
      if (Math.abs(x(t) - px) < Math.abs(x(times[best] ?? t0) - px)) best = i;
    });
    return best;
  };

  return (
    // Clipped sideways: the screen-reader table, absolutely placed, is as wide as its columns and
    // would otherwise widen the page on a phone.
    <figure className="relative space-y-3 overflow-x-clip" data-testid={testId}>
      {series.length > 1 && (
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-zinc-600" aria-label="Legend">
          {series.map((s) => (
            <li key={s.key} className="inline-flex items-center gap-1.5">
              <Dot color={s.color} />
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
            aria-label={label}
            // biome-ignore lint/a11y/noNoninteractiveTabindex: sighted keyboard users read the moments with the arrow keys
            tabIndex={0}
            className="rounded-md focus-visible:outline-2 focus-visible:outline-accent-600"
            onPointerMove={(event) =>
              setActive(nearest(event.clientX - event.currentTarget.getBoundingClientRect().left))
            }
            onPointerLeave={() => setActive(null)}
            onFocus={() => setActive((current) => current ?? rows.length - 1)}
            onBlur={() => setActive(null)}
            onKeyDown={(event) => {
              if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
              event.preventDefault();
              const step = event.key === 'ArrowLeft' ? -1 : 1;
              setActive((current) => Math.min(rows.length - 1, Math.max(0, (current ?? 0) + step)));
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
            {activeRow && (
              <line
                x1={x(activeRow.t)}
                x2={x(activeRow.t)}
                y1={MARGIN.top}
                y2={MARGIN.top + plotHeight}
                stroke="#a1a1aa"
                strokeDasharray="3 3"
              />
            )}
            {series.map((s, i) => (
              <g key={s.key}>
                <polyline
                  points={(points[i] ?? []).map((p) => `${x(p.t)},${y(p.v)}`).join(' ')}
                  fill="none"
                  stroke={s.color}
                  strokeWidth="2"
                  strokeLinejoin="round"
                  strokeLinecap="round"
                />
                {(points[i] ?? []).map((p) => (
                  <circle key={p.t} cx={x(p.t)} cy={y(p.v)} r="3" fill="#fff" stroke={s.color} strokeWidth="2">
                    <title>{`${formatTime(p.t)}: ${wholeNumber(p.v)} ${s.label}`}</title>
                  </circle>
                ))}
              </g>
            ))}
          </svg>
        )}
        {activeRow && (
          <Tooltip row={activeRow} series={series} left={x(activeRow.t)} width={width} formatTime={formatTime} />
        )}
        {width === 0 && <div style={{ height: HEIGHT }} />}
      </div>
      {caption && <figcaption className="text-xs text-zinc-500">{caption}</figcaption>}
      <table className="sr-only">
        <caption>{label}</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            {series.map((s) => (
              <th key={s.key} scope="col">
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.t}>
              <td>{formatTime(row.t)}</td>
              {series.map((s) => {
                const value = row.values[s.key];
                return <td key={s.key}>{value === null || value === undefined ? '—' : wholeNumber(value)}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

function Tooltip({
  row,
  series,
  left,
  width,
  formatTime,
}: {
  row: ChartRow;
  series: ChartSeries[];
  left: number;
  width: number;
  formatTime: (t: number) => string;
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
      <p className="font-medium">{formatTime(row.t)}</p>
      {series.map((s) => {
        const value = row.values[s.key];
        return (
          <p key={s.key} className="flex items-center gap-1.5 tabular-nums">
            <Dot color={s.color} className="size-2" />
            {value === null || value === undefined ? 'not reported' : wholeNumber(value)} {s.label}
          </p>
        );
      })}
    </div>
  );
}
