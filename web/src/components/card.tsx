import type { ReactNode } from 'react';
import { cn } from '../lib/cn';

interface CardProps {
  title?: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  children?: ReactNode;
  footer?: ReactNode;
  className?: string;
  /** Drop the body padding (for tables that run edge to edge). */
  flush?: boolean;
  tone?: 'default' | 'danger';
}

export function Card({ title, description, actions, children, footer, className, flush, tone = 'default' }: CardProps) {
  return (
    <section
      className={cn(
        'overflow-hidden rounded-xl bg-white shadow-xs ring-1',
        tone === 'danger' ? 'ring-red-200' : 'ring-zinc-200',
        className,
      )}
    >
      {(title || actions) && (
        <header className="flex flex-wrap items-start justify-between gap-3 border-b border-zinc-100 px-5 py-4">
          <div className="min-w-0">
            {title && (
              <h2 className={cn('text-base font-semibold', tone === 'danger' ? 'text-red-700' : 'text-zinc-900')}>
                {title}
              </h2>
            )}
            {description && <p className="mt-1 text-sm text-zinc-500">{description}</p>}
          </div>
          {actions && <div className="flex items-center gap-2">{actions}</div>}
        </header>
      )}
      {children !== undefined && <div className={flush ? undefined : 'px-5 py-5'}>{children}</div>}
      {footer && (
        <footer className="flex flex-wrap items-center justify-end gap-3 border-t border-zinc-100 bg-zinc-50/60 px-5 py-3">
          {footer}
        </footer>
      )}
    </section>
  );
}
