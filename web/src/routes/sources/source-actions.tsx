import { Pause, Pencil, Play, RefreshCw, RotateCcw, Trash2 } from 'lucide-react';
import { errorMessage } from '../../api/problem';
import type { Source } from '../../api/types';
import { Button } from '../../components/button';
import { Menu, MenuItem } from '../../components/menu';
import { useToast } from '../../components/toast';
import { useWorkspace } from '../../shell/workspace-context';
import { sourceState } from './source-status';
import { useRunSource, useUpdateSource } from './use-sources';

/**
 * What you may do with a source, by role: editors read it now; admins pause, resume (which
 * for a source that paused itself after failing is the retry), edit and delete it. The
 * action its state calls for is a button; the rest wait in the "more" menu.
 */
export function SourceActions({
  source,
  reading,
  onEdit,
  onDelete,
}: {
  source: Source;
  /** A read of it is queued or running. */
  reading: boolean;
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
          disabled={reading}
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
      {admin && (
        <Menu label={`More actions for ${source.name}`}>
          {source.status === 'active' && (
            <MenuItem icon={<Pause />} onSelect={() => setStatus('paused')}>
              Pause
            </MenuItem>
          )}
          <MenuItem icon={<Pencil />} onSelect={() => onEdit(source)}>
            Edit
          </MenuItem>
          <MenuItem icon={<Trash2 />} tone="danger" onSelect={() => onDelete(source)}>
            Delete
          </MenuItem>
        </Menu>
      )}
    </div>
  );
}
