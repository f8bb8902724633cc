import { Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { Button } from '../../components/button';
import { Field } from '../../components/field';
import { FormError } from '../../components/form-error';
import { IconButton } from '../../components/icon-button';
import { Input } from '../../components/input';
import { Select } from '../../components/select';
import { useToast } from '../../components/toast';
import { browserTimeZone, normalizeSlots, type SlotRow, timeZones, WEEKDAYS } from './slot-rows';
import { type SlotSet, useSaveSlots } from './use-queue';

const WEEKDAY_OPTIONS = WEEKDAYS.map((label, value) => ({ value: String(value), label }));

/** The account's weekly posting times (weekday × time) and their zone, saved as one whole set. */
export function SlotsEditor({
  workspaceId,
  accountId,
  initial,
  canEdit,
}: {
  workspaceId: string;
  accountId: string;
  initial: SlotSet;
  canEdit: boolean;
}) {
  const [zone, setZone] = useState(initial.timeZone ?? browserTimeZone());
  const [rows, setRows] = useState<SlotRow[]>(initial.slots);
  const save = useSaveSlots(workspaceId, accountId);
  const toast = useToast();
  const change = (index: number, patch: Partial<SlotRow>) =>
    setRows((current) => current.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  return (
    <form
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        const slots = normalizeSlots(rows);
        save
          .mutateAsync({ timeZone: zone, slots })
          .then((saved) => {
            setRows(saved.slots);
            toast({ title: 'Posting times saved' });
          })
          // The error shows in the form (save.error).
          .catch(() => undefined);
      }}
    >
      <Field label="Time zone" hint="Each time stays at this wall-clock time across daylight saving changes.">
        <Select
          value={zone}
          disabled={!canEdit}
          onChange={(event) => setZone(event.target.value)}
          options={timeZones(zone).map((name) => ({ value: name, label: name.replaceAll('_', ' ') }))}
        />
      </Field>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-zinc-800">Posting times</legend>
        {rows.length === 0 && <p className="text-sm text-zinc-500">No posting times yet: add the first.</p>}
        {rows.map((row, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id of their own and are edited in place
          <div key={index} className="flex items-center gap-2">
            <Select
              className="min-w-0 flex-1 sm:w-40 sm:flex-none"
              aria-label={`Weekday of time ${index + 1}`}
              value={String(row.weekday)}
              disabled={!canEdit}
              onChange={(event) => change(index, { weekday: Number(event.target.value) })}
              options={WEEKDAY_OPTIONS}
            />
            <div className="w-32 shrink-0">
              <Input
                type="time"
                aria-label={`Time ${index + 1}`}
                required
                value={row.time}
                disabled={!canEdit}
                onChange={(event) => change(index, { time: event.target.value.slice(0, 5) })}
              />
            </div>
            {canEdit && (
              <IconButton
                label={`Remove time ${index + 1}`}
                icon={<Trash2 className="size-4" />}
                onClick={() => setRows((current) => current.filter((_, i) => i !== index))}
              />
            )}
          </div>
        ))}
        {canEdit && rows.length < 50 && (
          <Button
            type="button"
            size="sm"
            variant="ghost"
            icon={<Plus className="size-4" />}
            onClick={() => setRows((current) => [...current, { weekday: 1, time: '09:00' }])}
          >
            Add a time
          </Button>
        )}
      </fieldset>
      <FormError error={save.error} />
      {canEdit && (
        <Button type="submit" variant="primary" loading={save.isPending}>
          Save posting times
        </Button>
      )}
    </form>
  );
}
