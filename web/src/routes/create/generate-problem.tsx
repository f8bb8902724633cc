import { Settings } from 'lucide-react';
import { Link } from 'react-router';
import { errorMessage, isProblem } from '../../api/problem';
import { Alert } from '../../components/alert';
import { FormError } from '../../components/form-error';
import { useWorkspace } from '../../shell/workspace-context';

/** Settings → AI for admins; for the rest, who to ask. */
function SettingsLink({ text }: { text: string }) {
  const workspace = useWorkspace();
  if (!workspace.can('admin')) return <p className="mt-2">Ask an admin of this workspace.</p>;
  return (
    <Link
      to={`/w/${workspace.id}/settings/ai`}
      className="mt-2 inline-flex items-center gap-1.5 font-medium underline underline-offset-2 hover:no-underline"
    >
      <Settings className="size-3.5" aria-hidden />
      {text}
    </Link>
  );
}

/** Why nothing was written: no provider, the budget spent, every provider down, or anything else. */
export function GenerateProblem({ error }: { error: unknown }) {
  if (isProblem(error, 'ai-not-configured')) {
    return (
      <Alert tone="warning" title="No AI provider configured">
        <p>{errorMessage(error)}</p>
        <p className="mt-1">Hashtags and ideas still work: the local engine writes them.</p>
        <SettingsLink text="Open Settings → AI" />
      </Alert>
    );
  }
  if (isProblem(error, 'ai-budget-spent')) {
    return (
      <Alert tone="warning" title="This month’s AI budget is spent">
        <p>{errorMessage(error)}</p>
        <SettingsLink text="Change the budget in Settings → AI" />
      </Alert>
    );
  }
  if (isProblem(error, 'ai-unavailable')) {
    return (
      <Alert tone="danger" title="No AI provider answered">
        <p>{errorMessage(error)}</p>
        <p className="mt-1">Try again in a minute, or check the providers with “Test connection”.</p>
      </Alert>
    );
  }
  return <FormError error={error} />;
}
