import { useMutation } from '@tanstack/react-query';
import { Download, FileJson } from 'lucide-react';
import { useState } from 'react';
import { ws } from '../../api/client';
import { downloadExport } from '../../api/download';
import { unwrap } from '../../api/problem';
import type { Job } from '../../api/types';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { Card } from '../../components/card';
import { FormError } from '../../components/form-error';
import { ProgressBar } from '../../components/progress-bar';
import { bytes, timeAgo } from '../../lib/format';
import { useWorkspace } from '../../shell/workspace-context';
import { isActive, JobStatusBadge } from '../jobs/job-status';
import { useJob, useJobs } from '../jobs/use-jobs';

function exportSize(job: Job): string | null {
  const result = job.result;
  if (typeof result === 'object' && result !== null && 'bytes' in result && typeof result.bytes === 'number') {
    return bytes(result.bytes);
  }
  return null;
}

/** Starts a JSON export of the workspace, follows it live, and downloads it when done. */
export function ExportCard() {
  const workspace = useWorkspace();
  const [started, setStarted] = useState<string | null>(null);
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const recent = useJobs(workspace.id, { kind: 'workspace.export' }, 1);
  const latest = recent.list.data?.[0];
  const job = useJob(workspace.id, started ?? latest?.id ?? null).data;
  const start = useMutation({
    mutationFn: () => unwrap(ws.exports.$post({ param: { workspaceId: workspace.id } })),
    onSuccess: ({ jobId }) => setStarted(jobId),
  });
  const download = useMutation({ mutationFn: (jobId: string) => downloadExport(workspace.id, jobId) });
  const running = job !== undefined && isActive(job);

  return (
    <Card
      title="Export"
      description="Download everything in this workspace as one JSON file: members, invitations, API keys (never the keys themselves) and the audit log."
      footer={
        <Button
          variant="primary"
          icon={<FileJson className="size-4" />}
          loading={start.isPending}
          disabled={running}
          onClick={() => {
            setDownloadError(null);
            start.mutate();
          }}
        >
          {running ? 'Export running…' : 'Export workspace'}
        </Button>
      }
    >
      <div className="space-y-4">
        {!job && (
          <p className="text-sm text-zinc-500">
            No exports yet. Exports run in the background; you can leave this page.
          </p>
        )}
        {job && (
          <div className="space-y-3 rounded-lg bg-zinc-50 p-4 ring-1 ring-zinc-200" data-testid="export-status">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <div className="flex items-center gap-2 text-sm">
                <span className="font-medium text-zinc-900">{started ? 'This export' : 'Latest export'}</span>
                <span className="text-zinc-400">·</span>
                <span className="text-zinc-500">started {timeAgo(job.createdAt)}</span>
              </div>
              <JobStatusBadge job={job} />
            </div>
            <ProgressBar
              value={job.progress}
              label="Export progress"
              tone={job.status === 'succeeded' ? 'success' : job.status === 'failed' ? 'danger' : 'accent'}
            />
            <div className="flex flex-wrap items-center justify-between gap-3 text-sm">
              <span className={job.status === 'failed' ? 'text-red-600' : 'text-zinc-600'}>
                {job.status === 'failed' ? (job.error?.message ?? 'The export failed.') : (job.message ?? '')}
                {job.status !== 'failed' && <span className="ml-2 text-zinc-400 tabular-nums">{job.progress}%</span>}
              </span>
              {job.status === 'succeeded' && (
                <Button
                  size="sm"
                  icon={<Download className="size-3.5" />}
                  loading={download.isPending}
                  onClick={() => download.mutate(job.id, { onError: setDownloadError })}
                >
                  Download{exportSize(job) ? ` (${exportSize(job)})` : ''}
                </Button>
              )}
            </div>
          </div>
        )}
        {start.isError && <FormError error={start.error} />}
        {downloadError !== null && <FormError error={downloadError} />}
        {job?.status === 'failed' && (
          <Alert tone="info">Start a new export, or retry this one from the Jobs page.</Alert>
        )}
      </div>
    </Card>
  );
}
