import { KeyRound, Plus } from 'lucide-react';
import { useState } from 'react';
import type { ApiKey } from '../../api/types';
import { Badge } from '../../components/badge';
import { Button } from '../../components/button';
import { Card } from '../../components/card';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { EmptyState } from '../../components/empty-state';
import { PageHeader } from '../../components/page-header';
import { ListState, LoadMore } from '../../components/query-state';
import { Table, TBody, Td, THead, Th, Tr } from '../../components/table';
import { useToast } from '../../components/toast';
import { dateTime, timeAgo } from '../../lib/format';
import { ROLE_LABELS } from '../../lib/roles';
import { useWorkspace } from '../../shell/workspace-context';
import { CreateKeyDialog } from './create-key-dialog';
import { useApiKeys, useRevokeApiKey } from './use-api-keys';

export function ApiKeysPage() {
  const workspace = useWorkspace();
  const { list, more } = useApiKeys(workspace.id);
  const revoke = useRevokeApiKey(workspace.id);
  const toast = useToast();
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  const createButton = (
    <Button variant="primary" icon={<Plus className="size-4" />} onClick={() => setCreating(true)}>
      Create API key
    </Button>
  );

  return (
    <>
      <PageHeader
        title="API keys"
        description="Keys let scripts and other services call the Crowsnest API on behalf of this workspace."
        actions={createButton}
      />
      <Card flush>
        <ListState
          query={list}
          empty={
            <EmptyState
              icon={<KeyRound />}
              title="No API keys yet"
              description="Create a key to use the API from scripts, CI or other tools."
              action={createButton}
            />
          }
        >
          {(apiKeys) => (
            <Table label="API keys">
              <THead>
                <Th>Name</Th>
                <Th>Key</Th>
                <Th>Role</Th>
                <Th>Created</Th>
                <Th>Last used</Th>
                <Th>
                  <span className="sr-only">Actions</span>
                </Th>
              </THead>
              <TBody>
                {apiKeys.map((key) => (
                  <Tr key={key.id}>
                    <Td>
                      <p className="font-medium text-zinc-900">{key.name}</p>
                      {key.createdByName && <p className="text-xs text-zinc-500">by {key.createdByName}</p>}
                    </Td>
                    <Td className="font-mono text-xs text-zinc-500">{key.prefix}…</Td>
                    <Td>
                      <Badge>{ROLE_LABELS[key.role]}</Badge>
                    </Td>
                    <Td className="whitespace-nowrap text-zinc-500" title={dateTime(key.createdAt)}>
                      {timeAgo(key.createdAt)}
                    </Td>
                    <Td
                      className="whitespace-nowrap text-zinc-500"
                      title={key.lastUsedAt ? dateTime(key.lastUsedAt) : undefined}
                    >
                      {key.lastUsedAt ? timeAgo(key.lastUsedAt) : 'Never'}
                    </Td>
                    <Td className="text-right">
                      <Button
                        size="sm"
                        variant="ghost"
                        className="text-red-600 hover:bg-red-50"
                        onClick={() => setRevoking(key)}
                      >
                        Revoke
                      </Button>
                    </Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          )}
        </ListState>
        <LoadMore {...more} />
      </Card>
      <CreateKeyDialog open={creating} onClose={() => setCreating(false)} />
      <ConfirmDialog
        open={revoking !== null}
        onClose={() => setRevoking(null)}
        title={`Revoke “${revoking?.name ?? ''}”?`}
        confirmLabel="Revoke key"
        onConfirm={async () => {
          if (!revoking) return;
          await revoke.mutateAsync(revoking.id);
          toast({ title: `Key “${revoking.name}” revoked` });
        }}
      >
        Anything still using this key will get 401 answers from now on. This cannot be undone.
      </ConfirmDialog>
    </>
  );
}
