import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { api } from '../api/client';
import { keys } from '../api/keys';
import { unwrap } from '../api/problem';
import { Dialog } from '../components/dialog';
import { Field } from '../components/field';
import { FormActions } from '../components/form-actions';
import { Input } from '../components/input';
import { useToast } from '../components/toast';
import { nameField } from '../lib/schemas';
import { useServerForm } from '../lib/server-form';

const schema = z.object({ name: nameField });

export function CreateWorkspaceDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const toast = useToast();
  const { form, problem, clear, onSubmit } = useServerForm(schema, { mode: 'onTouched', defaultValues: { name: '' } });

  const close = () => {
    form.reset();
    clear();
    onClose();
  };

  const submit = onSubmit(async (values) => {
    const workspace = await unwrap(api.workspaces.$post({ json: values }));
    await queryClient.invalidateQueries({ queryKey: keys.me });
    toast({ title: `Created ${workspace.name}`, description: 'You are its owner.' });
    close();
    navigate(`/w/${workspace.id}`);
  });

  return (
    <Dialog
      open={open}
      onClose={close}
      title="Create a workspace"
      description="A separate space with its own members, keys and data. You will be its owner."
    >
      <form onSubmit={submit} className="space-y-5" noValidate>
        <Field label="Workspace name" error={form.formState.errors.name?.message}>
          <Input autoFocus placeholder="Acme Marketing" {...form.register('name')} />
        </Field>
        <FormActions
          problem={problem}
          onCancel={close}
          submitLabel="Create workspace"
          submitting={form.formState.isSubmitting}
        />
      </form>
    </Dialog>
  );
}
