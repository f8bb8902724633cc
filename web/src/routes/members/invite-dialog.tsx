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
import { dateTime } from '../../lib/format';
import { emailField, roleField } from '../../lib/schemas';
import { useServerForm } from '../../lib/server-form';
import { useWorkspace } from '../../shell/workspace-context';
import { useAddMember } from './use-members';

const schema = z.object({ email: emailField, role: roleField });

interface Invited {
  email: string;
  acceptUrl: string;
  expiresAt: string;
}

/**
 * Invites a member by email: a link shown here once, for the inviter to send. Whether or not
 * the address has an account, the invitee joins by opening it and accepting (signing in or
 * signing up), so the server's answer says nothing about who has an account.
 */
export function InviteDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const workspace = useWorkspace();
  const addMember = useAddMember(workspace.id);
  const [invited, setInvited] = useState<Invited | null>(null);
  const { form, problem, clear, onSubmit } = useServerForm(schema, {
    mode: 'onTouched',
    defaultValues: { email: '', role: 'editor' },
  });

  const close = () => {
    form.reset();
    clear();
    setInvited(null);
    onClose();
  };

  const submit = onSubmit(async (values) => {
    const { invitation } = await addMember.mutateAsync(values);
    setInvited(invitation);
  });

  if (invited) {
    return (
      <Dialog
        open={open}
        onClose={close}
        title="Invitation created"
        description={`Send ${invited.email} this link. They join ${workspace.name} when they open it and accept, signing in or creating an account.`}
        footer={
          <Button variant="primary" onClick={close}>
            Done
          </Button>
        }
      >
        <div className="space-y-4">
          <CopyField value={invited.acceptUrl} label="Invitation link" />
          <Alert tone="warning">
            This link is shown only once. Copy it now; if it gets lost, invite {invited.email} again for a new one. It
            works until {dateTime(invited.expiresAt)}.
          </Alert>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog
      open={open}
      onClose={close}
      title="Invite a member"
      description="You get a link to send them; they join when they accept it."
    >
      <form onSubmit={submit} className="space-y-5" noValidate>
        <Field label="Email address" error={form.formState.errors.email?.message}>
          <Input
            type="email"
            autoFocus
            autoComplete="off"
            placeholder="teammate@company.com"
            {...form.register('email')}
          />
        </Field>
        <RoleField
          granter={workspace.role}
          chosen={form.watch('role')}
          error={form.formState.errors.role?.message}
          {...form.register('role')}
        />
        <FormActions problem={problem} onCancel={close} submitLabel="Invite" submitting={form.formState.isSubmitting} />
      </form>
    </Dialog>
  );
}
