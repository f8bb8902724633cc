import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Skeleton } from '../../components/skeleton';

/** One number on the dashboard, linking to where it comes from. */
export function StatCard({
  label,
  value,
  hint,
  icon,
  to,
}: {
  label: string;
  /** `undefined` while loading. */
  value: ReactNode | undefined;
  hint?: ReactNode;
  icon: ReactNode;
  to?: string;
}) {
  const body = (
    <>
      <div className="flex items-center justify-between">
        <p className="text-sm font-medium text-zinc-500">{label}</p>
        <span className="text-zinc-400 [&_svg]:size-4" aria-hidden>
          {icon}
        </span>
      </div>
      <div className="mt-2 text-2xl font-semibold tracking-tight text-zinc-900 tabular-nums">
        {value === undefined ? <Skeleton className="h-8 w-12" /> : value}
      </div>
      {hint && <p className="mt-1 text-xs text-zinc-500">{hint}</p>}
    </>
  );
  const classes = 'block rounded-xl bg-white p-5 shadow-xs ring-1 ring-zinc-200';
  return to ? (
    <Link
      to={to}
      className={`${classes} transition hover:ring-zinc-300 focus-visible:outline-2 focus-visible:outline-accent-600`}
    >
      {body}
    </Link>
  ) : (
    <div className={classes}>{body}</div>
  );
}
