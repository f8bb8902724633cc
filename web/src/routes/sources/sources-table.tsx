import { Link } from 'react-router';
import type { Source } from '../../api/types';
import { Table, TBody, Td, THead, Th, Tr } from '../../components/table';
import { dateTime, timeAgo } from '../../lib/format';
import { useWorkspace } from '../../shell/workspace-context';
import { SourceActions } from './source-actions';
import { SourceProblem, SourceReadProgress, SourceStatusBadge } from './source-status';
import { intervalLabel, SOURCE_TYPES, sourceTarget } from './source-types';

function NextRead({ source }: { source: Source }) {
  if (source.status === 'paused' || !source.nextRunAt) return <span className="text-zinc-400">—</span>;
  const due = new Date(source.nextRunAt).getTime() <= Date.now();
  return (
    <>
      <span title={dateTime(source.nextRunAt)}>{due ? 'Due now' : timeAgo(source.nextRunAt)}</span>
      <span className="block text-xs text-zinc-400">{intervalLabel(source.intervalMinutes)}</span>
    </>
  );
}

interface RowHandlers {
  onEdit: (source: Source) => void;
  onDelete: (source: Source) => void;
}

function SourceRow({ source, onEdit, onDelete }: RowHandlers & { source: Source }) {
  const workspace = useWorkspace();
  const type = SOURCE_TYPES[source.type];
  return (
    <Tr>
      <Td className="max-w-md">
        <div className="flex items-start gap-3">
          <span
            className="mt-0.5 flex size-8 shrink-0 items-center justify-center rounded-lg bg-zinc-100 text-zinc-600"
            title={type.label}
          >
            <type.icon className="size-4" aria-hidden />
          </span>
          <div className="min-w-0">
            <p className="truncate font-medium text-zinc-900">{source.name}</p>
            <p className="truncate text-xs text-zinc-500" title={sourceTarget(source)}>
              <span className="sr-only">{type.label}: </span>
              {sourceTarget(source)}
            </p>
            <SourceProblem source={source} />
            <SourceReadProgress source={source} />
          </div>
        </div>
      </Td>
      <Td>
        <SourceStatusBadge source={source} />
      </Td>
      <Td className="whitespace-nowrap text-zinc-500">
        {source.lastRunAt ? <span title={dateTime(source.lastRunAt)}>{timeAgo(source.lastRunAt)}</span> : 'Never'}
      </Td>
      <Td className="whitespace-nowrap text-zinc-500">
        <NextRead source={source} />
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
        <SourceActions source={source} onEdit={onEdit} onDelete={onDelete} />
      </Td>
    </Tr>
  );
}

/** Sources with their state, schedule, item count, the read in progress, and what you may do. */
export function SourcesTable({ sources, onEdit, onDelete }: RowHandlers & { sources: Source[] }) {
  return (
    <Table label="Sources">
      <THead>
        <Th>Source</Th>
        <Th>Status</Th>
        <Th>Last read</Th>
        <Th>Next read</Th>
        <Th className="text-right">Items</Th>
        {/* Wide enough for every action, so the columns stay put when a source is paused or resumed. */}
        <Th className="w-[17rem]">
          <span className="sr-only">Actions</span>
        </Th>
      </THead>
      <TBody>
        {sources.map((source) => (
          <SourceRow key={source.id} source={source} onEdit={onEdit} onDelete={onDelete} />
        ))}
      </TBody>
    </Table>
  );
}
