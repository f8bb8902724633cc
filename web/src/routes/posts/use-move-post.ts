import { useCallback, useEffect, useRef } from 'react';
import { errorMessage } from '../../api/problem';
import type { Post } from '../../api/types';
import { useToast } from '../../components/toast';
import { dateTime } from '../../lib/format';
import { useWorkspace } from '../../shell/workspace-context';
import { useUpdatePost } from './use-posts';

/** A post can move in time while nothing of it has started publishing. */
export function canMove(post: Post): boolean {
  return (
    post.status === 'scheduled' &&
    post.targets.every((target) => ['draft', 'scheduled', 'held'].includes(target.status))
  );
}

/**
 * Moves a post to another time (PATCH scheduledAt), says where it went, and keeps the keyboard
 * on it: once the calendar has redrawn it in its new place, focus returns to it.
 */
export function useMovePost() {
  const workspace = useWorkspace();
  const update = useUpdatePost(workspace.id);
  const toast = useToast();
  const refocus = useRef<{ id: string; at: string } | null>(null);

  // After every render until the post shows at its new time (the list refetches after the move).
  useEffect(() => {
    const wanted = refocus.current;
    if (!wanted) return;
    const chip = [...document.querySelectorAll<HTMLElement>(`[data-post-chip="${wanted.id}"]`)].find(
      (element) => element.dataset.at === wanted.at && element.offsetParent !== null,
    );
    if (!chip) return;
    refocus.current = null;
    chip.focus();
  });

  const move = useCallback(
    async (post: Post, to: Date, keepFocus = false) => {
      try {
        const moved = await update.mutateAsync({ postId: post.id, json: { scheduledAt: to.toISOString() } });
        refocus.current = keepFocus && moved.scheduledAt ? { id: post.id, at: moved.scheduledAt } : null;
        toast({ title: `Moved to ${dateTime(to.toISOString())}` });
      } catch (error) {
        toast({ title: 'Could not move the post', description: errorMessage(error), tone: 'danger' });
      }
    },
    [update, toast],
  );
  return { move, moving: update.isPending };
}
