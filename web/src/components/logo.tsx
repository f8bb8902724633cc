import { cn } from '../lib/cn';

/** The Crowsnest mark: a mast with its lookout. */
export function Logo({ className, withName = true }: { className?: string; withName?: boolean }) {
  return (
    <span className={cn('inline-flex items-center gap-2.5', className)}>
      <svg viewBox="0 0 32 32" className="size-8 shrink-0" aria-hidden="true">
        <rect width="32" height="32" rx="8" className="fill-accent-600" />
        <path
          d="M16 6v20M9 13h14M11 13l-2 9h14l-2-9"
          fill="none"
          stroke="#fff"
          strokeWidth="2.4"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      {withName && <span className="text-base font-semibold tracking-tight text-zinc-900">Crowsnest</span>}
    </span>
  );
}
