import { cn } from '../lib/cn';

type Tone = 'accent' | 'success' | 'danger';

const FILL: Record<Tone, string> = {
  accent: 'bg-accent-600',
  success: 'bg-emerald-500',
  danger: 'bg-red-500',
};

export function ProgressBar({
  value,
  label,
  tone = 'accent',
  className,
}: {
  /** 0–100. */
  value: number;
  /** Accessible name, e.g. "Export progress". */
  label: string;
  tone?: Tone;
  className?: string;
}) {
  const clamped = Math.max(0, Math.min(100, Math.round(value)));
  return (
    <div
      className={cn('h-2 w-full overflow-hidden rounded-full bg-zinc-200', className)}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={clamped}
    >
      <div
        className={cn('h-full rounded-full transition-[width] duration-500', FILL[tone])}
        style={{ width: `${clamped}%` }}
      />
    </div>
  );
}
