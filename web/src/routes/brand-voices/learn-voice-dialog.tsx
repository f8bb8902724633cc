import { X } from 'lucide-react';
import { useState } from 'react';
import { z } from 'zod';
import type { BrandVoice, ContentItem } from '../../api/types';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';
import { EngineBadge } from '../../components/engine-badge';
import { Field } from '../../components/field';
import { FormActions } from '../../components/form-actions';
import { Input } from '../../components/input';
import { useServerForm } from '../../lib/server-form';
import { useWorkspace } from '../../shell/workspace-context';
import { ContentPicker } from '../content/content-picker';
import { headline } from '../content/headline';
import { useLearnVoice } from './use-brand-voices';
import { VoiceDetails } from './voice-details';

/** The API learns from 1 to 20 items. */
const MAX_ITEMS = 20;

const schema = z.object({ name: z.string().trim().max(100, 'Use at most 100 characters.') });

/** "Learn from posts": pick content, learn a voice from it, and see what came out and who described it. */
export function LearnVoiceDialog({
  open,
  onClose,
  onEdit,
}: {
  open: boolean;
  onClose: () => void;
  /** Opens the learned voice for editing. */
  onEdit: (voice: BrandVoice) => void;
}) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      size="lg"
      title="Learn a voice from posts"
      description="Pick posts that sound like you. An AI provider describes their voice, or Crowsnest’s local engine when there is none."
    >
      {open && <LearnVoice onClose={onClose} onEdit={onEdit} />}
    </Dialog>
  );
}

function LearnVoice({ onClose, onEdit }: { onClose: () => void; onEdit: (voice: BrandVoice) => void }) {
  const workspace = useWorkspace();
  const learn = useLearnVoice(workspace.id);
  const [picked, setPicked] = useState<Map<string, string>>(new Map());
  const [pickError, setPickError] = useState<string | null>(null);
  const { form, problem, onSubmit } = useServerForm(schema, { mode: 'onTouched', defaultValues: { name: '' } });

  const toggle = (item: Pick<ContentItem, 'id' | 'title' | 'text'>) => {
    setPickError(null);
    setPicked((current) => {
      const next = new Map(current);
      if (next.has(item.id)) next.delete(item.id);
      else if (next.size < MAX_ITEMS) next.set(item.id, headline(item));
      return next;
    });
  };

  const submit = onSubmit(async (values) => {
    if (picked.size === 0) {
      setPickError('Pick at least one post.');
      return;
    }
    await learn.mutateAsync({ contentIds: [...picked.keys()], ...(values.name ? { name: values.name } : {}) });
  });

  if (learn.data) {
    const { voice, engine, model } = learn.data;
    return (
      <div className="space-y-5">
        <Alert tone="success" title={`Learned “${voice.name}” from ${voice.learnedFrom.length} posts`}>
          <span className="mt-1 flex flex-wrap items-center gap-2">
            Described by <EngineBadge provider={engine} model={model} />
          </span>
        </Alert>
        <VoiceDetails voice={voice} />
        <div className="flex justify-end gap-2">
          <Button onClick={() => onEdit(voice)}>Edit voice</Button>
          <Button variant="primary" onClick={onClose}>
            Done
          </Button>
        </div>
      </div>
    );
  }

  return (
    <form onSubmit={submit} className="space-y-5" noValidate>
      <Field label="Name" optional error={form.formState.errors.name?.message} hint="Empty lets Crowsnest name it.">
        <Input autoComplete="off" {...form.register('name')} />
      </Field>
      <div className="space-y-2">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <p className="text-sm font-medium text-zinc-800">Posts</p>
          <p className="text-xs text-zinc-500 tabular-nums" aria-live="polite">
            {picked.size} of {MAX_ITEMS} picked
          </p>
        </div>
        {picked.size > 0 && (
          <ul className="flex flex-wrap gap-1.5" aria-label="Picked posts">
            {[...picked].map(([id, title]) => (
              <li
                key={id}
                className="inline-flex max-w-full items-center gap-1 rounded-md bg-accent-50 py-0.5 pr-0.5 pl-2 text-xs font-medium text-accent-700 ring-1 ring-accent-200 ring-inset"
              >
                <span className="max-w-56 truncate">{title}</span>
                <button
                  type="button"
                  onClick={() => toggle({ id, title, text: null })}
                  className="rounded p-0.5 hover:bg-accent-100 focus-visible:outline-2 focus-visible:outline-accent-600"
                  aria-label={`Unpick ${title}`}
                >
                  <X className="size-3" aria-hidden />
                </button>
              </li>
            ))}
          </ul>
        )}
        <ContentPicker
          selected={new Set(picked.keys())}
          onToggle={toggle}
          max={MAX_ITEMS}
          label="Posts to learn from"
        />
        {pickError && (
          <p className="text-xs font-medium text-red-600" role="alert">
            {pickError}
          </p>
        )}
      </div>
      <FormActions
        problem={problem}
        onCancel={onClose}
        submitLabel="Learn voice"
        submitting={form.formState.isSubmitting}
      />
    </form>
  );
}
