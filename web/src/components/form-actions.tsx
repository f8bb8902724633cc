import { Button } from './button';
import { FormError } from './form-error';

/** The end of a dialog's form: the server's problem (if any), Cancel, and the submit button. */
export function FormActions({
  problem,
  onCancel,
  submitLabel,
  submitting,
  disabled,
}: {
  problem: unknown;
  onCancel: () => void;
  submitLabel: string;
  submitting: boolean;
  disabled?: boolean;
}) {
  return (
    <>
      <FormError error={problem} />
      <div className="flex justify-end gap-2">
        <Button onClick={onCancel}>Cancel</Button>
        <Button type="submit" variant="primary" loading={submitting} disabled={disabled}>
          {submitLabel}
        </Button>
      </div>
    </>
  );
}
