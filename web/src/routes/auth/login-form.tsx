import { z } from 'zod';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { Button } from '../../components/button';
import { Field } from '../../components/field';
import { FormError } from '../../components/form-error';
import { Input } from '../../components/input';
import { emailField } from '../../lib/schemas';
import { useServerForm } from '../../lib/server-form';

const schema = z.object({ email: emailField, password: z.string().min(1, 'Enter your password.') });

/** Email and password; hands the access token to `onSignedIn`. */
export function LoginForm({
  onSignedIn,
  email,
  submitLabel = 'Sign in',
}: {
  onSignedIn: (accessToken: string) => Promise<void> | void;
  email?: string;
  submitLabel?: string;
}) {
  const { form, problem, onSubmit } = useServerForm(schema, {
    mode: 'onTouched',
    defaultValues: { email: email ?? '', password: '' },
  });
  const { errors, isSubmitting } = form.formState;

  const submit = onSubmit(async (values) => {
    const { accessToken } = await unwrap(api.auth.login.$post({ json: values }));
    await onSignedIn(accessToken);
  });

  return (
    <form onSubmit={submit} className="space-y-5" noValidate>
      <Field label="Email" error={errors.email?.message}>
        <Input type="email" autoComplete="email" readOnly={email !== undefined} {...form.register('email')} />
      </Field>
      <Field label="Password" error={errors.password?.message}>
        <Input type="password" autoComplete="current-password" {...form.register('password')} />
      </Field>
      <FormError error={problem} />
      <Button type="submit" variant="primary" className="w-full" loading={isSubmitting}>
        {submitLabel}
      </Button>
    </form>
  );
}
