import { PageHeader } from '../../components/page-header';
import { useWorkspace } from '../../shell/workspace-context';
import { AltTextCard } from './alt-text-card';
import { DangerZoneCard } from './danger-zone-card';
import { ExportCard } from './export-card';
import { SettingsTabs } from './settings-tabs';
import { WorkspaceNameCard } from './workspace-name-card';

export function SettingsPage() {
  const workspace = useWorkspace();
  return (
    <>
      <PageHeader
        title="Settings"
        description="The workspace's name, its rules for posts, exports, and leaving or deleting it."
      />
      <SettingsTabs />
      <div className="space-y-6">
        <WorkspaceNameCard />
        <AltTextCard />
        {workspace.can('admin') && <ExportCard />}
        <DangerZoneCard />
      </div>
    </>
  );
}
