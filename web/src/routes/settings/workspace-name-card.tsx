import { useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { ws } from '../../api/client';
import { keys } from '../../api/keys';
import { unwrap } from '../../api/problem';
import { Button } from '../../components/button';
import { Card } from '../../components/card';
import { Field } from '../../components/field';
import { FormError } from '../../components/form-error';
import { Input } from '../../components/input';
import { useToast } from '../../components/toast';
import { nameField } from '../../lib/schemas';
import { useServerForm } from '../../lib/server-form';
import { useWorkspace } from '../../shell/workspace-context';

const schema = z.object({ name: nameField });

export function WorkspaceNameCard() {
  const workspace = useWorkspace();
  const queryClient = useQueryClient();
  const toast = useToast();
  const { form, problem, onSubmit } = useServerForm(schema, { mode: 'onChange', values: { name: workspace.name } });
  const admin = workspace.can('admin');

  const submit = onSubmit(async (values) => {
    const renamed = await unwrap(ws.$patch({ param: { workspaceId: workspace.id }, json: values }));
    await queryClient.invalidateQueries({ queryKey: keys.me });
    toast({ title: `Renamed to ${renamed.name}` });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Card
        title="General"
        description={admin ? 'The name everyone in the workspace sees.' : 'Only admins can rename the workspace.'}
        footer={
          admin && (
            <Button
              type="submit"
              variant="primary"
              loading={form.formState.isSubmitting}
              disabled={!form.formState.isDirty}
            >
              Save
            </Button>
          )
        }
      >
        <div className="max-w-md space-y-4">
          <Field label="Workspace name" error={form.formState.errors.name?.message}>
            <Input readOnly={!admin} {...form.register('name')} />
          </Field>
          <FormError error={problem} />
        </div>
      </Card>
    </form>
  );
}
