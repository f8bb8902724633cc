import { KeyRound } from 'lucide-react';
import { useState } from 'react';
import { Button } from '../../components/button';
import { Field } from '../../components/field';
import { Input } from '../../components/input';
import { AI_PROVIDERS } from '../../lib/ai-providers';
import { shownError } from '../../lib/server-form';
import { needsKey, type ProviderRowProps, savedKeyFor } from './ai-settings-form';

/**
 * A provider's key, write-only: a saved key shows only as "ending …1234", with Replace and
 * Remove; a new key goes in a password field and is never shown back.
 */
export function ApiKeyField({ index, form, saved }: ProviderRowProps) {
  const [replacing, setReplacing] = useState(false);
  const row = form.watch(`providers.${index}`);
  const error = shownError(form, `providers.${index}.apiKey`);
  const kept = savedKeyFor(saved, row);
  const info = AI_PROVIDERS[row.kind];
  const setKeyState = (apiKey: string, removeKey: boolean) => {
    form.setValue(`providers.${index}.apiKey`, apiKey, { shouldDirty: true });
    form.setValue(`providers.${index}.removeKey`, removeKey, { shouldDirty: true, shouldValidate: true });
  };

  if (!info.key) return <p className="text-xs text-zinc-500 sm:col-span-2">{info.hint}</p>;

  if (kept && !replacing && row.apiKey === '') {
    return (
      <fieldset className="space-y-1.5 sm:col-span-2">
        <legend className="text-sm font-medium text-zinc-800">API key</legend>
        <div className="flex flex-wrap items-center justify-between gap-2 rounded-md bg-zinc-50 px-3 py-1.5 ring-1 ring-zinc-200 ring-inset">
          {row.removeKey ? (
            <span className="text-sm text-red-700">The key ending …{kept.keyHint} will be removed when you save.</span>
          ) : (
            <span className="inline-flex items-center gap-2 text-sm text-zinc-700">
              <KeyRound className="size-4 text-zinc-400" aria-hidden />
              Saved key ending …{kept.keyHint}
            </span>
          )}
          <div className="flex gap-1">
            {row.removeKey ? (
              <Button size="sm" variant="ghost" onClick={() => setKeyState('', false)}>
                Keep key
              </Button>
            ) : (
              <>
                <Button size="sm" variant="ghost" onClick={() => setReplacing(true)}>
                  Replace key
                </Button>
                <Button
                  size="sm"
                  variant="ghost"
                  className="text-red-600 hover:bg-red-50"
                  onClick={() => setKeyState('', true)}
                >
                  Remove key
                </Button>
              </>
            )}
          </div>
        </div>
        {error && (
          <p className="text-xs font-medium text-red-600" role="alert">
            {error}
          </p>
        )}
      </fieldset>
    );
  }

  return (
    <div className="sm:col-span-2">
      <Field
        label="API key"
        error={error}
        optional={!needsKey(row)}
        hint={kept ? `Replaces the saved key ending …${kept.keyHint} when you save.` : info.hint}
      >
        <div className="flex gap-2">
          <Input
            type="password"
            autoComplete="off"
            spellCheck={false}
            // The field appears because "Replace key" was just pressed: take the focus there.
            autoFocus={replacing}
            placeholder={kept ? 'New key' : 'Paste the key'}
            {...form.register(`providers.${index}.apiKey`)}
          />
          {kept && (
            <Button
              onClick={() => {
                setKeyState('', false);
                setReplacing(false);
              }}
            >
              Keep saved key
            </Button>
          )}
        </div>
      </Field>
    </div>
  );
}
