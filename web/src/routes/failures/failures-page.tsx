import { CircleCheck, RotateCcw } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { Button } from '../../components/button';
import { Card } from '../../components/card';
import { EmptyState } from '../../components/empty-state';
import { PageHeader } from '../../components/page-header';
import { ListState, LoadMore } from '../../components/query-state';
import { Table, TBody, Td, THead, Th, Tr } from '../../components/table';
import { useToast } from '../../components/toast';
import { dateTime, timeAgo } from '../../lib/format';
import { platformLabel } from '../../lib/publish-platforms';
import { useWorkspace } from '../../shell/workspace-context';
import { TargetStatusBadge } from '../posts/target-status';
import { type TargetNeedingAttention, useFailures, useRetryTargets } from './use-failures';

/** A held target goes again only once its account is active; the others can be retried at once. */
const retryable = (target: TargetNeedingAttention) => target.status !== 'held' || target.account.status === 'active';

/** Publish → Failures: every target that failed, is unconfirmed or is held, with Retry one by one or together. */
export function FailuresPage() {
  const workspace = useWorkspace();
  const { list, more } = useFailures(workspace.id);
  const retry = useRetryTargets(workspace.id);
  const toast = useToast();
  const editor = workspace.can('editor');
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());

  const run = async (targets: TargetNeedingAttention[]) => {
    try {
      const refused = await retry.mutateAsync(targets);
      setPicked(new Set());
      toast({
        title: `Retrying ${targets.length} target${targets.length === 1 ? '' : 's'}`,
        description:
          refused > 0 ? `${refused} post${refused === 1 ? ' had' : 's had'} nothing left to retry.` : undefined,
      });
    } catch (error) {
      toast({
        title: 'Could not retry',
        description: error instanceof Error ? error.message : undefined,
        tone: 'danger',
      });
    }
  };

  const toggle = (id: string) =>
    setPicked((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const chosen = (list.data ?? []).filter((t) => picked.has(t.id) && retryable(t));
  return (
    <>
      <PageHeader
        title="Failures"
        description="Posts that did not go out: refused by the platform, unconfirmed, or held while their account is paused or needs reconnecting."
        actions={
          editor && (
            <Button
              variant="primary"
              icon={<RotateCcw className="size-4" />}
              disabled={chosen.length === 0}
              loading={retry.isPending}
              onClick={() => void run(chosen)}
            >
              Retry selected{chosen.length > 0 ? ` (${chosen.length})` : ''}
            </Button>
          )
        }
      />
      <Card flush>
        <ListState
          query={list}
          empty={
            <EmptyState
              icon={<CircleCheck />}
              title="Nothing failed"
              description="Every post went out or is waiting for its time."
            />
          }
        >
          {(targets) => (
            <Table label="Targets that need attention">
              <THead>
                {editor && (
                  <Th>
                    <span className="sr-only">Select</span>
                  </Th>
                )}
                <Th>Post</Th>
                <Th>Account</Th>
                <Th>Status</Th>
                <Th>When</Th>
                {editor && (
                  <Th>
                    <span className="sr-only">Actions</span>
                  </Th>
                )}
              </THead>
              <TBody>
                {targets.map((target) => (
                  <Tr key={target.id}>
                    {editor && (
                      <Td>
                        <input
                          type="checkbox"
                          className="size-4 rounded border-zinc-300"
                          aria-label={`Select “${target.excerpt.slice(0, 40)}” on ${target.account.handle}`}
                          disabled={!retryable(target)}
                          checked={picked.has(target.id)}
                          onChange={() => toggle(target.id)}
                        />
                      </Td>
                    )}
                    <Td className="max-w-xs">
                      <Link
                        to={`/w/${workspace.id}/posts/${target.postId}`}
                        className="line-clamp-2 text-zinc-900 hover:underline"
                      >
                        {target.excerpt}
                      </Link>
                    </Td>
                    <Td>
                      <p className="text-zinc-900">{target.account.handle}</p>
                      <p className="text-xs text-zinc-500">{platformLabel(target.account.platform)}</p>
                    </Td>
                    <Td className="max-w-sm">
                      <TargetStatusBadge status={target.status} />
                      {target.reason && <p className="mt-1 text-xs text-red-700">{target.reason}</p>}
                    </Td>
                    <Td className="whitespace-nowrap text-zinc-500" title={dateTime(target.at)}>
                      {timeAgo(target.at)}
                    </Td>
                    {editor && (
                      <Td className="text-right">
                        <Button
                          size="sm"
                          variant="ghost"
                          disabled={!retryable(target) || retry.isPending}
                          title={retryable(target) ? undefined : 'Resume or reconnect the account first'}
                          onClick={() => void run([target])}
                        >
                          Retry<span className="sr-only"> {target.excerpt.slice(0, 40)}</span>
                        </Button>
                      </Td>
                    )}
                  </Tr>
                ))}
              </TBody>
            </Table>
          )}
        </ListState>
        <LoadMore {...more} />
      </Card>
    </>
  );
}
