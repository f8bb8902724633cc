import { Dialog } from '../../components/dialog';
import { Field } from '../../components/field';
import { FormActions } from '../../components/form-actions';
import { Input } from '../../components/input';
import { Select } from '../../components/select';
import { useToast } from '../../components/toast';
import { useServerForm } from '../../lib/server-form';
import { useWorkspace } from '../../shell/workspace-context';
import { SOURCE_FORM_DEFAULTS, sourceFormSchema, toCreateBody } from './source-form';
import { SourceTypeFields } from './source-type-fields';
import { SourceTypePicker } from './source-type-picker';
import { INTERVALS } from './source-types';
import { useCreateSource } from './use-sources';

/** Adds a source of any type; its first read starts at once and shows live in the list. */
export function AddSourceDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const workspace = useWorkspace();
  const create = useCreateSource(workspace.id);
  const toast = useToast();
  const { form, problem, clear, onSubmit } = useServerForm(sourceFormSchema, {
    mode: 'onTouched',
    defaultValues: SOURCE_FORM_DEFAULTS,
  });
  const type = form.watch('type');

  const close = () => {
    form.reset();
    clear();
    onClose();
  };

  const submit = onSubmit(async (values) => {
    const source = await create.mutateAsync(toCreateBody(values));
    toast({ title: `Added ${source.name}`, description: 'Its first read has started.' });
    close();
  });

  const typeField = form.register('type', {
    // Another type's complaints say nothing about this one.
    onChange: () => {
      form.clearErrors();
      clear();
    },
  });

  return (
    <Dialog
      open={open}
      onClose={close}
      size="lg"
      title="Add a source"
      description="Crowsnest reads it now and then on a schedule, and keeps what it finds in Content."
    >
      <form onSubmit={submit} className="space-y-5" noValidate>
        <SourceTypePicker chosen={type} error={form.formState.errors.type?.message} {...typeField} />
        <SourceTypeFields form={form} />
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            label="Name"
            optional
            error={form.formState.errors.name?.message}
            hint="Leave it empty to name it after what it reads."
          >
            <Input autoComplete="off" {...form.register('name')} />
          </Field>
          <Field label="How often" error={form.formState.errors.intervalMinutes?.message}>
            <Select options={INTERVALS} {...form.register('intervalMinutes')} />
          </Field>
        </div>
        <FormActions
          problem={problem}
          onCancel={close}
          submitLabel="Add source"
          submitting={form.formState.isSubmitting}
        />
      </form>
    </Dialog>
  );
}
