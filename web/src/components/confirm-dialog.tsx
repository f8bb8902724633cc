import { type ReactNode, useState } from 'react';
import { Button } from './button';
import { Dialog } from './dialog';
import { Field } from './field';
import { FormError } from './form-error';
import { Input } from './input';

/**
 * Asks before doing something destructive. With `typeToConfirm`, the button stays disabled
 * until that exact text is typed. Errors from `onConfirm` show in the dialog.
 */
export function ConfirmDialog({
  open,
  onClose,
  title,
  children,
  confirmLabel,
  onConfirm,
  typeToConfirm,
  tone = 'danger',
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => Promise<unknown>;
  typeToConfirm?: string;
  tone?: 'danger' | 'primary';
}) {
  const [typed, setTyped] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const close = () => {
    if (pending) return;
    setTyped('');
    setError(null);
    onClose();
  };

  const confirm = async () => {
    setPending(true);
    setError(null);
    try {
      await onConfirm();
      setTyped('');
      onClose();
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
    }
  };

  const blocked = typeToConfirm !== undefined && typed !== typeToConfirm;
  return (
    <Dialog
      open={open}
      onClose={close}
      title={title}
      footer={
        <>
          <Button onClick={close} disabled={pending}>
            Cancel
          </Button>
          <Button variant={tone} onClick={confirm} loading={pending} disabled={blocked}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      <div className="space-y-4 text-sm text-zinc-600">
        <div>{children}</div>
        {typeToConfirm !== undefined && (
          <Field
            label={
              <span>
                Type <strong className="font-semibold text-zinc-900">{typeToConfirm}</strong> to confirm
              </span>
            }
          >
            <Input
              value={typed}
              onChange={(event) => setTyped(event.target.value)}
              autoComplete="off"
              spellCheck={false}
            />
          </Field>
        )}
        <FormError error={error} />
      </div>
    </Dialog>
  );
}
