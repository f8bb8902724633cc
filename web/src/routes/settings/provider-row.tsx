import { ArrowDown, ArrowUp, Trash2 } from 'lucide-react';
import { useId } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { AiSettings } from '../../api/types';
import { Badge } from '../../components/badge';
import { Field } from '../../components/field';
import { IconButton } from '../../components/icon-button';
import { Input } from '../../components/input';
import { Select } from '../../components/select';
import { AI_PROVIDER_KINDS, AI_PROVIDERS } from '../../lib/ai-providers';
import { shownError } from '../../lib/server-form';
import type { AiSettingsValues } from './ai-settings-form';
import { ApiKeyField } from './api-key-field';
import { ProviderTest } from './provider-test';

/** One provider of the fallback list: its place, kind, model, base URL, key and a connection test. */
export function ProviderRow({
  rowId,
  index,
  count,
  form,
  settings,
  onMove,
  onRemove,
}: {
  /** Stable across moves: focus follows the row by it. */
  rowId: string;
  index: number;
  count: number;
  form: UseFormReturn<AiSettingsValues>;
  settings: AiSettings;
  onMove: (index: number, step: -1 | 1) => void;
  onRemove: (index: number) => void;
}) {
  const headingId = useId();
  const kind = form.watch(`providers.${index}.kind`);
  const info = AI_PROVIDERS[kind];
  const error = (field: 'kind' | 'model' | 'baseUrl') => shownError(form, `providers.${index}.${field}`);
  // The server's complaints about the whole row ("Workers AI takes neither a key nor a base URL").
  const rowError = form.formState.errors.providers?.[index]?.message;
  const kinds = AI_PROVIDER_KINDS.map((value) => ({
    value,
    label:
      value === 'workers-ai' && !settings.workersAiAvailable
        ? `${AI_PROVIDERS[value].label} (not on this deployment)`
        : AI_PROVIDERS[value].label,
    disabled: value === 'workers-ai' && !settings.workersAiAvailable && kind !== value,
  }));

  return (
    <li className="rounded-lg bg-white p-4 ring-1 ring-zinc-200" aria-labelledby={headingId} data-provider-row={rowId}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={headingId} className="flex min-w-0 items-center gap-2 text-sm font-semibold text-zinc-900">
          <span
            className="flex size-6 shrink-0 items-center justify-center rounded-full bg-zinc-100 text-xs text-zinc-600 tabular-nums"
            aria-hidden
          >
            {index + 1}
          </span>
          <span className="sr-only">Provider {index + 1}:</span>
          <span className="truncate">{info.label}</span>
          {index === 0 ? <Badge tone="accent">First choice</Badge> : <Badge>Fallback</Badge>}
        </h3>
        <div className="flex items-center gap-1">
          {(['up', 'down'] as const).map((direction) => (
            <IconButton
              key={direction}
              data-move={direction}
              label={`Move ${info.label} ${direction}`}
              disabled={direction === 'up' ? index === 0 : index === count - 1}
              onClick={() => onMove(index, direction === 'up' ? -1 : 1)}
              icon={direction === 'up' ? <ArrowUp /> : <ArrowDown />}
            />
          ))}
          <IconButton tone="danger" label={`Remove ${info.label}`} onClick={() => onRemove(index)} icon={<Trash2 />} />
        </div>
      </div>
      <div className="mt-4 grid gap-4 sm:grid-cols-2">
        <Field label="Provider" error={error('kind')}>
          <Select
            options={kinds}
            {...form.register(`providers.${index}.kind`, {
              // A base URL or a key means nothing to another kind.
              onChange: () => {
                form.setValue(`providers.${index}.baseUrl`, '');
                form.setValue(`providers.${index}.apiKey`, '');
                form.setValue(`providers.${index}.removeKey`, false);
                form.clearErrors(`providers.${index}`);
              },
            })}
          />
        </Field>
        <Field label="Model" optional error={error('model')} hint={`Empty uses ${info.defaultModel}.`}>
          <Input
            autoComplete="off"
            spellCheck={false}
            placeholder={info.defaultModel}
            {...form.register(`providers.${index}.model`)}
          />
        </Field>
        {info.baseUrl && (
          <div className="sm:col-span-2">
            <Field
              label="Base URL"
              optional
              error={error('baseUrl')}
              hint="An OpenAI-compatible server (OpenRouter, Ollama, vLLM) or a proxy. Empty uses api.openai.com."
            >
              <Input
                type="url"
                inputMode="url"
                autoComplete="off"
                spellCheck={false}
                placeholder="https://openrouter.ai/api/v1"
                {...form.register(`providers.${index}.baseUrl`)}
              />
            </Field>
          </div>
        )}
        <ApiKeyField index={index} form={form} saved={settings.providers} />
      </div>
      {rowError && (
        <p className="mt-3 text-xs font-medium text-red-600" role="alert">
          {rowError}
        </p>
      )}
      <ProviderTest index={index} form={form} saved={settings.providers} />
    </li>
  );
}
