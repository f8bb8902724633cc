import { Activity } from 'lucide-react';
import { useSearchParams } from 'react-router';
import type { JobStatus } from '../../api/types';
import { Card } from '../../components/card';
import { EmptyState } from '../../components/empty-state';
import { PageHeader } from '../../components/page-header';
import { ListState, LoadMore } from '../../components/query-state';
import { cn } from '../../lib/cn';
import { useWorkspace } from '../../shell/workspace-context';
import { JobsTable } from './jobs-table';
import { useJobs } from './use-jobs';

const FILTERS: { value: JobStatus | undefined; label: string }[] = [
  { value: undefined, label: 'All' },
  { value: 'queued', label: 'Queued' },
  { value: 'running', label: 'Running' },
  { value: 'succeeded', label: 'Succeeded' },
  { value: 'failed', label: 'Failed' },
];

function parseStatus(value: string | null): JobStatus | undefined {
  return FILTERS.find((filter) => filter.value === value)?.value;
}

export function JobsPage() {
  const workspace = useWorkspace();
  const [params, setParams] = useSearchParams();
  const status = parseStatus(params.get('status'));
  const { list, more } = useJobs(workspace.id, status ? { status } : {});

  return (
    <>
      <PageHeader
        title="Jobs"
        description="Background work in this workspace, updated live. Failed jobs retry on their own with backoff; once out of retries they wait here for you."
      />
      <Card
        flush
        title="Background jobs"
        actions={
          <fieldset className="flex flex-wrap gap-1 rounded-lg bg-zinc-100 p-1">
            <legend className="sr-only">Filter by status</legend>
            {FILTERS.map((filter) => (
              <button
                key={filter.label}
                type="button"
                aria-pressed={status === filter.value}
                onClick={() => setParams(filter.value ? { status: filter.value } : {})}
                className={cn(
                  'rounded-md px-2.5 py-1 text-xs font-medium focus-visible:outline-2 focus-visible:outline-accent-600',
                  status === filter.value ? 'bg-white text-zinc-900 shadow-xs' : 'text-zinc-600 hover:text-zinc-900',
                )}
              >
                {filter.label}
              </button>
            ))}
          </fieldset>
        }
      >
        <ListState
          query={list}
          empty={
            <EmptyState
              icon={<Activity />}
              title={status ? `No ${status} jobs` : 'No jobs yet'}
              description="Exports and other long-running work show up here with their progress."
            />
          }
        >
          {(jobs) => <JobsTable jobs={jobs} />}
        </ListState>
        <LoadMore {...more} />
      </Card>
    </>
  );
}
