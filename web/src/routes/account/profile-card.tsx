import { useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../api/client';
import { keys } from '../../api/keys';
import { unwrap } from '../../api/problem';
import type { User } from '../../api/types';
import { Button } from '../../components/button';
import { Card } from '../../components/card';
import { Field } from '../../components/field';
import { FormError } from '../../components/form-error';
import { Input } from '../../components/input';
import { useToast } from '../../components/toast';
import { nameField } from '../../lib/schemas';
import { useServerForm } from '../../lib/server-form';

const schema = z.object({ name: nameField });

export function ProfileCard({ user }: { user: User }) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const { form, problem, onSubmit } = useServerForm(schema, { mode: 'onChange', values: { name: user.name } });

  const submit = onSubmit(async (values) => {
    await unwrap(api.me.$patch({ json: values }));
    await queryClient.invalidateQueries({ queryKey: keys.me });
    toast({ title: 'Profile saved' });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Card
        title="Profile"
        description="How you appear to the people you work with."
        footer={
          <Button
            type="submit"
            variant="primary"
            loading={form.formState.isSubmitting}
            disabled={!form.formState.isDirty}
          >
            Save
          </Button>
        }
      >
        <div className="grid max-w-2xl gap-5 sm:grid-cols-2">
          <Field label="Name" error={form.formState.errors.name?.message}>
            <Input autoComplete="name" {...form.register('name')} />
          </Field>
          <Field label="Email" hint="Your email address cannot be changed.">
            <Input value={user.email} readOnly />
          </Field>
        </div>
        <div className="mt-4 max-w-2xl">
          <FormError error={problem} />
        </div>
      </Card>
    </form>
  );
}
