import { cn } from '../../lib/cn';
import { describeHour, type HourCell, hourRange, LEVELS, levelOf, WEEKDAYS, weekGrid } from './best-hours';

/** Accent shades by level (0: posts but no engagement). */
const SHADES = ['bg-zinc-200', 'bg-accent-100', 'bg-accent-200', 'bg-accent-500', 'bg-accent-700'] as const;

/**
 * The week as a grid, a row per day and a column per hour on the viewer's clock, each hour
 * shaded by the median engagement of the posts that went out in it. It is a table, so screen
 * readers walk it by day and hour, and each cell says its numbers; the best hours are also
 * listed in words above it.
 */
export function BestHoursGrid({ cells, timeZone }: { cells: HourCell[]; timeZone: string }) {
  const grid = weekGrid(cells);
  const best = Math.max(0, ...cells.map((c) => c.engagement));
  const top = cells.slice(0, 3);
  return (
    <div className="space-y-4">
      <div>
        <h3 className="text-sm font-medium text-zinc-900">Best hours ({timeZone})</h3>
        <ol className="mt-1 list-decimal space-y-0.5 pl-5 text-sm text-zinc-700">
          {top.map((cell) => (
            <li key={`${cell.weekday}:${cell.hour}`}>{describeHour(cell)}</li>
          ))}
        </ol>
      </div>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: the grid scrolls sideways on a phone; the keyboard must reach it */}
      <div className="overflow-x-auto rounded-md focus-visible:outline-2 focus-visible:outline-accent-600" tabIndex={0}>
        <table className="border-separate border-spacing-0.5 text-[10px] text-zinc-500" data-testid="best-hours-grid">
          <caption className="sr-only">
            Median engagement of posts by weekday and hour they went out, in {timeZone}
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <span className="sr-only">Day</span>
              </th>
              {Array.from({ length: 24 }, (_, hour) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the hour is the column
                <th key={hour} scope="col" className="w-5 font-normal" title={hourRange(hour)}>
                  {hour % 3 === 0 ? String(hour).padStart(2, '0') : <span className="sr-only">{hour}</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.map((row, day) => (
              <tr key={WEEKDAYS[day]}>
                <th scope="row" className="pr-1 text-left font-normal">
                  <abbr title={WEEKDAYS[day]} className="no-underline">
                    {WEEKDAYS[day]?.slice(0, 3)}
                  </abbr>
                </th>
                {row.map((cell, hour) => (
                  <td
                    // biome-ignore lint/suspicious/noArrayIndexKey: the hour is the column
                    key={hour}
                    title={cell ? describeHour(cell) : undefined}
                    className={cn(
                      'h-5 w-5 rounded-sm',
                      cell ? SHADES[levelOf(cell.engagement, best)] : 'bg-white ring-1 ring-zinc-100 ring-inset',
                    )}
                  >
                    <span className="sr-only">{cell ? describeHour(cell) : 'no posts'}</span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-zinc-600" aria-label="Legend">
        <li className="inline-flex items-center gap-1.5">
          <span className="size-3 rounded-sm bg-white ring-1 ring-zinc-200" aria-hidden /> no posts
        </li>
        <li className="inline-flex items-center gap-1.5">
          <span className={cn('size-3 rounded-sm', SHADES[0])} aria-hidden /> no engagement
        </li>
        <li className="inline-flex items-center gap-1">
          less
          {SHADES.slice(1, LEVELS + 1).map((shade) => (
            <span key={shade} className={cn('size-3 rounded-sm', shade)} aria-hidden />
          ))}
          more median engagement (likes + reposts + replies + quotes)
        </li>
      </ul>
    </div>
  );
}
