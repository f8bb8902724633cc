import { useState } from 'react';
import { z } from 'zod';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { CopyField } from '../../components/copy-field';
import { Dialog } from '../../components/dialog';
import { Field } from '../../components/field';
import { FormActions } from '../../components/form-actions';
import { Input } from '../../components/input';
import { RoleField } from '../../components/role-field';
import { nameField, roleField } from '../../lib/schemas';
import { useServerForm } from '../../lib/server-form';
import { useWorkspace } from '../../shell/workspace-context';
import { useCreateApiKey } from './use-api-keys';

const schema = z.object({ name: nameField, role: roleField });

/** Creates a key, then shows it once with a copy button. */
export function CreateKeyDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const workspace = useWorkspace();
  const create = useCreateApiKey(workspace.id);
  const [created, setCreated] = useState<{ name: string; key: string } | null>(null);
  const { form, problem, clear, onSubmit } = useServerForm(schema, {
    mode: 'onTouched',
    defaultValues: { name: '', role: 'viewer' },
  });

  const close = () => {
    form.reset();
    clear();
    setCreated(null);
    onClose();
  };

  const submit = onSubmit(async (values) => {
    const key = await create.mutateAsync(values);
    setCreated({ name: key.name, key: key.key });
  });

  if (created) {
    return (
      <Dialog
        open={open}
        onClose={close}
        title={`API key “${created.name}” created`}
        description="Use it as a bearer token: Authorization: Bearer <key>."
        footer={
          <Button variant="primary" onClick={close}>
            I have copied the key
          </Button>
        }
      >
        <div className="space-y-4">
          <CopyField value={created.key} label="API key" />
          <Alert tone="warning" title="Copy this key now">
            It will not be shown again: Crowsnest keeps only a hash of it. If you lose it, revoke it and create a new
            one.
          </Alert>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog
      open={open}
      onClose={close}
      title="Create an API key"
      description={`A key acts in ${workspace.name} only, with the role you pick (at most your own).`}
    >
      <form onSubmit={submit} className="space-y-5" noValidate>
        <Field label="Name" error={form.formState.errors.name?.message} hint="What uses it, e.g. “Reporting script”.">
          <Input autoFocus autoComplete="off" {...form.register('name')} />
        </Field>
        <RoleField
          granter={workspace.role}
          chosen={form.watch('role')}
          error={form.formState.errors.role?.message}
          {...form.register('role')}
        />
        <FormActions
          problem={problem}
          onCancel={close}
          submitLabel="Create key"
          submitting={form.formState.isSubmitting}
        />
      </form>
    </Dialog>
  );
}
