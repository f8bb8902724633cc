import { Field } from '../../components/field';
import { Input } from '../../components/input';
import { fromLocalInput, localTimeZone } from '../../lib/calendar';

const offsetName = (at: Date) =>
  new Intl.DateTimeFormat(undefined, { timeZoneName: 'shortOffset' })
    .formatToParts(at)
    .find((part) => part.type === 'timeZoneName')?.value ?? '';

/** When to publish, in the browser's time zone, which it names. */
export function ScheduleField({
  value,
  error,
  onChange,
}: {
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  const at = fromLocalInput(value) ?? new Date();
  return (
    <Field
      label="Publish at"
      optional
      error={error}
      hint={`In your time zone, ${localTimeZone()} (${offsetName(at)}). Leave it empty to publish now or keep a draft.`}
    >
      <Input type="datetime-local" value={value} onChange={(event) => onChange(event.target.value)} />
    </Field>
  );
}
