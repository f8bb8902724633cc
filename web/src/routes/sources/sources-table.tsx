import { Link } from 'react-router';
import type { Job, Source } from '../../api/types';
import { Table, TBody, Td, THead, Th, Tr } from '../../components/table';
import { dateTime, timeAgo } from '../../lib/format';
import { useWorkspace } from '../../shell/workspace-context';
import { isActive } from '../jobs/job-status';
import { SourceActions } from './source-actions';
import { SourceProblem, SourceReadProgress, SourceStatusBadge } from './source-status';
import { intervalLabel, SOURCE_TYPES, sourceTarget } from './source-types';

/** When it was last read, and when it will be next (at its interval). */
function Schedule({ source }: { source: Source }) {
  const due = source.nextRunAt !== null && new Date(source.nextRunAt).getTime() <= Date.now();
  return (
    <>
      {source.lastRunAt ? (
        <span className="text-zinc-700" title={dateTime(source.lastRunAt)}>
          Read {timeAgo(source.lastRunAt)}
        </span>
      ) : (
        <span className="text-zinc-500">Not read yet</span>
      )}
      <span className="block text-xs text-zinc-400">
        {source.status === 'paused' || !source.nextRunAt ? (
          'No reads while paused'
        ) : (
          <span title={dateTime(source.nextRunAt)}>
            {due ? 'Due now' : `Next ${timeAgo(source.nextRunAt)}`} · {intervalLabel(source.intervalMinutes)}
          </span>
        )}
      </span>
    </>
  );
}

interface RowHandlers {
  onEdit: (source: Source) => void;
  onDelete: (source: Source) => void;
}

function SourceRow({ source, read, onEdit, onDelete }: RowHandlers & { source: Source; read: Job | undefined }) {
  const workspace = useWorkspace();
  const type = SOURCE_TYPES[source.type];
  const reading = read !== undefined && isActive(read);
  return (
    <Tr>
      <Td>
        {/* A width cap lets long names and addresses truncate instead of widening the table. */}
        <div className="flex max-w-80 items-start gap-3">
          <span
            className="mt-0.5 flex size-8 shrink-0 items-center justify-center rounded-lg bg-zinc-100 text-zinc-600"
            title={type.label}
          >
            <type.icon className="size-4" aria-hidden />
          </span>
          <div className="min-w-0">
            <p className="truncate font-medium text-zinc-900">
              <Link
                to={`/w/${workspace.id}/sources/${source.id}`}
                className="hover:text-accent-700 hover:underline focus-visible:outline-2 focus-visible:outline-accent-600"
              >
                {source.name}
              </Link>
            </p>
            <p className="truncate text-xs text-zinc-500" title={sourceTarget(source)}>
              <span className="sr-only">{type.label}: </span>
              {sourceTarget(source)}
            </p>
            <SourceProblem source={source} />
            <SourceReadProgress source={source} job={read} />
          </div>
        </div>
      </Td>
      <Td>
        <SourceStatusBadge source={source} />
      </Td>
      <Td className="whitespace-nowrap">
        <Schedule source={source} />
      </Td>
      <Td className="text-right tabular-nums">
        {source.itemCount > 0 ? (
          <Link
            to={`/w/${workspace.id}/content?source=${source.id}`}
            className="font-medium text-accent-600 hover:text-accent-700"
            title={`See what ${source.name} collected`}
          >
            {source.itemCount.toLocaleString()}
          </Link>
        ) : (
          <span className="text-zinc-400">0</span>
        )}
      </Td>
      <Td>
        <SourceActions source={source} reading={reading} onEdit={onEdit} onDelete={onDelete} />
      </Td>
    </Tr>
  );
}

/** Sources with their state, schedule, item count, the read in progress, and what you may do. */
export function SourcesTable({
  sources,
  reads,
  onEdit,
  onDelete,
}: RowHandlers & { sources: Source[]; reads: Map<string, Job> }) {
  return (
    <Table label="Sources">
      <THead>
        <Th>Source</Th>
        <Th>Status</Th>
        <Th>Schedule</Th>
        <Th className="text-right">Items</Th>
        <Th>
          <span className="sr-only">Actions</span>
        </Th>
      </THead>
      <TBody>
        {sources.map((source) => (
          <SourceRow
            key={source.id}
            source={source}
            read={source.runningJobId ? reads.get(source.runningJobId) : undefined}
            onEdit={onEdit}
            onDelete={onDelete}
          />
        ))}
      </TBody>
    </Table>
  );
}
