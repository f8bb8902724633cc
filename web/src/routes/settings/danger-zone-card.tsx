import { type ReactNode, useState } from 'react';
import { Button } from '../../components/button';
import { Card } from '../../components/card';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { useWorkspaceExit } from '../../shell/forget-workspace';
import { useWorkspace } from '../../shell/workspace-context';

function Row({ title, text, action }: { title: string; text: string; action: ReactNode }) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-4 py-4 first:pt-0 last:pb-0">
      <div className="min-w-0 max-w-xl">
        <p className="text-sm font-medium text-zinc-900">{title}</p>
        <p className="mt-0.5 text-sm text-zinc-500">{text}</p>
      </div>
      {action}
    </div>
  );
}

/** Leaving (anyone) and deleting (owners, after typing the name). */
export function DangerZoneCard() {
  const workspace = useWorkspace();
  const exit = useWorkspaceExit();
  const [dialog, setDialog] = useState<'leave' | 'delete' | null>(null);

  return (
    <Card title="Danger zone" tone="danger">
      <div className="divide-y divide-zinc-100">
        <Row
          title="Leave this workspace"
          text="You lose access at once. API keys you created here are revoked. The last owner cannot leave."
          action={<Button onClick={() => setDialog('leave')}>Leave workspace</Button>}
        />
        {workspace.can('owner') && (
          <Row
            title="Delete this workspace"
            text="Deletes the workspace and everything in it, for every member. This cannot be undone."
            action={
              <Button variant="danger" onClick={() => setDialog('delete')}>
                Delete workspace
              </Button>
            }
          />
        )}
      </div>
      <ConfirmDialog
        open={dialog === 'leave'}
        onClose={() => setDialog(null)}
        title={`Leave ${workspace.name}?`}
        confirmLabel="Leave workspace"
        onConfirm={exit.leave}
      >
        To come back, someone will have to invite you again.
      </ConfirmDialog>
      <ConfirmDialog
        open={dialog === 'delete'}
        onClose={() => setDialog(null)}
        title={`Delete ${workspace.name}?`}
        confirmLabel="Delete forever"
        typeToConfirm={workspace.name}
        onConfirm={exit.deleteWorkspace}
      >
        All members lose access, and its members list, invitations, API keys, jobs, exports and audit log are deleted.
        Consider exporting it first.
      </ConfirmDialog>
    </Card>
  );
}
