import type { KeyboardEvent } from 'react';
import { Link } from 'react-router';
import type { Post } from '../../api/types';
import { addDays } from '../../lib/calendar';
import { cn } from '../../lib/cn';
import { useWorkspace } from '../../shell/workspace-context';
import { excerpt } from './post-summary';
import { TARGET_STATES } from './target-status';
import { canMove } from './use-move-post';

const time = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });

/** The keys that move a focused post (documented under the calendar). */
export const MOVE_KEYS = 'Alt + ← / → moves a focused post a day, Alt + ↑ / ↓ an hour.';

/** A post in the calendar: a link to it, draggable (and movable with Alt + arrows) while it waits. */
export function PostChip({ post, onMove }: { post: Post; onMove: (post: Post, to: Date) => void }) {
  const workspace = useWorkspace();
  const movable = canMove(post);
  const at = post.scheduledAt ? new Date(post.scheduledAt) : null;
  const status = post.targets[0]?.status ?? 'draft';
  const worst = post.targets.find((t) => t.status === 'failed' || t.status === 'held')?.status;

  const onKeyDown = (event: KeyboardEvent<HTMLAnchorElement>) => {
    if (!movable || !at || !event.altKey) return;
    const hour = 3_600_000;
    const to = {
      ArrowLeft: addDays(at, -1),
      ArrowRight: addDays(at, 1),
      ArrowUp: new Date(at.getTime() - hour),
      ArrowDown: new Date(at.getTime() + hour),
    }[event.key];
    if (!to) return;
    event.preventDefault();
    onMove(post, to);
  };

  const label = `${at ? time.format(at) : ''} ${excerpt(post, 40)}`.trim();
  return (
    <Link
      to={`/w/${workspace.id}/posts/${post.id}`}
      data-post-chip={post.id}
      data-at={post.scheduledAt ?? undefined}
      draggable={movable}
      onDragStart={(event) => {
        event.dataTransfer.setData('text/x-crowsnest-post', post.id);
        event.dataTransfer.effectAllowed = 'move';
      }}
      onKeyDown={onKeyDown}
      aria-describedby={movable ? 'calendar-move-keys' : undefined}
      title={`${label} (${TARGET_STATES[worst ?? status].label})`}
      className={cn(
        'block truncate rounded-md px-1.5 py-1 text-xs ring-1 ring-inset focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-accent-600',
        worst
          ? 'bg-red-50 text-red-800 ring-red-200'
          : status === 'published'
            ? 'bg-emerald-50 text-emerald-800 ring-emerald-200'
            : 'bg-accent-50 text-accent-800 ring-accent-200',
        movable && 'cursor-grab',
      )}
    >
      {at && <span className="font-medium tabular-nums">{time.format(at)}</span>} {excerpt(post, 40)}
      <span className="sr-only">, {TARGET_STATES[worst ?? status].label}</span>
    </Link>
  );
}

/** Drop-target props for a day (and, with `hour`, an hour of it): a post dropped there moves to it. */
export function dropTarget(posts: readonly Post[], onDrop: (post: Post) => void) {
  return {
    onDragOver: (event: React.DragEvent) => {
      if (event.dataTransfer.types.includes('text/x-crowsnest-post')) {
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
      }
    },
    onDrop: (event: React.DragEvent) => {
      const id = event.dataTransfer.getData('text/x-crowsnest-post');
      const post = posts.find((p) => p.id === id);
      if (!post) return;
      event.preventDefault();
      onDrop(post);
    },
  };
}
