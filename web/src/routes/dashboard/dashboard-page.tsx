import { Activity, ArrowRight, MailPlus, Newspaper, Rss, ScrollText, ShieldCheck, Users } from 'lucide-react';
import { Link } from 'react-router';
import { useMe } from '../../auth/use-me';
import { Card } from '../../components/card';
import { EmptyState } from '../../components/empty-state';
import { PageHeader } from '../../components/page-header';
import { ListState } from '../../components/query-state';
import { ROLE_HINTS, ROLE_LABELS } from '../../lib/roles';
import { useWorkspace } from '../../shell/workspace-context';
import { AuditTable } from '../audit/audit-table';
import { ContentList } from '../content/content-list';
import { useContentList } from '../content/use-content';
import { JobsTable } from '../jobs/jobs-table';
import { useJobs } from '../jobs/use-jobs';
import { StatCard } from './stat-card';
import { useSummary } from './use-summary';

function ViewAll({ to }: { to: string }) {
  return (
    <Link to={to} className="inline-flex items-center gap-1 text-sm font-medium text-accent-600 hover:text-accent-700">
      View all <ArrowRight className="size-3.5" aria-hidden />
    </Link>
  );
}

export function DashboardPage() {
  const workspace = useWorkspace();
  const me = useMe();
  const summary = useSummary();
  const jobs = useJobs(workspace.id, {}, 5);
  const content = useContentList(workspace.id, { sort: 'published' }, 5);
  const base = `/w/${workspace.id}`;
  const admin = workspace.can('admin');
  const firstName = me.data?.user.name.split(' ')[0];

  return (
    <>
      <PageHeader
        title={firstName ? `Welcome, ${firstName}` : 'Dashboard'}
        documentTitle="Dashboard"
        description="What your sources collected, the people here, and background work in this workspace."
      />
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-[repeat(auto-fit,minmax(11rem,1fr))]">
        <StatCard
          label="Sources"
          value={summary.sourceCount}
          icon={<Rss />}
          to={`${base}/sources`}
          hint={
            summary.failingSourceCount > 0 ? `${summary.failingSourceCount} failing: see Sources` : 'Read on a schedule'
          }
        />
        <StatCard
          label="Members"
          value={summary.memberCount}
          icon={<Users />}
          to={`${base}/members`}
          hint="People with access"
        />
        {admin && (
          <StatCard
            label="Pending invitations"
            value={summary.invitationCount}
            icon={<MailPlus />}
            to={`${base}/members`}
            hint="Waiting to be accepted"
          />
        )}
        <StatCard
          label="Active jobs"
          value={summary.activeJobCount}
          icon={<Activity />}
          to={`${base}/jobs`}
          hint="Queued or running"
        />
        <StatCard
          label="Your role"
          value={ROLE_LABELS[workspace.role]}
          icon={<ShieldCheck />}
          hint={ROLE_HINTS[workspace.role]}
        />
      </div>
      <div className="mt-6 grid gap-6 xl:grid-cols-2">
        <Card title="Recent content" actions={<ViewAll to={`${base}/content`} />} flush>
          <ListState
            query={content.list}
            rows={3}
            empty={
              <EmptyState
                icon={<Newspaper />}
                title="No content yet"
                description="Add a source and what it reads appears here."
                action={
                  <Link to={`${base}/sources`} className="text-sm font-medium text-accent-600 hover:text-accent-700">
                    Go to Sources
                  </Link>
                }
              />
            }
          >
            {(items) => <ContentList items={items} compact />}
          </ListState>
        </Card>
        <Card title="Recent jobs" actions={<ViewAll to={`${base}/jobs`} />} flush>
          <ListState
            query={jobs.list}
            rows={3}
            empty={
              <EmptyState
                icon={<Activity />}
                title="No jobs yet"
                description="Exports and other background work appear here."
              />
            }
          >
            {(items) => <JobsTable jobs={items} compact />}
          </ListState>
        </Card>
        {admin && (
          <Card title="Recent activity" actions={<ViewAll to={`${base}/audit`} />} flush>
            <ListState
              query={summary.audit}
              rows={3}
              empty={<EmptyState icon={<ScrollText />} title="No activity yet" />}
            >
              {(entries) => <AuditTable entries={entries} compact />}
            </ListState>
          </Card>
        )}
      </div>
    </>
  );
}
