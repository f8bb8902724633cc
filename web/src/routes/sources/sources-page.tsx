import { Plus, Rss } from 'lucide-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { Source, SourceStatus, SourceType } from '../../api/types';
import { Button } from '../../components/button';
import { Card } from '../../components/card';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { EmptyState } from '../../components/empty-state';
import { PageHeader } from '../../components/page-header';
import { ListState, LoadMore } from '../../components/query-state';
import { Select } from '../../components/select';
import { useToast } from '../../components/toast';
import { useWorkspace } from '../../shell/workspace-context';
import { AddSourceDialog } from './add-source-dialog';
import { EditSourceDialog } from './edit-source-dialog';
import { SOURCE_TYPE_KEYS, SOURCE_TYPES } from './source-types';
import { SourcesTable } from './sources-table';
import { useActiveReads, useDeleteSource, useSources } from './use-sources';

/** Filters appear once there is enough to filter. */
const FILTER_FROM = 6;

const STATUS_OPTIONS = [
  { value: '', label: 'Any status' },
  { value: 'active', label: 'Active' },
  { value: 'paused', label: 'Paused' },
];

function parseType(value: string | null): SourceType | undefined {
  return SOURCE_TYPE_KEYS.find((type) => type === value);
}

function parseStatus(value: string | null): SourceStatus | undefined {
  return value === 'active' || value === 'paused' ? value : undefined;
}

export function SourcesPage() {
  const workspace = useWorkspace();
  const [params, setParams] = useSearchParams();
  const type = parseType(params.get('type'));
  const status = parseStatus(params.get('status'));
  const filtered = type !== undefined || status !== undefined;
  const { list, more } = useSources(workspace.id, { type, status });
  const reads = useActiveReads(workspace.id, list.data?.some((source) => source.runningJobId !== null) ?? false);
  const remove = useDeleteSource(workspace.id);
  const toast = useToast();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Source | null>(null);
  const [deleting, setDeleting] = useState<Source | null>(null);
  const admin = workspace.can('admin');
  const showFilters = filtered || more.hasMore || (list.data?.length ?? 0) >= FILTER_FROM;

  const setFilter = (name: 'type' | 'status', value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );

  const addButton = admin && (
    <Button variant="primary" icon={<Plus className="size-4" />} onClick={() => setAdding(true)}>
      Add source
    </Button>
  );

  return (
    <>
      <PageHeader
        title="Sources"
        description="What Crowsnest reads for you on a schedule: feeds, web pages, YouTube, Reddit, Google Trends and Bluesky."
        actions={addButton}
      />
      <Card
        flush
        title={showFilters ? 'All sources' : undefined}
        actions={
          showFilters && (
            <>
              <Select
                className="w-44"
                aria-label="Filter by type"
                value={type ?? ''}
                onChange={(event) => setFilter('type', event.target.value)}
                options={[
                  { value: '', label: 'Any type' },
                  ...SOURCE_TYPE_KEYS.map((key) => ({ value: key, label: SOURCE_TYPES[key].label })),
                ]}
              />
              <Select
                className="w-36"
                aria-label="Filter by status"
                value={status ?? ''}
                onChange={(event) => setFilter('status', event.target.value)}
                options={STATUS_OPTIONS}
              />
            </>
          )
        }
      >
        <ListState
          query={list}
          empty={
            filtered ? (
              <EmptyState
                icon={<Rss />}
                title="No sources match"
                description="Try another type or status."
                action={<Button onClick={() => setParams({}, { replace: true })}>Clear filters</Button>}
              />
            ) : (
              <EmptyState
                icon={<Rss />}
                title="No sources yet"
                description={
                  <>
                    A source is something Crowsnest reads for you: a blog’s feed, a web page, a YouTube channel, a
                    subreddit, Google Trends or a Bluesky search. What it finds lands in Content, refreshed on the
                    schedule you choose.
                    {!admin && ' Ask an admin of this workspace to add one.'}
                  </>
                }
                action={addButton}
              />
            )
          }
        >
          {(sources) => <SourcesTable sources={sources} reads={reads} onEdit={setEditing} onDelete={setDeleting} />}
        </ListState>
        <LoadMore {...more} />
      </Card>
      {admin && <AddSourceDialog open={adding} onClose={() => setAdding(false)} />}
      <EditSourceDialog source={editing} onClose={() => setEditing(null)} />
      <ConfirmDialog
        open={deleting !== null}
        onClose={() => setDeleting(null)}
        title={`Delete “${deleting?.name ?? ''}”?`}
        confirmLabel="Delete source"
        onConfirm={async () => {
          if (!deleting) return;
          await remove.mutateAsync(deleting.id);
          toast({ title: `${deleting.name} deleted` });
        }}
      >
        {deleting && deleting.itemCount > 0
          ? `Its ${deleting.itemCount.toLocaleString()} collected ${deleting.itemCount === 1 ? 'item goes' : 'items go'} with it, with their metric history and analysis. This cannot be undone.`
          : 'Everything it collected goes with it. This cannot be undone.'}
      </ConfirmDialog>
    </>
  );
}
