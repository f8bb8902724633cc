import { CalendarClock } from 'lucide-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { BackLink } from '../../components/back-link';
import { Badge } from '../../components/badge';
import { Card } from '../../components/card';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { PageHeader } from '../../components/page-header';
import { Select } from '../../components/select';
import { SkeletonRows } from '../../components/skeleton';
import { useWorkspace } from '../../shell/workspace-context';
import { TargetStatusBadge } from '../posts/target-status';
import { slotLabel } from './slot-rows';
import { SlotsEditor } from './slots-editor';
import { useAccount, useAccountQueue, useSlots } from './use-queue';

const WEEK_OPTIONS = [1, 2, 4, 8].map((weeks) => ({
  value: String(weeks),
  label: `Next ${weeks} week${weeks === 1 ? '' : 's'}`,
}));

/** One account's queue: its coming posting times with the post in each (or free), and its weekly times. */
export function QueuePage() {
  const workspace = useWorkspace();
  const accountId = useParams().accountId ?? '';
  const [weeks, setWeeks] = useState(2);
  const account = useAccount(workspace.id, accountId);
  const slots = useSlots(workspace.id, accountId);
  const queue = useAccountQueue(workspace.id, accountId, weeks);
  const name = account.data?.name ?? 'Account';

  return (
    <>
      <BackLink to={`/w/${workspace.id}/accounts`}>Accounts</BackLink>
      <PageHeader
        title={`Queue of ${name}`}
        description="Add a post to the queue from the composer: it takes the first free posting time of every account it goes to."
      />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <Card
          flush
          title="Coming posting times"
          description={queue.data?.timeZone ? `Times in ${queue.data.timeZone.replaceAll('_', ' ')}` : undefined}
          actions={
            <Select
              className="w-44"
              aria-label="How far ahead"
              value={String(weeks)}
              onChange={(event) => setWeeks(Number(event.target.value))}
              options={WEEK_OPTIONS}
            />
          }
        >
          {queue.isPending ? (
            <SkeletonRows rows={6} />
          ) : queue.isError || !queue.data ? (
            <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />
          ) : queue.data.slots.length === 0 || !queue.data.timeZone ? (
            <EmptyState
              icon={<CalendarClock />}
              title="No posting times"
              description="Add weekly posting times beside this list; the queue fills them in order."
            />
          ) : (
            <ol className="divide-y divide-zinc-100">
              {queue.data.slots.map((slot) => (
                <li key={slot.at} className="flex flex-wrap items-center gap-3 px-5 py-3 text-sm">
                  <time dateTime={slot.at} className="w-40 shrink-0 font-medium text-zinc-900">
                    {slotLabel(slot.at, queue.data.timeZone ?? 'UTC')}
                  </time>
                  {slot.post ? (
                    <>
                      <Link
                        to={`/w/${workspace.id}/posts/${slot.post.id}`}
                        className="min-w-0 flex-1 truncate text-zinc-700 hover:underline"
                      >
                        {slot.post.body}
                      </Link>
                      <TargetStatusBadge status={slot.post.status} />
                    </>
                  ) : (
                    <Badge tone="neutral">Free</Badge>
                  )}
                </li>
              ))}
            </ol>
          )}
        </Card>
        <Card title="Weekly posting times">
          {slots.isPending ? (
            <SkeletonRows rows={3} />
          ) : slots.isError || !slots.data ? (
            <ErrorState error={slots.error} onRetry={() => void slots.refetch()} />
          ) : (
            <SlotsEditor
              key={accountId}
              workspaceId={workspace.id}
              accountId={accountId}
              initial={slots.data}
              canEdit={workspace.can('editor')}
            />
          )}
        </Card>
      </div>
    </>
  );
}
