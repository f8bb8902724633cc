import type { AuditEntry } from '../../api/types';
import { Badge } from '../../components/badge';
import { Table, TBody, Td, THead, Th, Tr } from '../../components/table';
import { dateTime, timeAgo } from '../../lib/format';
import { actionTone } from './audit-actions';

const ACTOR_TYPES: Record<AuditEntry['actor']['type'], string> = {
  user: 'User',
  api_key: 'API key',
  system: 'System',
};

function Metadata({ metadata }: { metadata: Record<string, unknown> }) {
  const entries = Object.entries(metadata);
  if (entries.length === 0) return <span className="text-zinc-400">—</span>;
  return (
    <dl className="flex flex-wrap gap-1">
      {entries.map(([key, value]) => (
        <div key={key} className="inline-flex rounded bg-zinc-100 px-1.5 py-0.5 text-xs">
          <dt className="text-zinc-500">{key}:</dt>
          <dd className="ml-1 max-w-56 truncate text-zinc-800">
            {typeof value === 'string' ? value : JSON.stringify(value)}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** Audit entries, newest first. `compact` drops the forensic columns (for the dashboard). */
export function AuditTable({ entries, compact = false }: { entries: AuditEntry[]; compact?: boolean }) {
  return (
    <Table label="Audit log" dense={compact}>
      <THead>
        <Th>When</Th>
        <Th>Action</Th>
        <Th>Actor</Th>
        {!compact && <Th>Details</Th>}
        {!compact && <Th>Request</Th>}
      </THead>
      <TBody>
        {entries.map((entry) => (
          <Tr key={entry.id}>
            <Td className="whitespace-nowrap text-zinc-500" title={dateTime(entry.createdAt)}>
              {timeAgo(entry.createdAt)}
            </Td>
            <Td>
              <Badge tone={actionTone(entry.action)} className="font-mono">
                {entry.action}
              </Badge>
            </Td>
            <Td>
              <p className="font-medium text-zinc-900">{entry.actor.name ?? 'Unknown'}</p>
              <p className="text-xs text-zinc-500">{ACTOR_TYPES[entry.actor.type]}</p>
            </Td>
            {!compact && (
              <Td>
                <Metadata metadata={entry.metadata} />
                {entry.targetType && (
                  <p className="mt-1 font-mono text-[11px] text-zinc-400">
                    {entry.targetType} {entry.targetId}
                  </p>
                )}
              </Td>
            )}
            {!compact && (
              <Td className="font-mono text-[11px] whitespace-nowrap text-zinc-400">
                <p title="Request ID">{entry.requestId?.slice(0, 8) ?? '—'}</p>
                <p title="IP address">{entry.ip ?? ''}</p>
              </Td>
            )}
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
