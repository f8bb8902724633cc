import { useQuery } from '@tanstack/react-query';
import { ws } from '../../api/client';
import { keys } from '../../api/keys';
import { unwrap } from '../../api/problem';
import { pageQuery, usePaged } from '../../api/use-paged';
import { useWorkspace } from '../../shell/workspace-context';
import { useAllSources } from '../sources/use-sources';

const COUNT_LIMIT = 100;

type Page = { items: unknown[]; nextCursor: string | null };

/** "12", or "100+" when there are more than one page holds; "—" if it failed; undefined while loading. */
function countOf(query: { data?: Page | undefined; isError: boolean }): string | undefined {
  if (query.isError) return '—';
  if (!query.data) return undefined;
  return query.data.nextCursor ? `${COUNT_LIMIT}+` : String(query.data.items.length);
}

/** The numbers and short lists the dashboard shows. */
export function useSummary() {
  const workspace = useWorkspace();
  const workspaceId = workspace.id;
  const admin = workspace.can('admin');
  const members = useQuery({
    queryKey: [...keys.area(workspaceId, 'members'), 'count'],
    queryFn: () => unwrap(ws.members.$get({ param: { workspaceId }, query: pageQuery(undefined, COUNT_LIMIT) })),
  });
  const invitations = useQuery({
    queryKey: [...keys.area(workspaceId, 'invitations'), 'count'],
    queryFn: () => unwrap(ws.invitations.$get({ param: { workspaceId }, query: pageQuery(undefined, COUNT_LIMIT) })),
    enabled: admin,
  });
  const activeJobs = useQuery({
    queryKey: [...keys.area(workspaceId, 'jobs'), 'count', 'active'],
    queryFn: async () => {
      const pages = await Promise.all(
        (['running', 'queued'] as const).map((status) =>
          unwrap(ws.jobs.$get({ param: { workspaceId }, query: { ...pageQuery(undefined, COUNT_LIMIT), status } })),
        ),
      );
      return pages.reduce((sum, page) => sum + page.items.length, 0);
    },
  });
  const sources = useAllSources(workspaceId);
  const audit = usePaged(
    keys.auditList(workspaceId, undefined, 6),
    (cursor) => unwrap(ws.audit.$get({ param: { workspaceId }, query: pageQuery(cursor, 6) })),
    { enabled: admin },
  );
  return {
    memberCount: countOf(members),
    invitationCount: countOf(invitations),
    activeJobCount: activeJobs.isError ? '—' : activeJobs.data,
    sourceCount: countOf(sources),
    /** Sources whose last reads failed, or that paused themselves because of it. */
    failingSourceCount: sources.data?.items.filter((source) => source.consecutiveFailures > 0).length ?? 0,
    audit: audit.list,
  };
}
