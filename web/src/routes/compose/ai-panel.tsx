import { ChevronDown, Sparkles, Undo2 } from 'lucide-react';
import { useId, useState } from 'react';
import type { Account, GenerateResult } from '../../api/types';
import { Button } from '../../components/button';
import { Field } from '../../components/field';
import { Select } from '../../components/select';
import { Spinner } from '../../components/spinner';
import { cn } from '../../lib/cn';
import { useWorkspace } from '../../shell/workspace-context';
import { useAllBrandVoices } from '../brand-voices/use-brand-voices';
import { GenerateProblem } from '../create/generate-problem';
import { useGenerate } from '../create/generation-panel';
import { AiPanelResults } from './ai-panel-results';
import { AiPanelSource, type WriteSource } from './ai-panel-source';
import {
  AI_ACTIONS,
  type AiAction,
  type Applied,
  appendHashtags,
  applyText,
  blockedReason,
  parseSlot,
  slotOptions,
  slotText,
  tightestAccount,
  toGenerateRequest,
  undoApplied,
} from './ai-panel-state';
import type { Draft } from './compose-state';

const COUNT_OPTIONS = ['2', '3', '4', '5'].map((value) => ({ value, label: value }));

/**
 * The composer's AI panel: write a post, rewrite or shorten the one written (or a thread part)
 * for a chosen account's limit, add hashtags, or pick among variants. "Use this" replaces the
 * text, and Undo puts the previous one back. Collapsed until opened, so phones keep the form.
 */
