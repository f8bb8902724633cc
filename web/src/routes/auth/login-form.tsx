import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { Button } from '../../components/button';
import { Field } from '../../components/field';
import { FormError } from '../../components/form-error';
import { Input } from '../../components/input';
import { useFormProblem } from '../../lib/form-problem';
import { emailField } from '../../lib/schemas';

const schema = z.object({ email: emailField, password: z.string().min(1, 'Enter your password.') });
type Values = z.infer<typeof schema>;
const FIELDS = ['email', 'password'] as const;

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
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    mode: 'onTouched',
    defaultValues: { email: email ?? '', password: '' },
  });
  const { problem, handle, clear } = useFormProblem(form.setError, FIELDS);
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    clear();
    try {
      const { accessToken } = await unwrap(api.auth.login.$post({ json: values }));
      await onSignedIn(accessToken);
    } catch (error) {
      handle(error);
    }
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
