import { ArrowLeft } from 'lucide-react';
import { Link } from 'react-router';

/** "← Content": back to the list a detail page belongs to, above its title. */
export function BackLink({ to, children }: { to: string; children: string }) {
  return (
    <Link
      to={to}
      className="mb-4 inline-flex items-center gap-1.5 text-sm font-medium text-zinc-500 hover:text-zinc-900"
    >
      <ArrowLeft className="size-4" aria-hidden />
      {children}
    </Link>
  );
}
