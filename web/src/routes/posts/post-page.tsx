import { ExternalLink, RotateCw } from 'lucide-react';
import { useParams } from 'react-router';
import { errorMessage } from '../../api/problem';
import type { Account, Post, PostTarget } from '../../api/types';
import { Alert } from '../../components/alert';
import { BackLink } from '../../components/back-link';
import { Button } from '../../components/button';
import { Card } from '../../components/card';
import { ErrorState } from '../../components/error-state';
import { PageHeader } from '../../components/page-header';
import { SkeletonRows } from '../../components/skeleton';
import { useToast } from '../../components/toast';
import { dateTime } from '../../lib/format';
import { platformIcon, platformLabel } from '../../lib/publish-platforms';
import { useWorkspace } from '../../shell/workspace-context';
import { useAllAccounts } from '../accounts/use-accounts';
import { PostNumbers } from '../metrics/post-numbers';
import { excerpt } from './post-summary';
import { canRetry, TARGET_STATES, TargetStatusBadge } from './target-status';
import { usePost, useRetryPost } from './use-posts';

/** One post: its text, and each account's state with its timeline, link or error; live while it publishes. */
export function PostPage() {
  const workspace = useWorkspace();
  const { postId = '' } = useParams();
  const post = usePost(workspace.id, postId);
  const accounts = useAllAccounts(workspace.id);
  const retry = useRetryPost(workspace.id);
  const toast = useToast();
  const back = <BackLink to={`/w/${workspace.id}/posts`}>Posts</BackLink>;

  if (post.isPending) {
    return (
      <>
        {back}
        <Card>
          <SkeletonRows rows={4} />
        </Card>
      </>
    );
  }
  if (post.isError) {
    return (
      <>
        {back}
        <Card>
          <ErrorState error={post.error} onRetry={() => post.refetch()} />
        </Card>
      </>
    );
  }
  const data = post.data;
  const retryable = data.targets.some((t) => canRetry(t.status));
  return (
    <>
      {back}
      <PageHeader
        title={excerpt(data, 60) || 'Post'}
        documentTitle="Post"
        description={describe(data)}
        actions={
          retryable &&
          workspace.can('editor') && (
            <Button
              variant="primary"
              icon={<RotateCw className="size-4" />}
              loading={retry.isPending}
              onClick={() =>
                retry.mutate(data.id, {
                  onSuccess: () => toast({ title: 'Trying again' }),
                  onError: (error) =>
                    toast({ title: 'Could not retry', description: errorMessage(error), tone: 'danger' }),
                })
              }
            >
              Retry
            </Button>
          )
        }
      />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,22rem)]">
        <div className="min-w-0 space-y-4">
          {data.targets.map((target) => (
            <TargetCard
              key={target.id}
              target={target}
              account={accounts.data?.find((a) => a.id === target.accountId)}
            />
          ))}
          {data.targets.some((t) => t.publishedAt !== null) && (
            <PostNumbers workspaceId={workspace.id} postId={data.id} accounts={accounts.data} />
          )}
        </div>
        <Card title="Text">
          <p className="text-sm break-words whitespace-pre-wrap text-zinc-800">{data.body}</p>
          {data.thread.map((part, index) => (
            <p
              // biome-ignore lint/suspicious/noArrayIndexKey: a part's place is its identity
              key={index}
              className="mt-3 border-t border-zinc-100 pt-3 text-sm break-words whitespace-pre-wrap text-zinc-800"
            >
              <span className="mb-1 block text-xs text-zinc-500">Part {index + 2}</span>
              {part.body}
            </p>
          ))}
        </Card>
      </div>
    </>
  );
}

/** When it went out, or when it will, or that it waits as a draft. */
function describe(post: Post): string {
  const published = post.targets.map((t) => t.publishedAt).filter((at): at is string => at !== null);
  if (published.length === post.targets.length && published.length > 0)
    return `Published ${dateTime(published.sort().at(-1) ?? '')}`;
  if (post.scheduledAt) return `Scheduled for ${dateTime(post.scheduledAt)}`;
  return 'A draft: not scheduled.';
}

function TargetCard({ target, account }: { target: PostTarget; account: Account | undefined }) {
  const Icon = platformIcon(account?.platform ?? '');
  return (
    <section
      aria-label={`${account?.name ?? 'Account'}: ${TARGET_STATES[target.status].label}`}
      data-testid="post-target"
      className="rounded-xl bg-white p-4 shadow-xs ring-1 ring-zinc-200"
    >
      <header className="flex flex-wrap items-center gap-2">
        <Icon className="size-4 text-zinc-500" aria-hidden />
        <h2 className="min-w-0 flex-1 truncate text-sm">
          <span className="font-semibold text-zinc-900">{account?.name ?? 'A removed account'}</span>{' '}
          {account && (
            <span className="text-zinc-500">
              {platformLabel(account.platform)} · {account.handle}
            </span>
          )}
        </h2>
        <span aria-live="polite">
          <TargetStatusBadge status={target.status} />
        </span>
      </header>
      <p className="mt-1 text-xs text-zinc-500">{TARGET_STATES[target.status].means}</p>
      {target.body !== null && (
        <p className="mt-2 text-sm whitespace-pre-wrap text-zinc-700">
          <span className="text-xs text-zinc-500">Its own text: </span>
          {target.body}
        </p>
      )}
      {target.url && (
        <a
          href={target.url}
          target="_blank"
          rel="noreferrer noopener"
          className="mt-2 inline-flex items-center gap-1 text-sm font-medium text-accent-700 hover:underline"
        >
          See it on {account ? platformLabel(account.platform) : 'the platform'}
          <ExternalLink className="size-3.5" aria-hidden />
        </a>
      )}
      {target.error && (target.status === 'failed' || target.status === 'unconfirmed' || target.status === 'held') && (
        <Alert tone={target.status === 'failed' ? 'danger' : 'warning'} className="mt-3">
          {target.error}
        </Alert>
      )}
      <ol className="mt-3 space-y-1.5 border-l-2 border-zinc-100 pl-3" aria-label="Timeline">
        {target.events.map((event) => (
          <li key={`${event.status}-${event.at}`} className="text-xs text-zinc-600">
            <span className="font-medium text-zinc-800">{TARGET_STATES[event.status].label}</span>{' '}
            <time dateTime={event.at}>{dateTime(event.at)}</time>
            {event.reason && <span className="block text-zinc-500">{event.reason}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
