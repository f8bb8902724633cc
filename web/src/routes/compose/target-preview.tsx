import { useId } from 'react';
import type { Account } from '../../api/types';
import { Button } from '../../components/button';
import { Field } from '../../components/field';
import { Textarea } from '../../components/textarea';
import { cn } from '../../lib/cn';
import { platformIcon, platformLabel, takesThreads } from '../../lib/publish-platforms';
import { measure, mediaProblems } from './compose-state';
import { LengthCounter } from './length-counter';
import { MediaThumb } from './media-thumb';
import type { MediaItem } from './use-media';

/**
 * How the post will look on one account: its text (or the text written for it alone), the
 * thread's parts where the platform has threads, a counter per part, and the server's
 * complaints about this account.
 */
export function TargetPreview({
  account,
  body,
  override,
  thread,
  media,
  errors,
  onOverride,
}: {
  account: Account;
  body: string;
  override: string | undefined;
  thread: string[];
  /** Each part's files, the body's first. */
  media: MediaItem[][];
  errors: string[] | undefined;
  onOverride: (text: string | undefined) => void;
}) {
  const Icon = platformIcon(account.platform);
  const text = override ?? body;
  const parts = takesThreads(account.platform) ? [text, ...thread] : [text];
  const counterId = useId();
  const over = parts.some((part) => measure(part, account).over);
  // The server's own rules, shown before it is asked; its answer (errors) may add to them.
  const refused = mediaProblems(account, media).filter((message) => !errors?.includes(message));
  return (
    <section
      aria-label={`Preview for ${account.name}`}
      className={cn(
        'rounded-xl bg-white p-4 shadow-xs ring-1',
        over || errors || refused.length > 0 ? 'ring-red-300' : 'ring-zinc-200',
      )}
    >
      <header className="mb-3 flex items-center gap-2">
        <Icon className="size-4 text-zinc-500" aria-hidden />
        <p className="min-w-0 flex-1 truncate text-sm">
          <span className="font-medium text-zinc-900">{platformLabel(account.platform)}</span>{' '}
          <span className="text-zinc-500">{account.handle}</span>
        </p>
      </header>
      <ol className="space-y-2">
        {parts.map((part, index) => (
          // Parts have no identity of their own but their place.
          // biome-ignore lint/suspicious/noArrayIndexKey: the order is the identity
          <li key={index} className="rounded-lg bg-zinc-50 p-3">
            <p className="text-sm break-words whitespace-pre-wrap text-zinc-800">
              {part || <span className="text-zinc-500 italic">Nothing written yet</span>}
            </p>
            {(media[index] ?? []).length > 0 && (
              <div className="mt-2 grid grid-cols-2 gap-1">
                {(media[index] ?? []).map((item) => (
                  <MediaThumb key={item.id} item={item} className="aspect-video w-full" />
                ))}
              </div>
            )}
            <p className="mt-2 flex justify-between gap-2">
              <span className="text-xs text-zinc-500">{parts.length > 1 ? `${index + 1} of ${parts.length}` : ''}</span>
              <LengthCounter text={part} account={account} />
            </p>
          </li>
        ))}
      </ol>
      {thread.length > 0 && !takesThreads(account.platform) && (
        <p className="mt-2 text-xs text-amber-800">
          {platformLabel(account.platform)} takes no threads: only the first part would go here, so the server refuses
          it.
        </p>
      )}
      {refused.map((message) => (
        <p key={message} className="mt-2 text-xs font-medium text-red-700">
          {message}
        </p>
      ))}
      {errors?.map((message) => (
        <p key={message} role="alert" className="mt-2 text-xs font-medium text-red-700">
          {message}
        </p>
      ))}
      <div className="mt-3">
        {override === undefined ? (
          <Button size="sm" variant="ghost" onClick={() => onOverride(body)}>
            Write a different text for {account.name}
          </Button>
        ) : (
          <div className="space-y-2">
            <Field label={`Text for ${account.name} only`}>
              <Textarea
                rows={3}
                value={override}
                aria-describedby={counterId}
                onChange={(event) => onOverride(event.target.value)}
              />
            </Field>
            <div className="flex items-center justify-between">
              <LengthCounter id={counterId} text={override} account={account} />
              <Button size="sm" variant="ghost" onClick={() => onOverride(undefined)}>
                Use the main text
              </Button>
            </div>
          </div>
        )}
      </div>
    </section>
  );
}
