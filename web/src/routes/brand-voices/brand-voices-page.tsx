import { GraduationCap, Megaphone, Pencil, Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import type { BrandVoice } from '../../api/types';
import { Badge } from '../../components/badge';
import { Button } from '../../components/button';
import { Card } from '../../components/card';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { EmptyState } from '../../components/empty-state';
import { IconButton } from '../../components/icon-button';
import { PageHeader } from '../../components/page-header';
import { ListState, LoadMore } from '../../components/query-state';
import { useToast } from '../../components/toast';
import { dateTime, timeAgo } from '../../lib/format';
import { useWorkspace } from '../../shell/workspace-context';
import { LearnVoiceDialog } from './learn-voice-dialog';
import { useBrandVoices, useDeleteVoice } from './use-brand-voices';
import { VoiceDetails } from './voice-details';
import { VoiceDialog } from './voice-dialog';

function VoiceCard({
  voice,
  onEdit,
  onDelete,
}: {
  voice: BrandVoice;
  onEdit: (voice: BrandVoice) => void;
  onDelete: (voice: BrandVoice) => void;
}) {
  const workspace = useWorkspace();
  return (
    <li className="min-w-0">
      <Card
        className="h-full"
        title={voice.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            {voice.origin === 'learned' ? (
              <Badge tone="info">
                Learned from {voice.learnedFrom.length} {voice.learnedFrom.length === 1 ? 'post' : 'posts'}
              </Badge>
            ) : (
              <Badge>Written by hand</Badge>
            )}
            <span title={dateTime(voice.updatedAt)}>Updated {timeAgo(voice.updatedAt)}</span>
          </span>
        }
        actions={
          workspace.can('editor') && (
            <>
              <IconButton label={`Edit ${voice.name}`} icon={<Pencil />} onClick={() => onEdit(voice)} />
              <IconButton
                tone="danger"
                label={`Delete ${voice.name}`}
                icon={<Trash2 />}
                onClick={() => onDelete(voice)}
              />
            </>
          )
        }
      >
        <VoiceDetails voice={voice} />
      </Card>
    </li>
  );
}

export function BrandVoicesPage() {
  const workspace = useWorkspace();
  const { list, more } = useBrandVoices(workspace.id);
  const remove = useDeleteVoice(workspace.id);
  const toast = useToast();
  const editor = workspace.can('editor');
  const [editing, setEditing] = useState<BrandVoice | 'new' | null>(null);
  const [learning, setLearning] = useState(false);
  const [deleting, setDeleting] = useState<BrandVoice | null>(null);

  const actions = editor && (
    <>
      <Button icon={<GraduationCap className="size-4" />} onClick={() => setLearning(true)}>
        Learn from posts
      </Button>
      <Button variant="primary" icon={<Plus className="size-4" />} onClick={() => setEditing('new')}>
        New voice
      </Button>
    </>
  );

  return (
    <>
      <PageHeader
        title="Brand voices"
        description="How your posts should sound. Pick a voice when you generate, and the writing follows it."
        actions={actions}
      />
      <ListState
        query={list}
        empty={
          <Card>
            <EmptyState
              icon={<Megaphone />}
              title="No brand voices yet"
              description={
                <>
                  A voice is a description, rules to follow and avoid, and example posts. Write one, or let Crowsnest
                  learn it from posts you collected.
                  {!editor && ' Ask an editor of this workspace to add one.'}
                </>
              }
              action={actions && <div className="flex flex-wrap justify-center gap-2">{actions}</div>}
            />
          </Card>
        }
      >
        {(voices) => (
          <ul className="grid gap-6 lg:grid-cols-2" aria-label="Brand voices">
            {voices.map((voice) => (
              <VoiceCard key={voice.id} voice={voice} onEdit={setEditing} onDelete={setDeleting} />
            ))}
          </ul>
        )}
      </ListState>
      <LoadMore {...more} />
      {editor && (
        <>
          <VoiceDialog
            open={editing !== null}
            voice={editing === 'new' ? null : editing}
            onClose={() => setEditing(null)}
          />
          <LearnVoiceDialog
            open={learning}
            onClose={() => setLearning(false)}
            onEdit={(voice) => {
              setLearning(false);
              setEditing(voice);
            }}
          />
        </>
      )}
      <ConfirmDialog
        open={deleting !== null}
        onClose={() => setDeleting(null)}
        title={`Delete “${deleting?.name ?? ''}”?`}
        confirmLabel="Delete voice"
        onConfirm={async () => {
          if (!deleting) return;
          await remove.mutateAsync(deleting.id);
          toast({ title: `${deleting.name} deleted` });
        }}
      >
        Content already written in it stays as it is; it can no longer be picked when generating. This cannot be undone.
      </ConfirmDialog>
    </>
  );
}
