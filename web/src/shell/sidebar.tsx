import { LogOut } from 'lucide-react';
import { NavLink } from 'react-router';
import type { LiveStatus } from '../api/live';
import type { Me, WorkspaceSummary } from '../api/types';
import { useAuth } from '../auth/auth-provider';
import { Logo } from '../components/logo';
import { cn } from '../lib/cn';
import { atLeast } from '../lib/roles';
import { NAV_SECTIONS } from './nav-items';
import { WorkspaceSwitcher } from './workspace-switcher';

const LIVE_LABELS: Record<LiveStatus, { text: string; dot: string }> = {
  open: { text: 'Live updates on', dot: 'bg-emerald-500' },
  connecting: { text: 'Connecting…', dot: 'bg-amber-400' },
  offline: { text: 'Reconnecting…', dot: 'bg-zinc-400' },
};

const linkClasses = ({ isActive }: { isActive: boolean }) =>
  cn(
    'flex items-center gap-2.5 rounded-md px-2.5 py-1.5 text-sm font-medium transition-colors',
    // Inset: the scrolling navigation would clip a ring drawn outside the link.
    'focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-accent-600',
    isActive
      ? 'bg-white text-zinc-900 shadow-xs ring-1 ring-zinc-200'
      : 'text-zinc-600 hover:bg-zinc-200/50 hover:text-zinc-900',
  );

export function Sidebar({
  me,
  current,
  live,
  onNavigate,
}: {
  me: Me;
  current: WorkspaceSummary | null;
  live: LiveStatus;
  onNavigate?: () => void;
}) {
  const { signOut } = useAuth();
  const liveLabel = LIVE_LABELS[live];
  return (
    <div className="flex h-full flex-col gap-5 border-r border-zinc-200 bg-zinc-100 px-3 py-4">
      <Logo className="px-2" />
      <WorkspaceSwitcher workspaces={me.workspaces} current={current} />
      {current && (
        <nav aria-label="Main" className="flex-1 space-y-5 overflow-y-auto">
          {NAV_SECTIONS.map((section, index) => {
            const items = section.items.filter((item) => atLeast(current.role, item.minRole));
            if (items.length === 0) return null;
            return (
              <div key={section.label ?? index}>
                {section.label && (
                  <p className="mb-1 px-2.5 text-[11px] font-semibold tracking-wider text-zinc-600 uppercase">
                    {section.label}
                  </p>
                )}
                <ul className="space-y-0.5">
                  {items.map((item) => (
                    <li key={item.path}>
                      <NavLink
                        to={`/w/${current.id}${item.path ? `/${item.path}` : ''}`}
                        end={item.path === ''}
                        className={linkClasses}
                        onClick={onNavigate}
                      >
                        <item.icon className="size-4 shrink-0 text-zinc-500" aria-hidden />
                        {item.label}
                      </NavLink>
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
        </nav>
      )}
      {!current && <div className="flex-1" />}
      <div className="space-y-3 border-t border-zinc-200 pt-3">
        {current && (
          <p className="flex items-center gap-2 px-2.5 text-xs text-zinc-600" aria-live="polite">
            <span className={cn('size-2 rounded-full', liveLabel.dot)} aria-hidden />
            {liveLabel.text}
          </p>
        )}
        <div className="flex items-center gap-1">
          <NavLink to="/account" className={(state) => cn(linkClasses(state), 'min-w-0 flex-1')} onClick={onNavigate}>
            <span className="flex size-7 shrink-0 items-center justify-center rounded-full bg-accent-100 text-xs font-semibold text-accent-700 uppercase">
              {me.user.name.trim().charAt(0) || '?'}
            </span>
            <span className="min-w-0">
              <span className="block truncate">{me.user.name}</span>
              <span className="block truncate text-xs font-normal text-zinc-600">{me.user.email}</span>
            </span>
          </NavLink>
          <button
            type="button"
            onClick={() => signOut()}
            className="rounded-md p-2 text-zinc-500 hover:bg-zinc-200/60 hover:text-zinc-900 focus-visible:outline-2 focus-visible:outline-accent-600"
            aria-label="Sign out"
            title="Sign out"
          >
            <LogOut className="size-4" />
          </button>
        </div>
      </div>
    </div>
  );
}
