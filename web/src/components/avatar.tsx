import { cn } from '../lib/cn';

/** A person's initial in a circle. */
export function Avatar({ name, className }: { name: string; className?: string }) {
  return (
    <span
      className={cn(
        'flex size-8 shrink-0 items-center justify-center rounded-full bg-zinc-200 text-xs font-semibold text-zinc-700 uppercase',
        className,
      )}
      aria-hidden
    >
      {name.trim().charAt(0) || '?'}
    </span>
  );
}
