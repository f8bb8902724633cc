import type { Ref, TextareaHTMLAttributes } from 'react';
import { cn } from '../lib/cn';
import { useFieldIds } from './field';
import { controlClasses } from './input';

export function Textarea({
  className,
  ref,
  rows = 3,
  ...props
}: TextareaHTMLAttributes<HTMLTextAreaElement> & { ref?: Ref<HTMLTextAreaElement> }) {
  const field = useFieldIds();
  return (
    <textarea
      ref={ref}
      id={field?.id}
      rows={rows}
      aria-describedby={field?.describedBy}
      aria-invalid={field?.invalid || undefined}
      className={cn(controlClasses(field?.invalid ?? false), 'min-h-16 resize-y py-2 leading-6', className)}
      {...props}
    />
  );
}
