import { CircleAlert, CircleCheck, Info, TriangleAlert } from 'lucide-react';
import type { ReactNode } from 'react';
import { cn } from '../lib/cn';

type Tone = 'info' | 'success' | 'warning' | 'danger';

const STYLES: Record<Tone, { box: string; icon: ReactNode }> = {
  info: { box: 'bg-sky-50 text-sky-800 ring-sky-200', icon: <Info /> },
  success: { box: 'bg-emerald-50 text-emerald-800 ring-emerald-200', icon: <CircleCheck /> },
  warning: { box: 'bg-amber-50 text-amber-900 ring-amber-200', icon: <TriangleAlert /> },
  danger: { box: 'bg-red-50 text-red-800 ring-red-200', icon: <CircleAlert /> },
};

/** An inline message: form-level errors, one-time secrets, notices. */
export function Alert({
  tone = 'info',
  title,
  children,
  className,
}: {
  tone?: Tone;
  title?: ReactNode;
  children?: ReactNode;
  className?: string;
}) {
  const style = STYLES[tone];
  return (
    <div
      className={cn('flex gap-3 rounded-lg p-3 text-sm ring-1 ring-inset', style.box, className)}
      role={tone === 'danger' ? 'alert' : 'status'}
    >
      <span className="mt-0.5 shrink-0 [&_svg]:size-4" aria-hidden>
        {style.icon}
      </span>
      <div className="min-w-0 space-y-1">
        {title && <p className="font-medium">{title}</p>}
        {children && <div className={title ? 'opacity-90' : undefined}>{children}</div>}
      </div>
    </div>
  );
}
