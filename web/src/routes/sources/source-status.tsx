import type { Job, Source } from '../../api/types';
import { Badge, type Tone } from '../../components/badge';
import { ProgressBar } from '../../components/progress-bar';
import { isActive } from '../jobs/job-status';

type SourceState = 'active' | 'failing' | 'paused' | 'paused-failing';

const STATES: Record<SourceState, { label: string; tone: Tone }> = {
  active: { label: 'Active', tone: 'success' },
  failing: { label: 'Failing', tone: 'warning' },
  paused: { label: 'Paused', tone: 'neutral' },
  'paused-failing': { label: 'Paused: failing', tone: 'danger' },
};

export function sourceState(source: Pick<Source, 'status' | 'pausedReason' | 'consecutiveFailures'>): SourceState {
  if (source.status === 'paused') return source.pausedReason === 'failing' ? 'paused-failing' : 'paused';
  return source.consecutiveFailures > 0 ? 'failing' : 'active';
}

export function SourceStatusBadge({ source }: { source: Source }) {
  const { label, tone } = STATES[sourceState(source)];
  return <Badge tone={tone}>{label}</Badge>;
}

/** The read in progress, followed live: a bar and what it is doing. Nothing when no read runs. */
export function SourceReadProgress({ source, job }: { source: Source; job: Job | undefined }) {
  if (!job || !isActive(job)) return null;
  const waiting = job.attempts > 0 ? 'Waiting to try again…' : 'Waiting to be read…';
  return (
    <div className="mt-2 max-w-xs space-y-1" data-testid="source-progress">
      <ProgressBar value={job.progress} label={`Reading ${source.name}`} />
      <p className="truncate text-xs text-zinc-500">
        {job.status === 'queued' ? waiting : (job.message ?? 'Reading…')}
      </p>
    </div>
  );
}

/** Why the source is not well: the last error, and what happens next. */
export function SourceProblem({ source }: { source: Source }) {
  const state = sourceState(source);
  if (!source.lastError || state === 'active') return null;
  const failures = source.consecutiveFailures;
  const what =
    state === 'paused-failing'
      ? `Paused after ${failures} failed reads in a row.`
      : state === 'failing'
        ? `The last ${failures === 1 ? 'read' : `${failures} reads`} failed; retrying with backoff.`
        : 'The last read failed.';
  return (
    <p className="mt-1 line-clamp-2 max-w-md text-xs text-red-700" title={source.lastError}>
      <span className="font-medium">{what}</span> {source.lastError}
    </p>
  );
}
