import { Cpu, Plus } from 'lucide-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useFieldArray } from 'react-hook-form';
import type { AiSettings } from '../../api/types';
import { Button } from '../../components/button';
import { Card } from '../../components/card';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { Field } from '../../components/field';
import { FormError } from '../../components/form-error';
import { Input } from '../../components/input';
import { SkeletonRows } from '../../components/skeleton';
import { useToast } from '../../components/toast';
import { AI_PROVIDER_KINDS, AI_PROVIDERS, providerLabel } from '../../lib/ai-providers';
import { dateTime, timeAgo } from '../../lib/format';
import { useServerForm } from '../../lib/server-form';
import { useWorkspace } from '../../shell/workspace-context';
import { aiSettingsSchema, MAX_PROVIDERS, newProviderRow, toFormValues, toSettingsInput } from './ai-settings-form';
import { ProviderRow } from './provider-row';
import { useAiSettings, useSaveAiSettings } from './use-ai-settings';

const TITLE = 'Providers';
const DESCRIPTION =
  'Tried in this order: when one fails or runs out of quota, the next one answers. Keys are encrypted and never shown again.';

/** What answers while the workspace has no provider of its own. */
function NoProviders({ defaults }: { defaults: AiSettings['defaults'] }) {
  return (
    <EmptyState
      icon={<Cpu />}
      title="No provider configured"
      description={
        <>
          The local engine is analysing your content; add a provider to enable generation.
          {defaults.length > 0 && (
            <span className="mt-2 block">
              Until you do, this deployment’s default{defaults.length > 1 ? 's answer' : ' answers'}:{' '}
              {defaults.map((d) => `${providerLabel(d.kind)} (${d.model})`).join(', ')}.
            </span>
          )}
        </>
      }
    />
  );
}

/** Settings → AI for admins: the providers in fallback order and the monthly token budget. */
export function AiProvidersCard() {
  const workspace = useWorkspace();
  const settings = useAiSettings(workspace.id);
  if (settings.isPending) {
    return (
      <Card title={TITLE} description={DESCRIPTION}>
        <SkeletonRows rows={2} />
      </Card>
    );
  }
  if (settings.isError) {
    return (
      <Card title={TITLE} description={DESCRIPTION}>
        <ErrorState error={settings.error} onRetry={() => settings.refetch()} />
      </Card>
    );
  }
  // A save answers the new settings: start the form afresh from them.
  return <AiProvidersForm key={settings.data.updatedAt ?? 'unsaved'} settings={settings.data} />;
}

function AiProvidersForm({ settings }: { settings: AiSettings }) {
  const workspace = useWorkspace();
  const save = useSaveAiSettings(workspace.id);
  const toast = useToast();
  const schema = useMemo(
    () => aiSettingsSchema(settings.providers, settings.workersAiAvailable),
    [settings.providers, settings.workersAiAvailable],
  );
  const { form, problem, clear, onSubmit } = useServerForm(schema, {
    mode: 'onTouched',
    defaultValues: toFormValues(settings),
  });
  const { fields, append, remove, move } = useFieldArray({ control: form.control, name: 'providers' });
  const [announcement, setAnnouncement] = useState('');
  const addButton = useRef<HTMLButtonElement>(null);
  const focusAfterMove = useRef<{ rowId: string; direction: 'up' | 'down' } | null>(null);

  // A moved row keeps the focus on its arrow (or the other one, at either end of the list).
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs after each change of the rows, when the moved one is in place
  useEffect(() => {
    const pending = focusAfterMove.current;
    if (!pending) return;
    focusAfterMove.current = null;
    const row = document.querySelector(`[data-provider-row="${pending.rowId}"]`);
    const wanted = row?.querySelector<HTMLButtonElement>(`[data-move="${pending.direction}"]:not(:disabled)`);
    (wanted ?? row?.querySelector<HTMLButtonElement>('[data-move]:not(:disabled)'))?.focus();
  }, [fields]);

  const label = (index: number) => AI_PROVIDERS[form.getValues(`providers.${index}.kind`)].label;

  const onMove = (index: number, step: -1 | 1) => {
    const rowId = fields[index]?.id;
    if (!rowId) return;
    focusAfterMove.current = { rowId, direction: step < 0 ? 'up' : 'down' };
    setAnnouncement(`${label(index)} moved to position ${index + step + 1} of ${fields.length}.`);
    move(index, index + step);
  };

  const onRemove = (index: number) => {
    setAnnouncement(`${label(index)} removed. Save to apply.`);
    remove(index);
    addButton.current?.focus();
  };

  const onAdd = () => {
    const used = new Set(form.getValues('providers').map((p) => p.kind));
    const available = AI_PROVIDER_KINDS.filter((kind) => kind !== 'workers-ai' || settings.workersAiAvailable);
    append(newProviderRow(available.find((kind) => !used.has(kind)) ?? 'openai'));
  };

  const submit = onSubmit(async (values) => {
    await save.mutateAsync(toSettingsInput(values));
    toast({ title: 'AI settings saved', description: 'New calls use the providers in this order.' });
  });

  const dirty = form.formState.isDirty;
  return (
    <form onSubmit={submit} noValidate>
      <Card
        title={TITLE}
        description={DESCRIPTION}
        footer={
          <>
            <span className="mr-auto text-xs text-zinc-500">
              {dirty ? (
                'Unsaved changes'
              ) : settings.updatedAt ? (
                <span title={dateTime(settings.updatedAt)}>Saved {timeAgo(settings.updatedAt)}</span>
              ) : null}
            </span>
            <Button
              disabled={!dirty || form.formState.isSubmitting}
              onClick={() => {
                form.reset();
                clear();
              }}
            >
              Discard
            </Button>
            <Button type="submit" variant="primary" loading={form.formState.isSubmitting} disabled={!dirty}>
              Save
            </Button>
          </>
        }
      >
        <div className="space-y-6">
          {fields.length === 0 ? (
            <NoProviders defaults={settings.defaults} />
          ) : (
            <ol className="space-y-4" aria-label="Providers in fallback order">
              {fields.map((field, index) => (
                <ProviderRow
                  key={field.id}
                  rowId={field.id}
                  index={index}
                  count={fields.length}
                  form={form}
                  settings={settings}
                  onMove={onMove}
                  onRemove={onRemove}
                />
              ))}
            </ol>
          )}
          <p className="sr-only" aria-live="polite">
            {announcement}
          </p>
          <div className="flex flex-wrap items-center gap-3">
            <Button
              ref={addButton}
              icon={<Plus className="size-4" />}
              onClick={onAdd}
              disabled={fields.length >= MAX_PROVIDERS}
            >
              Add provider
            </Button>
            {fields.length >= MAX_PROVIDERS && (
              <span className="text-xs text-zinc-500">At most {MAX_PROVIDERS} providers.</span>
            )}
          </div>
          <div className="border-t border-zinc-100 pt-5 sm:max-w-sm">
            <Field
              label="Monthly token budget"
              optional
              error={form.formState.errors.monthlyTokenBudget?.message}
              hint="Tokens in and out across all providers per calendar month (UTC). Calls stop when it is spent; empty for no limit."
            >
              <Input
                inputMode="numeric"
                autoComplete="off"
                placeholder="No limit"
                {...form.register('monthlyTokenBudget')}
              />
            </Field>
          </div>
          <FormError error={problem} />
        </div>
      </Card>
    </form>
  );
}
