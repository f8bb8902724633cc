import type { ReactNode, TdHTMLAttributes, ThHTMLAttributes } from 'react';
import { cn } from '../lib/cn';

/**
 * A plain data table; scrolls sideways on narrow screens instead of squashing columns
 * (`dense` tables, with few columns, just shrink). `relative` keeps visually hidden cell
 * text inside the scroll area rather than widening the page.
 */
export function Table({ children, label, dense = false }: { children: ReactNode; label: string; dense?: boolean }) {
  return (
    <div className="relative overflow-x-auto">
      <table className={cn('w-full border-collapse text-left text-sm', !dense && 'min-w-[40rem]')} aria-label={label}>
        {children}
      </table>
    </div>
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
