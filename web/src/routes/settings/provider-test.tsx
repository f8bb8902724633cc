import { CircleAlert, CircleCheck, Info, PlugZap } from 'lucide-react';
import { useState } from 'react';
import { ApiError, errorMessage } from '../../api/problem';
import type { AiTestResult } from '../../api/types';
import { Button } from '../../components/button';
import { providerLabel } from '../../lib/ai-providers';
import { wholeNumber } from '../../lib/format';
import { useWorkspace } from '../../shell/workspace-context';
import { type ProviderRowProps, testPlan, toProviderInput } from './ai-settings-form';
import { useTestProviders } from './use-ai-settings';

type Outcome = { result: AiTestResult } | { note: string } | { error: unknown };

function OutcomeLine({ outcome }: { outcome: Outcome }) {
  if ('note' in outcome) {
    return (
      <p className="flex items-start gap-1.5 text-sm text-zinc-600" role="status">
        <Info className="mt-0.5 size-4 shrink-0 text-zinc-400" aria-hidden />
        {outcome.note}
      </p>
    );
  }
  if ('error' in outcome) {
    return (
      <p className="flex items-start gap-1.5 text-sm text-red-700" role="alert">
        <CircleAlert className="mt-0.5 size-4 shrink-0" aria-hidden />
        {/* A refused row (no key, an unbound Workers AI, a private base URL) says why on its fields. */}
        {outcome.error instanceof ApiError && outcome.error.fieldErrors.length > 0
          ? outcome.error.fieldErrors.map((field) => field.message).join(' ')
          : errorMessage(outcome.error)}
      </p>
    );
  }
  const { result } = outcome;
  const who = `${providerLabel(result.kind)} (${result.model})`;
  const time = `${wholeNumber(result.latencyMs)} ms`;
  return result.ok ? (
    <p className="flex min-w-0 items-start gap-1.5 text-sm text-emerald-700" role="status">
      <CircleCheck className="mt-0.5 size-4 shrink-0" aria-hidden />
      <span className="min-w-0 break-words">
        Connected: {who} answered “{result.reply ?? ''}” in {time}.
      </span>
    </p>
  ) : (
    <p className="flex min-w-0 items-start gap-1.5 text-sm text-red-700" role="alert">
      <CircleAlert className="mt-0.5 size-4 shrink-0" aria-hidden />
      <span className="min-w-0 break-words">
        {who} failed after {time}: {result.error ?? 'no answer'}
      </span>
    </p>
  );
}

/** "Test connection" for one provider row, with the provider's reply and latency, or its error. */
export function ProviderTest({ index, form, saved }: ProviderRowProps) {
  const workspace = useWorkspace();
  const test = useTestProviders(workspace.id);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const run = async () => {
    setOutcome(null);
    if (!(await form.trigger(`providers.${index}`))) {
      // Show what is wrong: errors appear on fields once touched.
      for (const field of ['kind', 'model', 'baseUrl', 'apiKey'] as const) {
        const name = `providers.${index}.${field}` as const;
        form.setValue(name, form.getValues(name), { shouldTouch: true });
      }
      return;
    }
    const row = form.getValues(`providers.${index}`);
    const plan = testPlan(saved, row);
    if (plan.mode === 'blocked') {
      setOutcome({ note: plan.reason });
      return;
    }
    test.mutate(plan.mode === 'unsaved' ? [toProviderInput(row)] : null, {
      onSuccess: ({ results }) => {
        const result = results[plan.mode === 'unsaved' ? 0 : plan.index];
        setOutcome(result ? { result } : { note: 'The server tested nothing for this provider.' });
      },
      onError: (error) => setOutcome({ error }),
    });
  };

  return (
    <div className="mt-4 flex flex-wrap items-center gap-3 border-t border-zinc-100 pt-3">
      <Button size="sm" icon={<PlugZap className="size-3.5" />} loading={test.isPending} onClick={run}>
        {test.isPending ? 'Testing…' : 'Test connection'}
      </Button>
      <div className="min-w-0 flex-1">{outcome && <OutcomeLine outcome={outcome} />}</div>
    </div>
  );
}
