import { type ReactNode, type TdHTMLAttributes, type ThHTMLAttributes, useRef } from 'react';
import { cn } from '../lib/cn';
import { useOverflowsX } from '../lib/use-overflows-x';

/**
 * A plain data table; scrolls sideways on narrow screens instead of squashing columns
 * (`dense` tables, with few columns, just shrink). `relative` keeps visually hidden cell
 * text inside the scroll area rather than widening the page. While it scrolls, the scroll
 * area is a Tab stop, so the keyboard can scroll a table that has no controls (WCAG 2.1.1).
 */
export function Table({ children, label, dense = false }: { children: ReactNode; label: string; dense?: boolean }) {
  const scroller = useRef<HTMLElement>(null);
  const scrolls = useOverflowsX(scroller);
  return (
    // Unnamed, a <section> is no landmark: it becomes one, a region, only while it is a Tab stop.
    <section
      ref={scroller}
      className="relative overflow-x-auto focus-visible:-outline-offset-2"
      tabIndex={scrolls ? 0 : undefined}
      aria-label={scrolls ? label : undefined}
    >
      <table className={cn('w-full border-collapse text-left text-sm', !dense && 'min-w-[40rem]')} aria-label={label}>
        {children}
      </table>
    </section>
  );
}

export function THead({ children }: { children: ReactNode }) {
  return (
    <thead className="border-b border-zinc-200 bg-zinc-50/80 text-xs font-medium text-zinc-500">
      <tr>{children}</tr>
    </thead>
  );
}

export function Th({ className, ...props }: ThHTMLAttributes<HTMLTableCellElement>) {
  return <th scope="col" className={cn('px-4 py-2.5 font-medium whitespace-nowrap', className)} {...props} />;
}

export function TBody({ children }: { children: ReactNode }) {
  return <tbody className="divide-y divide-zinc-100">{children}</tbody>;
}

export function Tr({ children, className }: { children: ReactNode; className?: string }) {
  return <tr className={cn('align-middle hover:bg-zinc-50/60', className)}>{children}</tr>;
}

export function Td({ className, ...props }: TdHTMLAttributes<HTMLTableCellElement>) {
  return <td className={cn('px-4 py-3 text-zinc-700', className)} {...props} />;
}
