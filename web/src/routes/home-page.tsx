import { Building2, Plus } from 'lucide-react';
import { useState } from 'react';
import { Navigate } from 'react-router';
import { useMe } from '../auth/use-me';
import { Button } from '../components/button';
import { Card } from '../components/card';
import { EmptyState } from '../components/empty-state';
import { ErrorState } from '../components/error-state';
import { PageSpinner } from '../components/spinner';
import { CreateWorkspaceDialog } from '../shell/create-workspace-dialog';
import { lastWorkspaceId } from '../shell/workspace-context';

/** `/`: opens the workspace you used last, or offers to create one if you have none. */
export function HomePage() {
  const me = useMe();
  const [creating, setCreating] = useState(false);
  if (me.isPending) return <PageSpinner />;
  if (me.isError) return <ErrorState error={me.error} onRetry={() => me.refetch()} />;

  const { workspaces } = me.data;
  const target = workspaces.find((w) => w.id === lastWorkspaceId()) ?? workspaces[0];
  if (target) return <Navigate to={`/w/${target.id}`} replace />;
  return (
    <Card>
      <EmptyState
        icon={<Building2 />}
        title="You are not in any workspace"
        description="Create a workspace to get started, or ask a teammate to invite you to theirs."
        action={
          <Button variant="primary" icon={<Plus className="size-4" />} onClick={() => setCreating(true)}>
            Create workspace
          </Button>
        }
      />
      <CreateWorkspaceDialog open={creating} onClose={() => setCreating(false)} />
    </Card>
  );
}
