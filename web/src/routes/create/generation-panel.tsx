import { useMutation, useQueryClient } from '@tanstack/react-query';
import { FileText, RefreshCw, Sparkles, X } from 'lucide-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { ws } from '../../api/client';
import { keys } from '../../api/keys';
import { unwrap } from '../../api/problem';
import type { GeneratedItem, GenerateRequest, GenerateResult } from '../../api/types';
import { Alert } from '../../components/alert';
import { Badge } from '../../components/badge';
import { Button } from '../../components/button';
import { EmptyState } from '../../components/empty-state';
import { EngineBadge } from '../../components/engine-badge';
import { Field } from '../../components/field';
import { Input } from '../../components/input';
import { Select } from '../../components/select';
import { Spinner } from '../../components/spinner';
import { Textarea } from '../../components/textarea';
import { cn } from '../../lib/cn';
import { useServerForm } from '../../lib/server-form';
import { useWorkspace } from '../../shell/workspace-context';
import { useAllBrandVoices } from '../brand-voices/use-brand-voices';
import { GenerateProblem } from './generate-problem';
import { GeneratedVariant } from './generated-variant';
import {
  GENERATION_DEFAULTS,
  type GenerationValues,
  generationSchema,
  KIND_KEYS,
  KINDS,
  PLATFORM_OPTIONS,
  toGenerateRequest,
  VARIANT_OPTIONS,
} from './generation-form';

/** Asks POST …/ai/generate; the usage numbers are refreshed after each call. */
export function useGenerate(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (json: GenerateRequest) => unwrap(ws.ai.generate.$post({ param: { workspaceId }, json })),
    // Tokens were (probably) spent: the usage numbers moved.
    onSettled: () => queryClient.invalidateQueries({ queryKey: [...keys.area(workspaceId, 'ai'), 'usage'] }),
  });
}

export interface GenerationPanelProps {
  /** What the form starts with: the composer and "Write something like this" prefill it. */
  defaults?: Partial<GenerationValues>;
  /** A content item to build on (repurpose, or write something like it). */
  source?: { id: string; title: string } | null;
  /** Offers "Use this" on each variant, for a host that takes the text (the post composer). */
  onUse?: (item: GeneratedItem, result: GenerateResult) => void;
}

/**
 * Writes posts, captions, threads, hashtags, articles, newsletters or ideas with the
 * workspace's AI providers, in a brand voice, for a platform: each variant with its length
 * against the platform's limit, what the platform would refuse, and who wrote it.
 */
