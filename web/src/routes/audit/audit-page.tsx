import { ScrollText } from 'lucide-react';
import { useSearchParams } from 'react-router';
import { ws } from '../../api/client';
import { keys } from '../../api/keys';
import { unwrap } from '../../api/problem';
import { pageQuery, usePaged } from '../../api/use-paged';
import { Card } from '../../components/card';
import { EmptyState } from '../../components/empty-state';
import { PageHeader } from '../../components/page-header';
import { ListState, LoadMore } from '../../components/query-state';
import { Select } from '../../components/select';
import { humanizeAction } from '../../lib/format';
import { useWorkspace } from '../../shell/workspace-context';
import { AUDIT_ACTIONS } from './audit-actions';
import { AuditTable } from './audit-table';

export function AuditPage() {
  const workspace = useWorkspace();
  const [params, setParams] = useSearchParams();
  const requested = params.get('action');
  const action = AUDIT_ACTIONS.find((known) => known === requested);
  const { list, more } = usePaged(keys.auditList(workspace.id, action), (cursor) =>
    unwrap(
      ws.audit.$get({
        param: { workspaceId: workspace.id },
        query: action ? { ...pageQuery(cursor, 50), action } : pageQuery(cursor, 50),
      }),
    ),
  );

  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every change in this workspace: who did it, when, from where, with the request id to trace it."
      />
      <Card
        flush
        title="Events"
        actions={
          <Select
            className="w-60"
            aria-label="Filter by action"
            value={action ?? ''}
            onChange={(event) => setParams(event.target.value ? { action: event.target.value } : {})}
            options={[
              { value: '', label: 'All actions' },
              ...AUDIT_ACTIONS.map((value) => ({ value, label: humanizeAction(value) })),
            ]}
          />
        }
      >
        <ListState
          query={list}
          rows={6}
          empty={
            <EmptyState
              icon={<ScrollText />}
              title={action ? 'No events of this kind' : 'No events yet'}
              description={
                action ? 'Try another action, or show all actions.' : 'Changes to the workspace appear here.'
              }
            />
          }
        >
          {(entries) => <AuditTable entries={entries} />}
        </ListState>
        <LoadMore {...more} />
      </Card>
    </>
  );
}
