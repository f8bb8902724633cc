import { Plus, X } from 'lucide-react';
import { useId } from 'react';
import { type UseFormReturn, useFieldArray } from 'react-hook-form';
import { Button } from '../../components/button';
import { IconButton } from '../../components/icon-button';
import { Input } from '../../components/input';
import { Textarea } from '../../components/textarea';
import { cn } from '../../lib/cn';
import { shownError } from '../../lib/server-form';
import type { VoiceListName, VoiceValues } from './voice-form';

/**
 * An editable list (do rules, don't rules, example posts): one input each, a remove button
 * each, and an add button until the API's limit.
 */
export function RuleListField({
  form,
  name,
  label,
  itemLabel,
  hint,
  placeholder,
  max,
  multiline = false,
}: {
  form: UseFormReturn<VoiceValues>;
  name: VoiceListName;
  label: string;
  /** What one entry is called: "Do rule", "Example". */
  itemLabel: string;
  hint: string;
  placeholder: string;
  max: number;
  multiline?: boolean;
}) {
  const { fields, append, remove } = useFieldArray({ control: form.control, name });
  const idBase = useId();
  const errors = form.formState.errors[name];

  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-zinc-800">{label}</legend>
      <p className="-mt-1 text-xs text-zinc-500">{hint}</p>
      {fields.length > 0 && (
        <ol className="space-y-2">
          {fields.map((field, index) => {
            const error = shownError(form, `${name}.${index}.value`) ?? errors?.[index]?.message;
            const errorId = `${idBase}-${index}-error`;
            const control = {
              'aria-label': `${itemLabel} ${index + 1}`,
              'aria-invalid': error ? true : undefined,
              'aria-describedby': error ? errorId : undefined,
              placeholder,
              ...form.register(`${name}.${index}.value`),
            };
            return (
              <li key={field.id}>
                <div className={cn('flex gap-2', multiline ? 'items-start' : 'items-center')}>
                  {multiline ? <Textarea rows={3} {...control} /> : <Input {...control} />}
                  <IconButton
                    tone="danger"
                    label={`Remove ${itemLabel.toLowerCase()} ${index + 1}`}
                    icon={<X />}
                    onClick={() => remove(index)}
                  />
                </div>
                {error && (
                  <p id={errorId} className="mt-1 text-xs font-medium text-red-600" role="alert">
                    {error}
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      )}
      <Button
        size="sm"
        variant="ghost"
        icon={<Plus className="size-3.5" />}
        disabled={fields.length >= max}
        onClick={() => append({ value: '' })}
      >
        Add {itemLabel.toLowerCase()}
      </Button>
    </fieldset>
  );
}
