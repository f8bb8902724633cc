import type { Post } from '../../api/types';
import { type CalendarView, dayKey, moveTo, sameDay } from '../../lib/calendar';
import { cn } from '../../lib/cn';
import { dropTarget, PostChip } from './post-chip';

const weekday = new Intl.DateTimeFormat(undefined, { weekday: 'short' });
const dayLabel = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long' });
const HOURS = Array.from({ length: 24 }, (_, hour) => hour);
const hourLabel = new Intl.DateTimeFormat(undefined, { hour: 'numeric' });

function postsOn(posts: readonly Post[], day: Date): Post[] {
  return posts
    .filter((post) => post.scheduledAt && sameDay(new Date(post.scheduledAt), day))
    .sort((a, b) => (a.scheduledAt ?? '').localeCompare(b.scheduledAt ?? ''));
}

interface GridProps {
  view: CalendarView;
  days: Date[];
  anchor: Date;
  posts: Post[];
  onMove: (post: Post, to: Date, keepFocus?: boolean) => void;
}

/**
 * The calendar on wider screens: a month of day cells, a week of day columns, or a day of
 * hours. Each day (and each hour of the day view) takes a dropped post, keeping its time of
 * day, or moving it to that hour.
 */
export function CalendarGrid({ view, days, anchor, posts, onMove }: GridProps) {
  const today = new Date();
  const keyMove = (post: Post, to: Date) => onMove(post, to, true);
  if (view === 'day') {
    const day = days[0] ?? anchor;
    const onDay = postsOn(posts, day);
    return (
      <ol className="divide-y divide-zinc-100" aria-label={dayLabel.format(day)}>
        {HOURS.map((hour) => {
          const inHour = onDay.filter((post) => new Date(post.scheduledAt ?? 0).getHours() === hour);
          const at = new Date(day);
          at.setHours(hour);
          return (
            <li
              key={hour}
              data-testid={`hour-${hour}`}
              className="flex min-h-10 gap-3 px-4 py-1.5"
              {...dropTarget(posts, (post) => onMove(post, moveTo(new Date(post.scheduledAt ?? 0), day, hour)))}
            >
              <span className="w-14 shrink-0 pt-1 text-xs text-zinc-500 tabular-nums">{hourLabel.format(at)}</span>
              <div className="min-w-0 flex-1 space-y-1">
                {inHour.map((post) => (
                  <PostChip key={post.id} post={post} onMove={keyMove} />
                ))}
              </div>
            </li>
          );
        })}
      </ol>
    );
  }
  const weeks = Array.from({ length: days.length / 7 }, (_, week) => days.slice(week * 7, week * 7 + 7));
  return (
    <table className="w-full table-fixed border-collapse" aria-label={view === 'month' ? 'Month' : 'Week'}>
      <thead>
        <tr>
          {weeks[0]?.map((day) => (
            <th
              key={dayKey(day)}
              scope="col"
              className="border-b border-zinc-200 bg-zinc-50/80 px-2 py-1.5 text-left text-xs font-medium text-zinc-500"
            >
              {weekday.format(day)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={dayKey(week[0] ?? anchor)}>
            {week.map((day) => {
              const outside = view === 'month' && day.getMonth() !== anchor.getMonth();
              return (
                <td
                  key={dayKey(day)}
                  aria-label={dayLabel.format(day)}
                  data-day={dayKey(day)}
                  className={cn(
                    'min-w-0 border-r border-b border-zinc-100 p-1.5 align-top',
                    view === 'week' ? 'h-64' : 'h-24',
                    outside && 'bg-zinc-50/70',
                  )}
                  {...dropTarget(posts, (post) => onMove(post, moveTo(new Date(post.scheduledAt ?? 0), day)))}
                >
                  <p
                    className={cn(
                      'mb-1 text-xs tabular-nums',
                      sameDay(day, today)
                        ? 'inline-flex size-5 items-center justify-center rounded-full bg-accent-600 font-semibold text-white'
                        : outside
                          ? 'text-zinc-500'
                          : 'text-zinc-700',
                    )}
                    aria-hidden
                  >
                    {day.getDate()}
                  </p>
                  <div className="space-y-1">
                    {postsOn(posts, day).map((post) => (
                      <PostChip key={post.id} post={post} onMove={keyMove} />
                    ))}
                  </div>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The calendar on a phone: the days that have posts, one under another. */
export function CalendarAgenda({ days, posts, onMove }: Omit<GridProps, 'view' | 'anchor'>) {
  const withPosts = days.filter((day) => postsOn(posts, day).length > 0);
  if (withPosts.length === 0)
    return <p className="px-4 py-8 text-center text-sm text-zinc-500">Nothing scheduled in these days.</p>;
  return (
    <ol className="divide-y divide-zinc-100">
      {withPosts.map((day) => (
        <li key={dayKey(day)} className="px-4 py-3">
          <h3 className="mb-2 text-xs font-semibold text-zinc-700">{dayLabel.format(day)}</h3>
          <div className="space-y-1.5">
            {postsOn(posts, day).map((post) => (
              <PostChip key={post.id} post={post} onMove={(p, to) => onMove(p, to, true)} />
            ))}
          </div>
        </li>
      ))}
    </ol>
  );
}
