import type { Job, JobStatus } from '../../api/types';
import { Badge, type Tone } from '../../components/badge';
import { ProgressBar } from '../../components/progress-bar';
import { cn } from '../../lib/cn';

const STATUS: Record<JobStatus, { label: string; tone: Tone }> = {
  queued: { label: 'Queued', tone: 'neutral' },
  running: { label: 'Running', tone: 'info' },
  succeeded: { label: 'Succeeded', tone: 'success' },
  failed: { label: 'Failed', tone: 'danger' },
};

const KINDS: Record<string, string> = {
  'workspace.export': 'Workspace export',
  'source.ingest': 'Source read',
  'content.analyze': 'Content analysis',
};

export function jobKindLabel(kind: string): string {
  return KINDS[kind] ?? kind;
}

export function isActive(job: Pick<Job, 'status'>): boolean {
  return job.status === 'queued' || job.status === 'running';
}

export function JobStatusBadge({ job }: { job: Pick<Job, 'status'> & { parked?: boolean } }) {
  const { label, tone } = STATUS[job.status];
  return (
    <span className="inline-flex flex-wrap items-center gap-1.5">
      <Badge tone={tone}>{label}</Badge>
      {job.parked && <Badge tone="warning">Out of retries</Badge>}
    </span>
  );
}

/** The bar and the percentage; green when done, red when failed. `compact` sits under the status. */
export function JobProgress({
  job,
  compact = false,
}: {
  job: Pick<Job, 'status' | 'progress' | 'kind'>;
  compact?: boolean;
}) {
  const tone = job.status === 'succeeded' ? 'success' : job.status === 'failed' ? 'danger' : 'accent';
  return (
    <div className={cn('flex items-center gap-2.5', compact && 'mt-1.5')}>
      <ProgressBar
        value={job.progress}
        tone={tone}
        label={`${jobKindLabel(job.kind)} progress`}
        className={compact ? 'w-16' : 'w-28'}
      />
      <span className="w-9 text-right text-xs text-zinc-500 tabular-nums">{job.progress}%</span>
    </div>
  );
}
