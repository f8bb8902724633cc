import { Download, RotateCcw } from 'lucide-react';
import { useState } from 'react';
import { downloadExport } from '../../api/download';
import { errorMessage } from '../../api/problem';
import type { Job } from '../../api/types';
import { Button } from '../../components/button';
import { Table, TBody, Td, THead, Th, Tr } from '../../components/table';
import { useToast } from '../../components/toast';
import { cn } from '../../lib/cn';
import { dateTime, timeAgo } from '../../lib/format';
import { useWorkspace } from '../../shell/workspace-context';
import { isActive, JobProgress, JobStatusBadge, jobKindLabel } from './job-status';
import { useRetryJob } from './use-jobs';

function JobActions({ job }: { job: Job }) {
  const workspace = useWorkspace();
  const retry = useRetryJob(workspace.id);
  const toast = useToast();
  const [downloading, setDownloading] = useState(false);

  if (job.status === 'failed' && workspace.can('editor')) {
    return (
      <Button
        size="sm"
        icon={<RotateCcw className="size-3.5" />}
        loading={retry.isPending}
        onClick={() =>
          retry.mutate(job.id, {
            onSuccess: () => toast({ title: `${jobKindLabel(job.kind)} queued again` }),
            onError: (error) => toast({ title: 'Could not retry', description: errorMessage(error), tone: 'danger' }),
          })
        }
      >
        Retry
      </Button>
    );
  }
  if (job.status === 'succeeded' && job.kind === 'workspace.export' && workspace.can('admin')) {
    return (
      <Button
        size="sm"
        variant="ghost"
        icon={<Download className="size-3.5" />}
        loading={downloading}
        onClick={async () => {
          setDownloading(true);
          try {
            await downloadExport(workspace.id, job.id);
          } catch (error) {
            toast({ title: 'Download failed', description: errorMessage(error), tone: 'danger' });
          } finally {
            setDownloading(false);
          }
        }}
      >
        Download
      </Button>
    );
  }
  return null;
}

/**
 * Jobs with live status and progress; failed ones can be retried. `compact` (the dashboard's
 * half-width card, down to a phone's width) shows three columns that fit it: the progress
 * sits under the status while the job runs, long messages wrap, and on phones the time too.
 */
export function JobsTable({ jobs, compact = false }: { jobs: Job[]; compact?: boolean }) {
  return (
    <Table label="Jobs" dense={compact}>
      <THead>
        <Th>Job</Th>
        <Th>Status</Th>
        {!compact && <Th>Progress</Th>}
        {!compact && <Th>Attempts</Th>}
        <Th>Started</Th>
        {!compact && (
          <Th>
            <span className="sr-only">Actions</span>
          </Th>
        )}
      </THead>
      <TBody>
        {jobs.map((job) => (
          <Tr key={job.id}>
            <Td className="max-w-sm">
              <p className="font-medium text-zinc-900">{jobKindLabel(job.kind)}</p>
              {/* Errors name addresses: break them anywhere rather than widen the table. */}
              <p
                className={cn(
                  'text-xs wrap-anywhere',
                  job.status === 'failed' ? 'text-red-600' : 'text-zinc-500',
                  compact ? 'line-clamp-3' : job.status !== 'failed' && 'truncate',
                )}
              >
                {job.status === 'failed' && job.error ? job.error.message : (job.message ?? job.id)}
              </p>
            </Td>
            <Td>
              <JobStatusBadge job={job} />
              {compact && isActive(job) && <JobProgress job={job} compact />}
            </Td>
            {!compact && (
              <Td>
                <JobProgress job={job} />
              </Td>
            )}
            {!compact && <Td className="text-zinc-500 tabular-nums">{job.attempts}</Td>}
            <Td
              className={cn('text-zinc-500', compact ? 'sm:whitespace-nowrap' : 'whitespace-nowrap')}
              title={dateTime(job.createdAt)}
            >
              {timeAgo(job.createdAt)}
            </Td>
            {!compact && (
              <Td className="text-right">
                <JobActions job={job} />
              </Td>
            )}
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
