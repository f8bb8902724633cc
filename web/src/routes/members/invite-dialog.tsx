import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { CopyField } from '../../components/copy-field';
import { Dialog } from '../../components/dialog';
import { Field } from '../../components/field';
import { FormError } from '../../components/form-error';
import { Input } from '../../components/input';
import { Select } from '../../components/select';
import { useToast } from '../../components/toast';
import { useFormProblem } from '../../lib/form-problem';
import { dateTime } from '../../lib/format';
import { grantableRoles, ROLE_HINTS, ROLE_LABELS, type Role } from '../../lib/roles';
import { emailField, roleField } from '../../lib/schemas';
import { useWorkspace } from '../../shell/workspace-context';
import { useAddMember } from './use-members';

const schema = z.object({ email: emailField, role: roleField });
type Values = z.infer<typeof schema>;
const FIELDS = ['email', 'role'] as const;

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
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    mode: 'onTouched',
    defaultValues: { email: '', role: 'editor' },
  });
  const { problem, handle, clear } = useFormProblem(form.setError, FIELDS);
  const role = form.watch('role') as Role;

  const close = () => {
    form.reset();
    clear();
    setInvited(null);
    onClose();
  };

  const submit = form.handleSubmit(async (values) => {
    clear();
    try {
      const result = await addMember.mutateAsync(values);
      if (result.status === 'added') {
        toast({ title: `${result.member.name} joined`, description: `Added as ${ROLE_LABELS[result.member.role]}.` });
        close();
      } else {
        setInvited(result.invitation);
      }
    } catch (error) {
      handle(error);
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
        <Field label="Role" error={form.formState.errors.role?.message} hint={ROLE_HINTS[role]}>
          <Select
            options={grantableRoles(workspace.role).map((value) => ({ value, label: ROLE_LABELS[value] }))}
            {...form.register('role')}
          />
        </Field>
        <FormError error={problem} />
        <div className="flex justify-end gap-2">
          <Button onClick={close}>Cancel</Button>
          <Button type="submit" variant="primary" loading={form.formState.isSubmitting}>
            Invite
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
