import { CalendarClock, Users } from 'lucide-react';
import { useParams } from 'react-router';
import { BackLink } from '../../components/back-link';
import { Card } from '../../components/card';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { type ChartRow, LineChart } from '../../components/line-chart';
import { PageHeader } from '../../components/page-header';
import { SkeletonRows } from '../../components/skeleton';
import { dateTime, wholeNumber } from '../../lib/format';
import { platformLabel } from '../../lib/publish-platforms';
import { useWorkspace } from '../../shell/workspace-context';
import { AccountStatusBadge } from '../accounts/account-status';
import { useAllAccounts } from '../accounts/use-accounts';
import { BestHoursGrid } from './best-hours-grid';
import { browserTimeZone, useAccountMetrics } from './use-metrics';

const ARRIVE = 'Numbers arrive within an hour of publishing, while the account has posts from the last 30 days.';
const at = (t: number) => dateTime(new Date(t).toISOString());

/** One account: its audience over the last 30 days and the hours its posts did best in. */
export function SocialAccountPage() {
  const workspace = useWorkspace();
  const { accountId = '' } = useParams();
  const accounts = useAllAccounts(workspace.id);
  const metrics = useAccountMetrics(workspace.id, accountId);
  const account = accounts.data?.find((a) => a.id === accountId);
  const back = <BackLink to={`/w/${workspace.id}/accounts`}>Accounts</BackLink>;
  if (metrics.isError || accounts.isError) {
    const failed = metrics.isError ? metrics : accounts;
    return (
      <>
        {back}
        <Card>
          <ErrorState error={failed.error} onRetry={() => failed.refetch()} />
        </Card>
      </>
    );
  }
  if (metrics.isPending) {
    return (
      <>
        {back}
        <Card>
          <SkeletonRows rows={5} />
        </Card>
      </>
    );
  }
  const { followers, bestHours } = metrics.data;
  const rows: ChartRow[] = followers.map(({ at: time, followers: count }) => ({
    t: Date.parse(time),
    values: { followers: count },
  }));
  const last = followers.at(-1);
  return (
    <>
      {back}
      <PageHeader
        title={account?.name ?? 'Account'}
        documentTitle="Account"
        description={account ? `${platformLabel(account.platform)} · ${account.handle}` : undefined}
        actions={account && <AccountStatusBadge status={account.status} />}
      />
      <div className="grid gap-6 xl:grid-cols-2">
        <Card
          title="Followers"
          description={last ? `${wholeNumber(last.followers ?? 0)} as of ${dateTime(last.at)}` : undefined}
        >
          {rows.length === 0 ? (
            <EmptyState icon={<Users />} title="No follower numbers yet" description={ARRIVE} />
          ) : rows.length === 1 ? (
            <p className="text-sm text-zinc-500">The chart starts with the second hourly reading.</p>
          ) : (
            <LineChart
              series={[{ key: 'followers', label: 'Followers', color: '#4f46e5' }]}
              rows={rows}
              label="Followers over time"
              formatTime={at}
              caption={`${rows.length} hourly readings over the last 30 days.`}
              testId="followers-chart"
            />
          )}
        </Card>
        <Card
          title="When posts do best"
          description="Published posts grouped by the weekday and hour they went out on your clock, shaded by the median of likes + reposts + replies + quotes at their latest reading."
        >
          {bestHours.length === 0 ? (
            <EmptyState icon={<CalendarClock />} title="No published posts with numbers yet" description={ARRIVE} />
          ) : (
            <BestHoursGrid cells={bestHours} timeZone={browserTimeZone()} />
          )}
        </Card>
      </div>
    </>
  );
}
