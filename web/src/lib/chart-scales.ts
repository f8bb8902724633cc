/** Axis arithmetic for the metric-history chart: pure, so the drawing stays simple. */

/** A step of 1, 2 or 5 times a power of ten that splits `range` into about `count` parts; at least 1 (counts are whole). */
function niceStep(range: number, count: number): number {
  const raw = range / count;
  if (raw <= 1) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const normalized = raw / magnitude;
  const factor = normalized <= 1 ? 1 : normalized <= 2 ? 2 : normalized <= 5 ? 5 : 10;
  return factor * magnitude;
}

/**
 * Round value ticks covering `lo`..`hi`. The axis starts at zero unless every value sits
 * well above it, where a zero-based axis would flatten the growth the chart is there to show.
 */
export function valueTicks(lo: number, hi: number, count = 4): number[] {
  let min = lo;
  let max = hi;
  if (min >= 0 && min <= max / 2) min = 0;
  if (min === max) {
    min = Math.max(0, min - 1);
    max += 1;
  }
  const step = niceStep(max - min, count);
  const start = Math.floor(min / step) * step;
  const end = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let tick = start; tick <= end + step / 2; tick += step) ticks.push(tick);
  return ticks;
}

const HOUR_MS = 3_600_000;
const timeOfDay = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });
const dayHour = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', hour: 'numeric' });
const dayMonth = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const monthYear = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric' });

/** Evenly spaced time ticks from `t0` to `t1`, labelled for the span they cover. */
export function timeTicks(t0: number, t1: number, count: number): { t: number; label: string }[] {
  const span = t1 - t0;
  const format =
    span <= 18 * HOUR_MS
      ? timeOfDay
      : span <= 4 * 24 * HOUR_MS
        ? dayHour
        : span <= 300 * 24 * HOUR_MS
          ? dayMonth
          : monthYear;
  const n = Math.max(1, Math.min(count, Math.round(span / (15 * 60_000)) || 1));
  const ticks = Array.from({ length: n + 1 }, (_, i) => t0 + (span * i) / n);
  // Neighbouring ticks with the same label (two on one day) say nothing: keep the first.
  return ticks
    .map((t) => ({ t, label: format.format(new Date(t)) }))
    .filter((tick, i, all) => i === 0 || tick.label !== all[i - 1]?.label);
}