export function AiPanel({
  draft,
  accounts,
  onDraft,
}: {
  draft: Draft;
  /** The accounts chosen as targets. */
  accounts: Account[];
  onDraft: (draft: Draft) => void;
}) {
  const workspace = useWorkspace();
  const generate = useGenerate(workspace.id);
  const voices = useAllBrandVoices(workspace.id);
  const bodyId = useId();
  const [open, setOpen] = useState(false);
  const [action, setAction] = useState<AiAction>('write');
  const [accountId, setAccountId] = useState('');
  const [slotKey, setSlotKey] = useState('body');
  const [source, setSource] = useState<WriteSource>({ topic: '', item: null });
  const [brandVoiceId, setBrandVoiceId] = useState('');
  const [count, setCount] = useState('3');
  const [outcome, setOutcome] = useState<{ result: GenerateResult; text: string; run: number } | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const [missingTopic, setMissingTopic] = useState(false);
  const [applied, setApplied] = useState<(Applied & { what: string }) | null>(null);

  const account = accounts.find((a) => a.id === accountId) ?? tightestAccount(accounts);
  const slot = parseSlot(slotKey, draft);
  const slots = slotOptions(draft);
  const slotLabel = slots.find((option) => option.value === slotKey)?.label ?? 'The post';
  const text = slotText(draft, slot);
  const blocked = blockedReason(action, text, account);

  const run = async (fresh: boolean) => {
    setProblem(null);
    if (action === 'write' && !source.topic.trim() && !source.item) {
      setMissingTopic(true);
      return;
    }
    setMissingTopic(false);
    const request = toGenerateRequest(
      {
        action,
        text,
        account,
        topic: source.topic,
        sourceContentId: source.item?.id ?? null,
        brandVoiceId,
        variants: Number(count),
      },
      fresh,
    );
    try {
      const result = await generate.mutateAsync(request);
      setOutcome((last) => ({ result, text, run: (last?.run ?? 0) + 1 }));
    } catch (error) {
      setOutcome(null);
      setProblem(error);
    }
  };

  const use = (next: string, what: string) => {
    const done = applyText(draft, slot, next);
    onDraft(done.draft);
    setApplied({ ...done.applied, what });
  };

  const undo = () => {
    if (!applied) return;
    const restored = undoApplied(draft, applied);
    if (restored) onDraft(restored);
    setApplied(null);
  };

  return (
    <section className="rounded-xl bg-white ring-1 ring-zinc-200" aria-label="AI assistant">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={bodyId}
        onClick={() => setOpen(!open)}
        className="flex w-full items-center gap-2 rounded-xl px-4 py-3 text-left text-sm font-semibold text-zinc-900 focus-visible:outline-2 focus-visible:outline-accent-600"
      >
        <Sparkles className="size-4 text-accent-600" aria-hidden />
        <span className="flex-1">AI assistant</span>
        <ChevronDown className={cn('size-4 text-zinc-400 transition-transform', open && 'rotate-180')} aria-hidden />
      </button>
      <div id={bodyId} hidden={!open} className="space-y-4 border-t border-zinc-100 p-4">
        <div role="radiogroup" aria-label="What to do" className="flex flex-wrap gap-1.5">
          {AI_ACTIONS.map((option) => (
            <Button
              key={option.value}
              size="sm"
              role="radio"
              aria-checked={action === option.value}
              variant={action === option.value ? 'primary' : 'secondary'}
              onClick={() => {
                setAction(option.value);
                setProblem(null);
              }}
            >
              {option.label}
            </Button>
          ))}
        </div>
        <p className="-mt-2 text-xs text-zinc-500">{AI_ACTIONS.find((option) => option.value === action)?.hint}</p>
        <div className="grid gap-3 sm:grid-cols-2">
          <Field
            label="For"
            hint={accounts.length === 0 ? 'Choose accounts above to write within their limits.' : undefined}
          >
            <Select
              value={account?.id ?? ''}
              disabled={accounts.length === 0}
              onChange={(event) => setAccountId(event.target.value)}
              options={
                accounts.length === 0
                  ? [{ value: '', label: 'No account chosen' }]
                  : accounts.map((a) => ({ value: a.id, label: `${a.name} (${a.limits.maxChars})` }))
              }
            />
          </Field>
          {action !== 'write' && slots.length > 1 && (
            <Field label="Working on">
              <Select value={slotKey} onChange={(event) => setSlotKey(event.target.value)} options={slots} />
            </Field>
          )}
          {(action === 'write' || action === 'rewrite' || action === 'variants') && (
            <Field label="Brand voice" optional>
              <Select
                value={brandVoiceId}
                onChange={(event) => setBrandVoiceId(event.target.value)}
                options={[
                  { value: '', label: voices.isPending ? 'Loading voices…' : 'No brand voice' },
                  ...(voices.data?.items.map((voice) => ({ value: voice.id, label: voice.name })) ?? []),
                ]}
              />
            </Field>
          )}
          {(action === 'variants' || action === 'hashtags' || action === 'write') && (
            <Field label={action === 'hashtags' ? 'Sets' : 'Variants'}>
              <Select value={count} onChange={(event) => setCount(event.target.value)} options={COUNT_OPTIONS} />
            </Field>
          )}
        </div>
        {action === 'write' && (
          <AiPanelSource
            value={source}
            error={missingTopic ? 'Say what to write about, or build on something from Content.' : null}
            onChange={setSource}
          />
        )}
        <div className="flex flex-wrap items-center gap-3">
          <Button
            variant="primary"
            icon={<Sparkles className="size-4" />}
            loading={generate.isPending}
            disabled={blocked !== null}
            aria-describedby={blocked ? `${bodyId}-blocked` : undefined}
            onClick={() => void run(false)}
          >
            {AI_ACTIONS.find((option) => option.value === action)?.label}
          </Button>
          {blocked && (
            <p id={`${bodyId}-blocked`} className="text-xs text-zinc-600">
              {blocked}
            </p>
          )}
        </div>
        {applied && (
          <div
            role="status"
            className="flex flex-wrap items-center justify-between gap-2 rounded-md bg-zinc-50 px-3 py-2 text-sm ring-1 ring-zinc-200"
          >
            <span>{applied.what}</span>
            <Button size="sm" variant="ghost" icon={<Undo2 className="size-3.5" />} onClick={undo}>
              Undo
            </Button>
          </div>
        )}
        <div aria-live="polite" aria-busy={generate.isPending} className="space-y-3">
          {generate.isPending && !outcome && (
            <p role="status" className="flex items-center gap-2 text-sm text-zinc-500">
              <Spinner className="size-4" /> Writing…
            </p>
          )}
          {problem !== null && <GenerateProblem error={problem} />}
          {outcome && (
            <AiPanelResults
              key={outcome.run}
              result={outcome.result}
              text={outcome.text}
              account={account}
              busy={generate.isPending}
              onAgain={() => void run(true)}
              onUse={(next) => use(next, `Replaced ${slotLabel.toLowerCase()}.`)}
              onAddTags={(tags) =>
                use(
                  appendHashtags(slotText(draft, slot), tags),
                  `${tags.length} hashtags added to ${slotLabel.toLowerCase()}.`,
                )
              }
            />
          )}
        </div>
      </div>
    </section>
  );
}
