import { z } from 'zod';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { setAccessToken } from '../../api/session';
import { Button } from '../../components/button';
import { Card } from '../../components/card';
import { Field } from '../../components/field';
import { FormError } from '../../components/form-error';
import { Input } from '../../components/input';
import { useToast } from '../../components/toast';
import { MIN_PASSWORD_LENGTH, passwordField } from '../../lib/schemas';
import { useServerForm } from '../../lib/server-form';

const schema = z
  .object({
    currentPassword: z.string().min(1, 'Enter your current password.'),
    newPassword: passwordField,
    confirm: z.string(),
  })
  .refine((values) => values.newPassword === values.confirm, { path: ['confirm'], message: 'The passwords differ.' });

export function PasswordCard() {
  const toast = useToast();
  const { form, problem, onSubmit } = useServerForm(schema, {
    mode: 'onTouched',
    defaultValues: { currentPassword: '', newPassword: '', confirm: '' },
  });
  const { errors } = form.formState;

  const submit = onSubmit(async ({ currentPassword, newPassword }) => {
    const { accessToken } = await unwrap(api.me.password.$post({ json: { currentPassword, newPassword } }));
    // The change ends every other session and starts a new one here.
    setAccessToken(accessToken);
    form.reset();
    toast({ title: 'Password changed', description: 'Your other sessions were signed out.' });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Card
        title="Password"
        description="Changing it signs you out everywhere else."
        footer={
          <Button type="submit" variant="primary" loading={form.formState.isSubmitting}>
            Change password
          </Button>
        }
      >
        <div className="max-w-md space-y-5">
          <Field label="Current password" error={errors.currentPassword?.message}>
            <Input type="password" autoComplete="current-password" {...form.register('currentPassword')} />
          </Field>
          <Field
            label="New password"
            error={errors.newPassword?.message}
            hint={`At least ${MIN_PASSWORD_LENGTH} characters; not a common password, nor your email address.`}
          >
            <Input type="password" autoComplete="new-password" {...form.register('newPassword')} />
          </Field>
          <Field label="Repeat the new password" error={errors.confirm?.message}>
            <Input type="password" autoComplete="new-password" {...form.register('confirm')} />
          </Field>
          <FormError error={problem} />
        </div>
      </Card>
    </form>
  );
}
