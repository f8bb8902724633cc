import type { ButtonHTMLAttributes, ReactNode, Ref } from 'react';
import { cn } from '../lib/cn';

/** A square button with only an icon; `label` is its accessible name and tooltip. */
export function IconButton({
  label,
  icon,
  tone = 'default',
  className,
  ...props
}: Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children' | 'type'> & {
  label: string;
  icon: ReactNode;
  tone?: 'default' | 'danger';
  ref?: Ref<HTMLButtonElement>;
}) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      className={cn(
        'inline-flex size-8 shrink-0 items-center justify-center rounded-md transition-colors [&_svg]:size-4',
        'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent-600',
        'disabled:cursor-not-allowed disabled:text-zinc-300 disabled:hover:bg-transparent',
        tone === 'danger'
          ? 'text-zinc-500 hover:bg-red-50 hover:text-red-600'
          : 'text-zinc-500 hover:bg-zinc-100 hover:text-zinc-900',
        className,
      )}
      {...props}
    >
      {icon}
    </button>
  );
}
