import { RefreshCw } from 'lucide-react';
import type { ContentDetail, Job } from '../../api/types';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { Card } from '../../components/card';
import { FormError } from '../../components/form-error';
import { ProgressBar } from '../../components/progress-bar';
import { dateTime, timeAgo } from '../../lib/format';
import { useWorkspace } from '../../shell/workspace-context';
import { isActive, JobStatusBadge } from '../jobs/job-status';
import { InsightAnalysis } from './insight-analysis';
import { LocalAnalysis } from './local-analysis';
import { useReanalysis } from './use-reanalysis';

function Progress({ job, startedHere }: { job: Job; startedHere: boolean }) {
  if (isActive(job)) {
    return (
      <div className="space-y-2 rounded-lg bg-zinc-50 p-3 ring-1 ring-zinc-200" data-testid="analysis-progress">
        <div className="flex items-center justify-between gap-2">
          <span className="text-sm font-medium text-zinc-900">Analysing…</span>
          <JobStatusBadge job={job} />
        </div>
        <ProgressBar value={job.progress} label="Analysis progress" />
        <p className="text-xs text-zinc-500">
          {job.status === 'queued' ? 'Waiting to start…' : (job.message ?? 'Reading the item…')}
        </p>
      </div>
    );
  }
  if (job.status === 'failed') {
    return (
      <Alert tone="danger" title="The analysis failed">
        {job.error?.message ?? 'No reason given.'} It can be retried from the Jobs page.
      </Alert>
    );
  }
  return startedHere ? <Alert tone="success">Analysed again {timeAgo(job.finishedAt ?? job.updatedAt)}.</Alert> : null;
}

/**
 * The item's analysis: an AI provider's reading (or why there is none) and the local
 * engine's, each labelled with who wrote it; editors can ask for it again.
 */
export function ContentAnalysisCard({ item }: { item: ContentDetail }) {
  const workspace = useWorkspace();
  const { job, startedHere, start, running } = useReanalysis(workspace.id, item.id);
  const analysis = item.analysis;

  return (
    <Card
      title="Analysis"
      description={
        analysis ? (
          <span title={dateTime(analysis.computedAt)}>Analysed {timeAgo(analysis.computedAt)}</span>
        ) : (
          'Not analysed yet'
        )
      }
      actions={
        workspace.can('editor') && (
          <Button
            size="sm"
            icon={<RefreshCw className="size-3.5" />}
            loading={start.isPending}
            disabled={running}
            onClick={() => start.mutate()}
          >
            Analyse again
          </Button>
        )
      }
    >
      <div className="space-y-6">
        {start.isError && <FormError error={start.error} />}
        {job && <Progress job={job} startedHere={startedHere} />}
        {analysis ? (
          <>
            <InsightAnalysis analysis={analysis} />
            <div className="border-t border-zinc-100 pt-5">
              <LocalAnalysis analysis={analysis} />
            </div>
          </>
        ) : (
          !running && (
            <p className="text-sm text-zinc-500">
              Items are analysed shortly after each read: by the local engine always, and by your AI providers when
              there are any.
            </p>
          )
        )}
      </div>
    </Card>
  );
}
