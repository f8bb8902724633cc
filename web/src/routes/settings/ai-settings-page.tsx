import { ShieldAlert } from 'lucide-react';
import { Card } from '../../components/card';
import { EmptyState } from '../../components/empty-state';
import { PageHeader } from '../../components/page-header';
import { ROLE_LABELS } from '../../lib/roles';
import { useWorkspace } from '../../shell/workspace-context';
import { AiProvidersCard } from './ai-providers-card';
import { AiUsageCard } from './ai-usage-card';
import { SettingsTabs } from './settings-tabs';

/** Settings → AI: admins choose the providers and budget; everyone sees the usage. */
export function AiSettingsPage() {
  const workspace = useWorkspace();
  return (
    <>
      <PageHeader
        title="Settings"
        documentTitle="AI settings"
        description="The AI providers that write and analyse for this workspace, in the order they are tried, and what they used."
      />
      <SettingsTabs />
      <div className="space-y-6">
        {workspace.can('admin') ? (
          <AiProvidersCard />
        ) : (
          <Card title="Providers">
            <EmptyState
              icon={<ShieldAlert />}
              title="Only admins manage AI providers"
              description={`Your role in ${workspace.name} is ${ROLE_LABELS[workspace.role]}. Ask an admin to add a provider or change the budget.`}
            />
          </Card>
        )}
        <AiUsageCard />
      </div>
    </>
  );
}
