import { TriangleAlert } from 'lucide-react';
import { graphemeCount } from '../../../../worker/contracts';
import type { GeneratedItem, GenerationKind, GenerationPlatform } from '../../api/types';
import { Badge } from '../../components/badge';
import { Button } from '../../components/button';
import { CopyButton } from '../../components/copy-button';
import { cn } from '../../lib/cn';
import { wholeNumber } from '../../lib/format';
import { lengthLimit } from './generation-form';

/** "212 / 300 characters", red past the limit. */
function CharacterCount({ count, limit }: { count: number; limit: number | null }) {
  const over = limit !== null && count > limit;
  return (
    <span className={cn('text-xs tabular-nums', over ? 'font-medium text-red-600' : 'text-zinc-500')}>
      {wholeNumber(count)}
      {limit !== null && ` / ${wholeNumber(limit)}`} characters
      {over && <span className="sr-only">, over the limit</span>}
    </span>
  );
}

const TEXT = 'text-sm leading-6 whitespace-pre-wrap break-words text-zinc-800';

/** One variant: its text (or a thread's posts), length against the platform's limit, problems, copy. */
export function GeneratedVariant({
  item,
  index,
  kind,
  platform,
  onUse,
}: {
  item: GeneratedItem;
  index: number;
  kind: GenerationKind;
  platform: GenerationPlatform;
  onUse?: ((item: GeneratedItem) => void) | undefined;
}) {
  const limit = lengthLimit(kind, platform);
  const name = `${kind === 'ideas' ? 'Idea' : 'Variant'} ${index + 1}`;
  return (
    <li className="overflow-hidden rounded-lg bg-white ring-1 ring-zinc-200" aria-label={name}>
      <div className="space-y-3 p-4">
        <h3 className="text-xs font-semibold tracking-wide text-zinc-500 uppercase">{name}</h3>
        {item.title && <p className="font-semibold break-words text-zinc-900">{item.title}</p>}
        {item.parts ? (
          <ol className="space-y-2">
            {item.parts.map((part, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a thread's posts are in a fixed order
              <li key={i} className="rounded-md bg-zinc-50 p-3 ring-1 ring-zinc-200/70">
                <p className="mb-1 text-xs font-medium text-zinc-500">
                  {i + 1}/{item.parts?.length}
                </p>
                <p className={TEXT}>{part}</p>
                <p className="mt-1 text-right">
                  <CharacterCount count={graphemeCount(part)} limit={limit} />
                </p>
              </li>
            ))}
          </ol>
        ) : kind === 'hashtags' && item.hashtags ? (
          <ul className="flex flex-wrap gap-1.5" aria-label="Hashtags">
            {item.hashtags.map((tag) => (
              <li key={tag}>
                <Badge tone="accent">{tag}</Badge>
              </li>
            ))}
          </ul>
        ) : (
          <p className={TEXT}>{item.text}</p>
        )}
        {kind !== 'hashtags' && item.hashtags && item.hashtags.length > 0 && (
          <p className="text-sm break-words text-accent-700">{item.hashtags.join(' ')}</p>
        )}
        {item.problems.length > 0 && (
          <div className="flex gap-2 rounded-md bg-amber-50 p-2.5 text-sm text-amber-900 ring-1 ring-amber-200 ring-inset">
            <TriangleAlert className="mt-0.5 size-4 shrink-0" aria-hidden />
            <div>
              <p className="font-medium">The platform would refuse this as it is</p>
              <ul className="mt-0.5 list-disc pl-4">
                {item.problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            </div>
          </div>
        )}
      </div>
      <div className="flex flex-wrap items-center justify-between gap-2 border-t border-zinc-100 bg-zinc-50/60 px-4 py-2">
        <CharacterCount count={item.characters} limit={item.parts ? null : limit} />
        <div className="flex items-center gap-1">
          <CopyButton text={item.title ? `${item.title}\n\n${item.text}` : item.text} what={name.toLowerCase()} />
          {onUse && (
            <Button size="sm" onClick={() => onUse(item)}>
              Use this
            </Button>
          )}
        </div>
      </div>
    </li>
  );
}
