import { useEffect, useState } from 'react';
import type { Account } from '../../api/types';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { CopyField } from '../../components/copy-field';
import { Dialog } from '../../components/dialog';
import { FormActions } from '../../components/form-actions';
import { useToast } from '../../components/toast';
import { CONNECT_PLATFORMS } from '../../lib/publish-platforms';
import { useServerForm } from '../../lib/server-form';
import { useWorkspace } from '../../shell/workspace-context';
import { ConnectFields } from './connect-fields';
import { connectDefaults, connectFormSchema, toConnectBody } from './connect-form';
import { PlatformPicker } from './platform-picker';
import { useConnectAccount } from './use-accounts';

/** What opens the dialog: a new account, or an existing one to reconnect (same platform, fresh credentials). */
export type ConnectIntent = { reconnect?: Account } | null;

/**
 * Connects an account (checked against the platform by the server). A webhook target's signing
 * secret is answered once: it is shown here with a copy button, and never again.
 */
export function ConnectAccountDialog({ intent, onClose }: { intent: ConnectIntent; onClose: () => void }) {
  const workspace = useWorkspace();
  const connect = useConnectAccount(workspace.id);
  const toast = useToast();
  const [secret, setSecret] = useState<{ name: string; secret: string } | null>(null);
  const reconnect = intent?.reconnect;
  const { form, problem, clear, onSubmit } = useServerForm(connectFormSchema, {
    mode: 'onTouched',
    defaultValues: connectDefaults(),
  });

  useEffect(() => {
    if (intent)
      form.reset(
        connectDefaults(
          CONNECT_PLATFORMS.find((p) => p === reconnect?.platform),
          reconnect,
        ),
      );
  }, [intent, reconnect, form]);

  const close = () => {
    form.reset(connectDefaults());
    clear();
    setSecret(null);
    onClose();
  };

  const submit = onSubmit(async (values) => {
    const account = await connect.mutateAsync(toConnectBody(values));
    if (account.secret) {
      setSecret({ name: account.name, secret: account.secret });
      return;
    }
    toast({ title: reconnect ? `Reconnected ${account.name}` : `Connected ${account.name}` });
    close();
  });

  const platformField = form.register('platform', {
    onChange: () => {
      form.clearErrors();
      clear();
    },
  });

  if (secret) {
    return (
      <Dialog
        open={intent !== null}
        onClose={close}
        title={`Webhook “${secret.name}” connected`}
        description="Its receiver checks each delivery’s Crowsnest-Signature header with this secret."
        footer={
          <Button variant="primary" onClick={close}>
            I have copied the secret
          </Button>
        }
      >
        <div className="space-y-4">
          <CopyField value={secret.secret} label="Signing secret" />
          <Alert tone="warning" title="Copy this secret now: you will not see it again">
            Crowsnest keeps it sealed and never shows it twice. If you lose it, disconnect the webhook and connect it
            again for a new one.
          </Alert>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog
      open={intent !== null}
      onClose={close}
      size="lg"
      title={reconnect ? `Reconnect ${reconnect.name}` : 'Connect an account'}
      description={
        reconnect
          ? 'Give fresh credentials for the same account: its held posts are scheduled again.'
          : 'Crowsnest checks the credentials with the platform before it keeps them (sealed, never shown again).'
      }
    >
      <form onSubmit={submit} className="space-y-5" noValidate>
        {!reconnect && <PlatformPicker chosen={form.watch('platform')} {...platformField} />}
        <ConnectFields form={form} />
        <FormActions
          problem={problem}
          onCancel={close}
          submitLabel={reconnect ? 'Reconnect' : 'Connect'}
          submitting={form.formState.isSubmitting}
        />
      </form>
    </Dialog>
  );
}
