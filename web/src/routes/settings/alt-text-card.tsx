import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ws } from '../../api/client';
import { keys } from '../../api/keys';
import { unwrap } from '../../api/problem';
import { Card } from '../../components/card';
import { ErrorState } from '../../components/error-state';
import { FormError } from '../../components/form-error';
import { Skeleton } from '../../components/skeleton';
import { useToast } from '../../components/toast';
import { useWorkspace } from '../../shell/workspace-context';

/** The workspace's rule that every picture and video of a scheduled post carries alt text. */
export function AltTextCard() {
  const workspace = useWorkspace();
  const queryClient = useQueryClient();
  const toast = useToast();
  const admin = workspace.can('admin');
  const key = [...keys.area(workspace.id, 'details'), 'settings'] as const;
  const query = useQuery({
    queryKey: key,
    queryFn: () => unwrap(ws.$get({ param: { workspaceId: workspace.id } })),
  });
  const change = useMutation({
    mutationFn: (requireAltText: boolean) =>
      unwrap(ws.$patch({ param: { workspaceId: workspace.id }, json: { requireAltText } })),
    onSuccess: async (saved) => {
      queryClient.setQueryData(key, saved);
      toast({ title: saved.requireAltText ? 'Alt text is now required' : 'Alt text is now optional' });
    },
  });
  return (
    <Card
      title="Accessibility"
      description={
        admin
          ? 'Posts are refused at scheduling while a picture or video has no description.'
          : 'Only admins can change this.'
      }
    >
      {query.isPending ? (
        <Skeleton className="h-10 max-w-md" />
      ) : query.isError ? (
        <ErrorState compact error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <div className="space-y-3">
          <label className="flex items-start gap-3 text-sm text-zinc-800">
            <input
              type="checkbox"
              className="mt-0.5 size-4 rounded border-zinc-300"
              checked={change.isPending ? change.variables : query.data.requireAltText}
              disabled={!admin || change.isPending}
              onChange={(event) => change.mutate(event.target.checked)}
            />
            <span>
              <span className="font-medium">Require alt text on every file</span>
              <span className="block text-zinc-500">
                Screen readers read it aloud; Bluesky and Mastodon show it to everyone who asks.
              </span>
            </span>
          </label>
          <FormError error={change.error} />
        </div>
      )}
    </Card>
  );
}
