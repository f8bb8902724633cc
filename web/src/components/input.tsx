import type { InputHTMLAttributes, Ref } from 'react';
import { cn } from '../lib/cn';
import { useFieldIds } from './field';

export const controlClasses = (invalid: boolean) =>
  cn(
    'block w-full rounded-md border-0 bg-white px-3 text-sm text-zinc-900 shadow-xs ring-1 ring-inset placeholder:text-zinc-400',
    'focus:ring-2 focus:ring-inset focus:outline-none disabled:bg-zinc-50 disabled:text-zinc-500 read-only:bg-zinc-50',
    invalid ? 'ring-red-400 focus:ring-red-500' : 'ring-zinc-300 focus:ring-accent-600',
  );

export function Input({
  className,
  ref,
  ...props
}: InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> }) {
  const field = useFieldIds();
  return (
    <input
      ref={ref}
      id={field?.id}
      aria-describedby={field?.describedBy}
      aria-invalid={field?.invalid || undefined}
      className={cn(controlClasses(field?.invalid ?? false), 'h-9', className)}
      {...props}
    />
  );
}
