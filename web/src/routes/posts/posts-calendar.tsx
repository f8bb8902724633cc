import { ChevronLeft, ChevronRight } from 'lucide-react';
import type { Post } from '../../api/types';
import { Button } from '../../components/button';
import { ErrorState } from '../../components/error-state';
import { SkeletonRows } from '../../components/skeleton';
import { type CalendarView, localTimeZone, shiftView, viewDays, viewRange } from '../../lib/calendar';
import { useWorkspace } from '../../shell/workspace-context';
import { CalendarAgenda, CalendarGrid } from './calendar-grid';
import { MOVE_KEYS } from './post-chip';
import { usePostsBetween } from './use-posts';

const monthTitle = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric' });
const dayTitle = new Intl.DateTimeFormat(undefined, { dateStyle: 'full' });
const span = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

function title(view: CalendarView, anchor: Date, days: Date[]): string {
  if (view === 'month') return monthTitle.format(anchor);
  if (view === 'day') return dayTitle.format(anchor);
  return span.formatRange(days[0] ?? anchor, days.at(-1) ?? anchor);
}

/** Scheduled posts by month, week or day, in the browser's time zone; posts move by drag or keys. */
export function PostsCalendar({
  view,
  anchor,
  onAnchor,
  onMove,
}: {
  view: CalendarView;
  anchor: Date;
  onAnchor: (date: Date) => void;
  onMove: (post: Post, to: Date, keepFocus?: boolean) => void;
}) {
  const workspace = useWorkspace();
  const days = viewDays(view, anchor);
  const { from, to } = viewRange(view, anchor);
  const posts = usePostsBetween(workspace.id, from, to);
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3 border-b border-zinc-100 px-4 py-3">
        <h2 className="text-base font-semibold text-zinc-900" aria-live="polite">
          {title(view, anchor, days)}
        </h2>
        <div className="flex items-center gap-1">
          <Button size="sm" variant="ghost" aria-label="Earlier" onClick={() => onAnchor(shiftView(view, anchor, -1))}>
            <ChevronLeft className="size-4" aria-hidden />
          </Button>
          <Button size="sm" onClick={() => onAnchor(new Date())}>
            Today
          </Button>
          <Button size="sm" variant="ghost" aria-label="Later" onClick={() => onAnchor(shiftView(view, anchor, 1))}>
            <ChevronRight className="size-4" aria-hidden />
          </Button>
        </div>
      </div>
      {posts.isPending ? (
        <SkeletonRows rows={5} />
      ) : posts.isError ? (
        <ErrorState error={posts.error} onRetry={() => posts.refetch()} />
      ) : (
        <>
          <div className="hidden sm:block">
            <CalendarGrid view={view} days={days} anchor={anchor} posts={posts.data} onMove={onMove} />
          </div>
          <div className="sm:hidden">
            <CalendarAgenda days={days} posts={posts.data} onMove={onMove} />
          </div>
        </>
      )}
      <p id="calendar-move-keys" className="border-t border-zinc-100 px-4 py-2 text-xs text-zinc-500">
        Times in {localTimeZone()}. Drag a scheduled post to another day{view === 'day' ? ' or hour' : ''}; {MOVE_KEYS}
      </p>
    </>
  );
}
