import { Check, Copy } from 'lucide-react';
import { useRef } from 'react';
import { cn } from '../lib/cn';
import { useClipboard } from '../lib/use-clipboard';

/** A read-only value (a secret or a link) with a copy button. */
export function CopyField({ value, label, className }: { value: string; label: string; className?: string }) {
  const input = useRef<HTMLInputElement>(null);
  const clipboard = useClipboard();
  const copied = clipboard.copied;

  const copy = async () => {
    // No clipboard permission: select the text so the user can copy it by hand.
    if (!(await clipboard.copy(value))) input.current?.select();
  };

  return (
    <div className={cn('flex rounded-md shadow-xs', className)}>
      <input
        ref={input}
        readOnly
        value={value}
        aria-label={label}
        onFocus={(event) => event.target.select()}
        className="h-9 min-w-0 flex-1 rounded-l-md border-0 bg-zinc-50 px-3 font-mono text-xs text-zinc-800 ring-1 ring-zinc-300 ring-inset focus:ring-2 focus:ring-accent-600 focus:outline-none"
      />
      <button
        type="button"
        onClick={copy}
        className="-ml-px inline-flex h-9 items-center gap-1.5 rounded-r-md bg-white px-3 text-sm font-medium text-zinc-700 ring-1 ring-zinc-300 ring-inset hover:bg-zinc-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent-600"
      >
        {copied ? <Check className="size-4 text-emerald-600" aria-hidden /> : <Copy className="size-4" aria-hidden />}
        <span aria-live="polite">{copied ? 'Copied' : 'Copy'}</span>
      </button>
    </div>
  );
}