export function GenerationPanel({ defaults, source: initialSource = null, onUse }: GenerationPanelProps) {
  const workspace = useWorkspace();
  const [source, setSource] = useState(initialSource);
  const [result, setResult] = useState<GenerateResult | null>(null);
  const generate = useGenerate(workspace.id);
  const voices = useAllBrandVoices(workspace.id);
  const schema = useMemo(() => generationSchema(source !== null), [source]);
  const { form, problem, onSubmit } = useServerForm(schema, {
    mode: 'onTouched',
    defaultValues: { ...GENERATION_DEFAULTS, ...defaults },
  });
  const kind = form.watch('kind');
  const errors = form.formState.errors;
  const formRef = useRef<HTMLFormElement>(null);
  const output = useRef<HTMLElement>(null);

  const run = (fresh: boolean) =>
    onSubmit(async (values) => {
      setResult(await generate.mutateAsync(toGenerateRequest(values, source?.id ?? null, fresh)));
    });

  // Beside the form the variants are in sight; stacked under it (phones, dialogs) they are not.
  useEffect(() => {
    const section = output.current;
    const formElement = formRef.current;
    if (result && section && formElement && section.offsetTop > formElement.offsetTop)
      section.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }, [result]);

  const voiceOptions = [
    { value: '', label: voices.isPending ? 'Loading voices…' : 'No brand voice' },
    ...(voices.data?.items.map((voice) => ({ value: voice.id, label: voice.name })) ?? []),
  ];
  const busy = form.formState.isSubmitting;

  return (
    <div className="@container">
      <div className="grid gap-6 @4xl:grid-cols-[20rem_minmax(0,1fr)]">
        <form ref={formRef} onSubmit={run(false)} className="space-y-4" noValidate aria-label="What to write">
          {source && (
            <div className="flex items-start gap-2 rounded-lg bg-zinc-50 p-3 text-sm ring-1 ring-zinc-200">
              <FileText className="mt-0.5 size-4 shrink-0 text-zinc-400" aria-hidden />
              <p className="min-w-0 flex-1">
                <span className="block text-xs font-medium text-zinc-500">Building on</span>
                <span className="line-clamp-2 font-medium text-zinc-900">{source.title}</span>
              </p>
              <button
                type="button"
                onClick={() => {
                  setSource(null);
                  if (form.getValues('kind') === 'repurpose') form.setValue('kind', 'post');
                }}
                className="rounded p-0.5 text-zinc-400 hover:text-zinc-600 focus-visible:outline-2 focus-visible:outline-accent-600"
                aria-label="Do not build on this post"
              >
                <X className="size-4" />
              </button>
            </div>
          )}
          <div className="grid grid-cols-2 gap-4">
            <Field label="Write" error={errors.kind?.message}>
              <Select
                options={KIND_KEYS.map((value) => ({
                  value,
                  label: KINDS[value].label,
                  disabled: value === 'repurpose' && !source,
                }))}
                {...form.register('kind')}
              />
            </Field>
            <Field label={kind === 'ideas' ? 'How many' : 'Variants'} error={errors.variants?.message}>
              <Select options={VARIANT_OPTIONS} {...form.register('variants')} />
            </Field>
          </div>
          <p className="-mt-2 text-xs text-zinc-500">{KINDS[kind].hint}</p>
          <Field label="Platform" error={errors.platform?.message}>
            <Select options={PLATFORM_OPTIONS} {...form.register('platform')} />
          </Field>
          <Field
            label="Topic"
            optional={source !== null}
            error={errors.topic?.message}
            hint={source ? 'Optional: an angle on the post you build on.' : undefined}
          >
            <Textarea
              rows={3}
              placeholder={kind === 'ideas' ? 'Sourdough for beginners' : 'Our new rye loaf is back for the winter'}
              {...form.register('topic')}
            />
          </Field>
          <Field
            label="Brand voice"
            optional
            error={errors.brandVoiceId?.message}
            hint={
              <Link
                to={`/w/${workspace.id}/brand-voices`}
                className="font-medium text-accent-600 hover:text-accent-700"
              >
                Manage brand voices
              </Link>
            }
          >
            <Select options={voiceOptions} {...form.register('brandVoiceId')} />
          </Field>
          <Field
            label="Notes"
            optional
            error={errors.notes?.message}
            hint="Anything else: a link to mention, an offer, a date."
          >
            <Input autoComplete="off" {...form.register('notes')} />
          </Field>
          <Button
            type="submit"
            variant="primary"
            className="w-full"
            icon={<Sparkles className="size-4" />}
            loading={busy}
          >
            Generate
          </Button>
        </form>
        <section ref={output} aria-label="Generated" aria-busy={busy} className="min-w-0 scroll-mt-4 space-y-4">
          {problem !== null && <GenerateProblem error={problem} />}
          {result ? (
            <Results result={result} busy={busy} onAgain={run(true)} onUse={onUse} />
          ) : busy ? (
            <div className="flex min-h-40 items-center justify-center gap-2 text-sm text-zinc-500" role="status">
              <Spinner className="size-4" /> Writing…
            </div>
          ) : (
            problem === null && (
              <div className="rounded-lg ring-1 ring-zinc-200 ring-inset">
                <EmptyState
                  icon={<Sparkles />}
                  title="Nothing written yet"
                  description="Say what to write and press Generate. Hashtags and ideas work even without an AI provider."
                />
              </div>
            )
          )}
        </section>
      </div>
    </div>
  );
}

function Results({
  result,
  busy,
  onAgain,
  onUse,
}: {
  result: GenerateResult;
  busy: boolean;
  onAgain: () => void;
  onUse: GenerationPanelProps['onUse'];
}) {
  return (
    <div className={cn('space-y-4 transition-opacity', busy && 'opacity-60')}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="flex min-w-0 flex-wrap items-center gap-2 text-sm text-zinc-600">
          <span>Written by</span>
          <EngineBadge provider={result.provider} model={result.model} />
          {result.cached && (
            <span title="The same request was answered before. Generate again asks afresh.">
              <Badge>From cache</Badge>
            </span>
          )}
        </div>
        <Button size="sm" icon={<RefreshCw className="size-3.5" />} loading={busy} onClick={onAgain}>
          Generate again
        </Button>
      </div>
      {result.note && <Alert tone="info">{result.note}</Alert>}
      <ol className="space-y-4" aria-label="Variants">
        {result.items.map((item, index) => (
          <GeneratedVariant
            // biome-ignore lint/suspicious/noArrayIndexKey: variants are in the order they were written
            key={index}
            item={item}
            index={index}
            kind={result.kind}
            platform={result.platform}
            onUse={onUse && ((chosen) => onUse(chosen, result))}
          />
        ))}
      </ol>
    </div>
  );
}
