import { z } from 'zod';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import type { User, WorkspaceSummary } from '../../api/types';
import { Button } from '../../components/button';
import { Field } from '../../components/field';
import { FormError } from '../../components/form-error';
import { Input } from '../../components/input';
import { emailField, MIN_PASSWORD_LENGTH, nameField, passwordField } from '../../lib/schemas';
import { useServerForm } from '../../lib/server-form';

const schema = z.object({
  name: nameField,
  email: emailField,
  password: passwordField,
  workspaceName: nameField,
});
/** Joining by invitation needs no workspace of one's own. */
const invitedSchema = schema.omit({ workspaceName: true });
type Values = z.infer<typeof invitedSchema> & { workspaceName?: string };

export interface SignedUp {
  user: User;
  workspace: WorkspaceSummary;
  accessToken: string;
}

/** Creates an account and its first workspace; with an invitation, joins that workspace instead. */
export function SignupForm({
  onSignedUp,
  invitation,
}: {
  onSignedUp: (result: SignedUp) => Promise<void> | void;
  invitation?: { token: string; email: string };
}) {
  const { form, problem, onSubmit } = useServerForm<Values>(invitation ? invitedSchema : schema, {
    mode: 'onTouched',
    defaultValues: {
      name: '',
      email: invitation?.email ?? '',
      password: '',
      workspaceName: '',
    },
  });
  const { errors, isSubmitting } = form.formState;

  const submit = onSubmit(async (values) => {
    const json = invitation
      ? { name: values.name, password: values.password, email: invitation.email, inviteToken: invitation.token }
      : values;
    await onSignedUp(await unwrap(api.auth.signup.$post({ json })));
  });

  return (
    <form onSubmit={submit} className="space-y-5" noValidate>
      <Field label="Your name" error={errors.name?.message}>
        <Input autoComplete="name" {...form.register('name')} />
      </Field>
      <Field
        label="Work email"
        error={errors.email?.message}
        hint={invitation ? 'The invitation was sent to this address.' : undefined}
      >
        <Input type="email" autoComplete="email" readOnly={invitation !== undefined} {...form.register('email')} />
      </Field>
      <Field
        label="Password"
        error={errors.password?.message}
        hint={`At least ${MIN_PASSWORD_LENGTH} characters; not a common password, nor your email address.`}
      >
        <Input type="password" autoComplete="new-password" {...form.register('password')} />
      </Field>
      {invitation ? null : (
        <Field
          label="Workspace name"
          error={errors.workspaceName?.message}
          hint="Usually your company or team. You can rename it later."
        >
          <Input autoComplete="organization" {...form.register('workspaceName')} />
        </Field>
      )}
      <FormError error={problem} />
      <Button type="submit" variant="primary" className="w-full" loading={isSubmitting}>
        Create account
      </Button>
    </form>
  );
}
