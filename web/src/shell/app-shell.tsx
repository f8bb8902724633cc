import { Menu, X } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { Outlet, useLocation, useParams } from 'react-router';
import { useMe } from '../auth/use-me';
import { ErrorState } from '../components/error-state';
import { Logo } from '../components/logo';
import { PageSpinner } from '../components/spinner';
import { Sidebar } from './sidebar';
import { SkipLink } from './skip-link';
import { useLiveUpdates } from './use-live-updates';
import {
  LiveStatusContext,
  lastWorkspaceId,
  rememberWorkspace,
  toCurrent,
  WorkspaceContext,
} from './workspace-context';

/** The signed-in frame: sidebar (a drawer on small screens), live updates, and the page. */
export function AppShell() {
  const me = useMe();
  const { workspaceId } = useParams();
  const location = useLocation();
  const [drawer, setDrawer] = useState(false);
  const main = useRef<HTMLElement>(null);

  const workspaces = me.data?.workspaces ?? [];
  const currentId = workspaceId ?? lastWorkspaceId();
  const summary = workspaces.find((w) => w.id === currentId) ?? (workspaceId ? null : (workspaces[0] ?? null));
  const live = useLiveUpdates(summary?.id, me.data?.user.id);

  useEffect(() => {
    if (summary) rememberWorkspace(summary.id);
  }, [summary]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: close the drawer whenever the page changes
  useEffect(() => setDrawer(false), [location.pathname]);

  if (me.isPending) return <PageSpinner />;
  if (me.isError) return <ErrorState error={me.error} onRetry={() => me.refetch()} />;

  const sidebar = (onNavigate?: () => void) => (
    <Sidebar me={me.data} current={summary} live={live} onNavigate={onNavigate} />
  );

  return (
    <WorkspaceContext.Provider value={summary ? toCurrent(summary) : null}>
      <LiveStatusContext.Provider value={live}>
        <div className="min-h-screen lg:pl-64">
          <SkipLink target={main} />
          <aside className="fixed inset-y-0 left-0 hidden w-64 lg:block">{sidebar()}</aside>
          {drawer && (
            <div className="fixed inset-0 z-40 lg:hidden">
              <button
                type="button"
                className="absolute inset-0 bg-zinc-900/40"
                aria-label="Close menu"
                onClick={() => setDrawer(false)}
              />
              <aside className="relative h-full w-72 max-w-[85vw] shadow-xl">{sidebar(() => setDrawer(false))}</aside>
            </div>
          )}
          <header className="sticky top-0 z-30 flex items-center justify-between border-b border-zinc-200 bg-white/90 px-4 py-2.5 backdrop-blur lg:hidden">
            <Logo />
            <button
              type="button"
              onClick={() => setDrawer((open) => !open)}
              className="rounded-md p-2 text-zinc-600 hover:bg-zinc-100"
              aria-label={drawer ? 'Close menu' : 'Open menu'}
              aria-expanded={drawer}
            >
              {drawer ? <X className="size-5" /> : <Menu className="size-5" />}
            </button>
          </header>
          {/* Focusable only by the skip link: it takes focus without a ring, as a region, not a control. */}
          <main
            ref={main}
            id="main"
            tabIndex={-1}
            className="mx-auto max-w-6xl px-4 py-8 outline-none sm:px-6 lg:px-10"
          >
            <Outlet />
          </main>
        </div>
      </LiveStatusContext.Provider>
    </WorkspaceContext.Provider>
  );
}
