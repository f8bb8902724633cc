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
import { useToast } from '../../components/toast';
import { dateTime } from '../../lib/format';
import { ROLE_LABELS } from '../../lib/roles';
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
 * Adds a member by email. An existing account joins at once; anyone else gets a link that
 * is shown here once, to be sent by the inviter.
 */
export function InviteDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const workspace = useWorkspace();
  const addMember = useAddMember(workspace.id);
  const toast = useToast();
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
    const result = await addMember.mutateAsync(values);
    if (result.status === 'added') {
      toast({ title: `${result.member.name} joined`, description: `Added as ${ROLE_LABELS[result.member.role]}.` });
      close();
    } else {
      setInvited(result.invitation);
    }
  });

  if (invited) {
    return (
      <Dialog
        open={open}
        onClose={close}
        title="Invitation created"
        description={`${invited.email} has no Crowsnest account yet. Send them this link to join ${workspace.name}.`}
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
      description="People who already have an account join right away; anyone else gets an invitation link."
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
