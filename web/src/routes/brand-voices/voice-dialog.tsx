import type { BrandVoice } from '../../api/types';
import { Dialog } from '../../components/dialog';
import { Field } from '../../components/field';
import { FormActions } from '../../components/form-actions';
import { Input } from '../../components/input';
import { Textarea } from '../../components/textarea';
import { useToast } from '../../components/toast';
import { useServerForm } from '../../lib/server-form';
import { useWorkspace } from '../../shell/workspace-context';
import { RuleListField } from './rule-list-field';
import { useCreateVoice, useUpdateVoice } from './use-brand-voices';
import { LIMITS, toVoiceInput, toVoiceValues, voiceSchema } from './voice-form';

/** Writes a new brand voice, or edits `voice`. */
export function VoiceDialog({
  open,
  voice,
  onClose,
}: {
  open: boolean;
  /** The voice to edit; null for a new one. */
  voice: BrandVoice | null;
  onClose: () => void;
}) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      size="lg"
      title={voice ? `Edit “${voice.name}”` : 'New brand voice'}
      description="How posts in this voice should sound. Generation follows it when you pick it."
    >
      {open && <VoiceForm key={voice?.id ?? 'new'} voice={voice} onClose={onClose} />}
    </Dialog>
  );
}

function VoiceForm({ voice, onClose }: { voice: BrandVoice | null; onClose: () => void }) {
  const workspace = useWorkspace();
  const create = useCreateVoice(workspace.id);
  const update = useUpdateVoice(workspace.id);
  const toast = useToast();
  const { form, problem, onSubmit } = useServerForm(voiceSchema, {
    mode: 'onTouched',
    defaultValues: toVoiceValues(voice),
  });
  const errors = form.formState.errors;

  const submit = onSubmit(async (values) => {
    const json = toVoiceInput(values);
    const saved = voice ? await update.mutateAsync({ voiceId: voice.id, json }) : await create.mutateAsync(json);
    toast({ title: voice ? `Saved ${saved.name}` : `Created ${saved.name}` });
    onClose();
  });

  return (
    <form onSubmit={submit} className="space-y-5" noValidate>
      <Field label="Name" error={errors.name?.message} hint="What the team calls it, e.g. “Friendly expert”.">
        <Input autoComplete="off" {...form.register('name')} />
      </Field>
      <Field
        label="Description"
        error={errors.description?.message}
        hint="Who speaks, to whom, and how: tone, vocabulary, sentence length."
      >
        <Textarea
          rows={3}
          placeholder="Warm and plain-spoken, like a baker talking to regulars. Short sentences, no jargon."
          {...form.register('description')}
        />
      </Field>
      <div className="grid gap-5 sm:grid-cols-2">
        <RuleListField
          form={form}
          name="dos"
          label="Do"
          itemLabel="Do rule"
          hint="What posts in this voice always do."
          placeholder="Open with a concrete detail"
          max={LIMITS.rules}
        />
        <RuleListField
          form={form}
          name="donts"
          label="Don’t"
          itemLabel="Don’t rule"
          hint="What they never do."
          placeholder="Use more than two hashtags"
          max={LIMITS.rules}
        />
      </div>
      <RuleListField
        form={form}
        name="examples"
        label="Examples"
        itemLabel="Example"
        hint="Posts that sound right, as they were published."
        placeholder="Paste a post in this voice"
        max={LIMITS.examples}
        multiline
      />
      <FormActions
        problem={problem}
        onCancel={onClose}
        submitLabel={voice ? 'Save' : 'Create voice'}
        submitting={form.formState.isSubmitting}
      />
    </form>
  );
}
