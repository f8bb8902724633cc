import { z } from 'zod';
import type { Source } from '../../api/types';
import { Dialog } from '../../components/dialog';
import { Field } from '../../components/field';
import { FormActions } from '../../components/form-actions';
import { Input } from '../../components/input';
import { Select } from '../../components/select';
import { useToast } from '../../components/toast';
import { nameField } from '../../lib/schemas';
import { useServerForm } from '../../lib/server-form';
import { useWorkspace } from '../../shell/workspace-context';
import { intervalOptions, SOURCE_TYPES, sourceTarget } from './source-types';
import { useUpdateSource } from './use-sources';

const schema = z.object({ name: nameField, intervalMinutes: z.string() });

/** Renames a source or changes how often it is read. What it reads stays: add another source for that. */
export function EditSourceDialog({ source, onClose }: { source: Source | null; onClose: () => void }) {
  return (
    <Dialog
      open={source !== null}
      onClose={onClose}
      title="Edit source"
      description={source ? `${SOURCE_TYPES[source.type].label}: ${sourceTarget(source)}` : undefined}
    >
      {source && <EditSourceForm key={source.id} source={source} onClose={onClose} />}
    </Dialog>
  );
}

function EditSourceForm({ source, onClose }: { source: Source; onClose: () => void }) {
  const workspace = useWorkspace();
  const update = useUpdateSource(workspace.id);
  const toast = useToast();
  const { form, problem, onSubmit } = useServerForm(schema, {
    mode: 'onTouched',
    defaultValues: { name: source.name, intervalMinutes: String(source.intervalMinutes) },
  });

  const submit = onSubmit(async (values) => {
    const saved = await update.mutateAsync({
      sourceId: source.id,
      patch: { name: values.name, intervalMinutes: Number(values.intervalMinutes) },
    });
    toast({ title: `Saved ${saved.name}` });
    onClose();
  });

  return (
    <form onSubmit={submit} className="space-y-5" noValidate>
      <Field label="Name" error={form.formState.errors.name?.message}>
        <Input autoComplete="off" {...form.register('name')} />
      </Field>
      <Field
        label="How often"
        error={form.formState.errors.intervalMinutes?.message}
        hint="The new interval applies from the next read on."
      >
        <Select options={intervalOptions(source.intervalMinutes)} {...form.register('intervalMinutes')} />
      </Field>
      <FormActions
        problem={problem}
        onCancel={onClose}
        submitLabel="Save"
        submitting={form.formState.isSubmitting}
        disabled={!form.formState.isDirty}
      />
    </form>
  );
}
