import { Pause, Pencil, Play, RefreshCw, RotateCcw, Trash2 } from 'lucide-react';
import { errorMessage } from '../../api/problem';
import type { Source } from '../../api/types';
import { Button } from '../../components/button';
import { useToast } from '../../components/toast';
import { useWorkspace } from '../../shell/workspace-context';
import { sourceState } from './source-status';
import { useRunSource, useUpdateSource } from './use-sources';

/**
 * What you may do with a source, by role: editors read it now; admins pause, resume (which
 * for a source that paused itself after failing is the retry), edit and delete it.
 */
export function SourceActions({
  source,
  onEdit,
  onDelete,
}: {
  source: Source;
  onEdit: (source: Source) => void;
  onDelete: (source: Source) => void;
}) {
  const workspace = useWorkspace();
  const run = useRunSource(workspace.id);
  const update = useUpdateSource(workspace.id);
  const toast = useToast();
  const state = sourceState(source);
  const admin = workspace.can('admin');
  const failed = (title: string) => (error: unknown) =>
    toast({ title, description: errorMessage(error), tone: 'danger' });

  const setStatus = (status: 'active' | 'paused') =>
    update.mutate(
      { sourceId: source.id, patch: { status } },
      {
        onSuccess: () =>
          toast({
            title: status === 'paused' ? `${source.name} paused` : `${source.name} resumed`,
            description: status === 'paused' ? 'It will not be read until you resume it.' : 'Reading it now.',
          }),
        onError: failed(status === 'paused' ? 'Could not pause' : 'Could not resume'),
      },
    );

  return (
    <div className="flex items-center justify-end gap-1">
      {source.status === 'active' && workspace.can('editor') && (
        <Button
          size="sm"
          icon={<RefreshCw className="size-3.5" />}
          loading={run.isPending}
          disabled={source.runningJobId !== null}
          onClick={() =>
            run.mutate(source.id, {
              onSuccess: () => toast({ title: `Reading ${source.name}` }),
              onError: failed('Could not start the read'),
            })
          }
        >
          Run now
        </Button>
      )}
      {admin && state === 'paused-failing' && (
        <Button
          size="sm"
          icon={<RotateCcw className="size-3.5" />}
          loading={update.isPending}
          onClick={() => setStatus('active')}
        >
          Retry
        </Button>
      )}
      {admin && state === 'paused' && (
        <Button
          size="sm"
          icon={<Play className="size-3.5" />}
          loading={update.isPending}
          onClick={() => setStatus('active')}
        >
          Resume
        </Button>
      )}
      {admin && source.status === 'active' && (
        <Button
          size="sm"
          variant="ghost"
          icon={<Pause className="size-3.5" />}
          loading={update.isPending}
          onClick={() => setStatus('paused')}
        >
          Pause
        </Button>
      )}
      {admin && (
        <>
          <Button
            size="sm"
            variant="ghost"
            className="px-2"
            aria-label={`Edit ${source.name}`}
            title="Edit"
            onClick={() => onEdit(source)}
          >
            <Pencil className="size-3.5" aria-hidden />
          </Button>
          <Button
            size="sm"
            variant="ghost"
            className="px-2 text-red-600 hover:bg-red-50"
            aria-label={`Delete ${source.name}`}
            title="Delete"
            onClick={() => onDelete(source)}
          >
            <Trash2 className="size-3.5" aria-hidden />
          </Button>
        </>
      )}
    </div>
  );
}
