import { Hash, RefreshCw, TriangleAlert } from 'lucide-react';
import { useState } from 'react';
import { graphemeCount } from '../../../../worker/contracts';
import type { Account, GeneratedItem, GenerateResult } from '../../api/types';
import { Alert } from '../../components/alert';
import { Badge } from '../../components/badge';
import { Button } from '../../components/button';
import { EngineBadge } from '../../components/engine-badge';
import { cn } from '../../lib/cn';
import { appendHashtags } from './ai-panel-state';
import { measure } from './compose-state';

/** "212 / 300", red past the limit: against the account when there is one, else the limits written to. */
function Length({ text, account, result }: { text: string; account: Account | undefined; result: GenerateResult }) {
  const max = account ? account.limits.maxChars : result.limits.maxLength;
  const length = account ? measure(text, account).length : graphemeCount(text);
  const over = max !== null && length > max;
  return (
    <span
      data-testid="ai-length"
      className={cn('text-xs tabular-nums', over ? 'font-semibold text-red-700' : 'text-zinc-500')}
    >
      {length}
      {max !== null && ` / ${max}`}
      {over && max !== null && ` — ${length - max} over`}
    </span>
  );
}

function Variant({
  item,
  index,
  account,
  result,
  onUse,
}: {
  item: GeneratedItem;
  index: number;
  account: Account | undefined;
  result: GenerateResult;
  onUse: (text: string) => void;
}) {
  const name = `Variant ${index + 1}`;
  return (
    <li className="rounded-lg bg-white ring-1 ring-zinc-200" aria-label={name}>
      <p className="p-3 text-sm leading-6 break-words whitespace-pre-wrap text-zinc-800">{item.text}</p>
      {item.problems.length > 0 && (
        <p className="mx-3 mb-2 flex gap-1.5 text-xs text-amber-900">
          <TriangleAlert className="size-3.5 shrink-0" aria-hidden />
          {item.problems.join('; ')}
        </p>
      )}
      <div className="flex items-center justify-between gap-2 border-t border-zinc-100 px-3 py-1.5">
        <Length text={item.text} account={account} result={result} />
        <Button size="sm" onClick={() => onUse(item.text)} aria-label={`Use ${name.toLowerCase()}`}>
          Use this
        </Button>
      </div>
    </li>
  );
}

/** The tags of every set offered, to tick; the post's length with them added shows as they are ticked. */
function HashtagChooser({
  result,
  text,
  account,
  onAdd,
}: {
  result: GenerateResult;
  text: string;
  account: Account | undefined;
  onAdd: (tags: string[]) => void;
}) {
  const offered = [...new Set(result.items.flatMap((item) => item.hashtags ?? []))];
  const [chosen, setChosen] = useState<string[]>(() => result.items[0]?.hashtags ?? []);
  if (offered.length === 0)
    return (
      <p className="text-sm text-zinc-600">
        No hashtags to add: the post has as many as {result.limits.label} takes, or too little text to find any in.
      </p>
    );
  const toggle = (tag: string) =>
    setChosen((current) => (current.includes(tag) ? current.filter((t) => t !== tag) : [...current, tag]));
  return (
    <div className="space-y-3">
      <fieldset>
        <legend className="mb-2 text-xs font-medium text-zinc-600">Tick the hashtags to add</legend>
        <ul className="flex flex-wrap gap-1.5">
          {offered.map((tag) => (
            <li key={tag}>
              <label
                className={cn(
                  'inline-flex cursor-pointer items-center gap-1.5 rounded-full px-2.5 py-1 text-sm ring-1 ring-inset has-focus-visible:outline-2 has-focus-visible:outline-accent-600',
                  chosen.includes(tag) ? 'bg-accent-50 text-accent-800 ring-accent-300' : 'bg-white ring-zinc-300',
                )}
              >
                <input
                  type="checkbox"
                  className="size-3.5 accent-accent-600"
                  checked={chosen.includes(tag)}
                  onChange={() => toggle(tag)}
                />
                {tag}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <span className="text-xs text-zinc-600">
          With them: <Length text={appendHashtags(text, chosen)} account={account} result={result} />
        </span>
        <Button
          size="sm"
          icon={<Hash className="size-3.5" />}
          disabled={chosen.length === 0}
          onClick={() => onAdd(chosen)}
        >
          Add {chosen.length} {chosen.length === 1 ? 'hashtag' : 'hashtags'}
        </Button>
      </div>
    </div>
  );
}

/** What the panel got back: who wrote it, any note, and the variants (or hashtags) to use. */
export function AiPanelResults({
  result,
  text,
  account,
  busy,
  onAgain,
  onUse,
  onAddTags,
}: {
  result: GenerateResult;
  /** The text worked on (hashtags are added to it). */
  text: string;
  account: Account | undefined;
  busy: boolean;
  onAgain: () => void;
  onUse: (text: string) => void;
  onAddTags: (tags: string[]) => void;
}) {
  return (
    <div className={cn('space-y-3 transition-opacity', busy && 'opacity-60')}>
      <div className="flex flex-wrap items-center justify-between gap-2 text-xs text-zinc-600">
        <span className="flex min-w-0 items-center gap-1.5">
          Written by <EngineBadge provider={result.provider} model={result.model} />
          {result.cached && <Badge>From cache</Badge>}
        </span>
        <Button size="sm" variant="ghost" icon={<RefreshCw className="size-3.5" />} loading={busy} onClick={onAgain}>
          Again
        </Button>
      </div>
      {result.note && <Alert tone="info">{result.note}</Alert>}
      {result.kind === 'hashtags' ? (
        <HashtagChooser result={result} text={text} account={account} onAdd={onAddTags} />
      ) : (
        <ol className="space-y-3" aria-label="Variants">
          {result.items.map((item, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: variants are in the order they were written
            <Variant key={index} item={item} index={index} account={account} result={result} onUse={onUse} />
          ))}
        </ol>
      )}
    </div>
  );
}
