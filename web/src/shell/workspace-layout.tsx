import { SearchX, ShieldAlert } from 'lucide-react';
import { type ReactNode, useContext } from 'react';
import { Link, Outlet } from 'react-router';
import { buttonClasses } from '../components/button';
import { EmptyState } from '../components/empty-state';
import { ROLE_LABELS, type Role } from '../lib/roles';
import { useWorkspace, WorkspaceContext } from './workspace-context';

/** /w/:workspaceId — a workspace you are not in (or that is gone) answers like a missing page. */
export function WorkspaceLayout() {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) {
    return (
      <EmptyState
        icon={<SearchX />}
        title="Workspace not found"
        description="It does not exist, or you are not a member of it (any more)."
        action={
          <Link to="/" className={buttonClasses('secondary')}>
            Go to your workspaces
          </Link>
        }
      />
    );
  }
  return <Outlet key={workspace.id} />;
}

/** Wraps a page that needs the role `min`: below it, explains instead of showing errors. */
export function RequireRole({ min, children }: { min: Role; children: ReactNode }) {
  const workspace = useWorkspace();
  if (workspace.can(min)) return <>{children}</>;
  return (
    <EmptyState
      icon={<ShieldAlert />}
      title={`This page needs the ${ROLE_LABELS[min]} role`}
      description={`Your role in ${workspace.name} is ${ROLE_LABELS[workspace.role]}. Ask an admin if you need more access.`}
    />
  );
}
