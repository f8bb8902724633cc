import { CalendarDays, Plus, Upload } from 'lucide-react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { Post, PostStatus } from '../../api/types';
import { Button, buttonClasses } from '../../components/button';
import { Card } from '../../components/card';
import { EmptyState } from '../../components/empty-state';
import { PageHeader } from '../../components/page-header';
import { ListState, LoadMore } from '../../components/query-state';
import { Select } from '../../components/select';
import { CALENDAR_VIEWS, type CalendarView, dayKey, parseDayKey } from '../../lib/calendar';
import { cn } from '../../lib/cn';
import { useWorkspace } from '../../shell/workspace-context';
import { useAllAccounts } from '../accounts/use-accounts';
import { ImportDialog } from './import-dialog';
import { MoveDialog } from './move-dialog';
import { PostsCalendar } from './posts-calendar';
import { PostsList } from './posts-list';
import { useMovePost } from './use-move-post';
import { usePosts } from './use-posts';

type View = 'list' | CalendarView;
const VIEWS: { value: View; label: string }[] = [
  { value: 'list', label: 'List' },
  ...CALENDAR_VIEWS.map((value) => ({ value, label: value[0]?.toUpperCase() + value.slice(1) })),
];

const STATUS_OPTIONS = [
  { value: '', label: 'Any status' },
  { value: 'draft', label: 'Drafts' },
  { value: 'scheduled', label: 'Scheduled' },
];

function parseStatus(value: string | null): PostStatus | undefined {
  return value === 'draft' || value === 'scheduled' ? value : undefined;
}

/** Posts as a list (filtered by status) or a calendar (month, week, day); the choice lives in the URL. */
export function PostsPage() {
  const workspace = useWorkspace();
  const [params, setParams] = useSearchParams();
  const view = VIEWS.find((v) => v.value === params.get('view'))?.value ?? 'list';
  const anchor = parseDayKey(params.get('date')) ?? new Date();
  const status = parseStatus(params.get('status'));
  const { list, more } = usePosts(workspace.id, status);
  const accounts = useAllAccounts(workspace.id);
  const { move } = useMovePost();
  const [movingTo, setMovingTo] = useState<Post | null>(null);

  const set = (changes: Record<string, string | undefined>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [name, value] of Object.entries(changes)) {
          if (value) next.set(name, value);
          else next.delete(name);
        }
        return next;
      },
      { replace: true },
    );

  const [importing, setImporting] = useState(false);
  const newPost = workspace.can('editor') && (
    <Link to={`/w/${workspace.id}/posts/new`} className={buttonClasses('primary')}>
      <Plus className="size-4" aria-hidden />
      New post
    </Link>
  );
  const importButton = workspace.can('editor') && (
    <Button icon={<Upload className="size-4" />} onClick={() => setImporting(true)}>
      Import CSV
    </Button>
  );

  return (
    <>
      <PageHeader
        title="Posts"
        description="Drafts, scheduled posts and what was published, with each account’s state."
        actions={
          <>
            {importButton}
            {newPost}
          </>
        }
      />
      <Card
        flush
        actions={
          <>
            <fieldset className="inline-flex rounded-lg bg-zinc-100 p-1">
              <legend className="sr-only">View</legend>
              {VIEWS.map((option) => (
                <button
                  key={option.value}
                  type="button"
                  aria-pressed={view === option.value}
                  onClick={() => set({ view: option.value === 'list' ? undefined : option.value })}
                  className={cn(
                    'rounded-md px-3 py-1 text-sm font-medium focus-visible:outline-2 focus-visible:outline-accent-600',
                    view === option.value ? 'bg-white text-zinc-900 shadow-xs' : 'text-zinc-600 hover:text-zinc-900',
                  )}
                >
                  {option.label}
                </button>
              ))}
            </fieldset>
            {view === 'list' && (
              <Select
                className="w-40"
                aria-label="Filter by status"
                value={status ?? ''}
                onChange={(event) => set({ status: event.target.value })}
                options={STATUS_OPTIONS}
              />
            )}
          </>
        }
      >
        {view === 'list' ? (
          <>
            <ListState
              query={list}
              empty={
                <EmptyState
                  icon={<CalendarDays />}
                  title={status ? 'No posts match' : 'No posts yet'}
                  description={
                    status
                      ? 'Try another status.'
                      : 'A post is written once and published to the accounts you choose, now or at a time you pick.'
                  }
                  action={newPost}
                />
              }
            >
              {(posts) => <PostsList posts={posts} accounts={accounts.data ?? []} onMoveTo={setMovingTo} />}
            </ListState>
            <LoadMore {...more} />
          </>
        ) : (
          <PostsCalendar
            view={view}
            anchor={anchor}
            onAnchor={(date) => set({ date: dayKey(date) })}
            onMove={(post, to, keepFocus) => void move(post, to, keepFocus)}
          />
        )}
      </Card>
      <MoveDialog post={movingTo} onClose={() => setMovingTo(null)} onMove={(post, to) => move(post, to)} />
      <ImportDialog workspaceId={workspace.id} open={importing} onClose={() => setImporting(false)} />
    </>
  );
}
