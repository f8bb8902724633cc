import { Navigate, Outlet, useLocation, useSearchParams } from 'react-router';
import { PageSpinner } from '../components/spinner';
import { useAuth } from './auth-provider';

/** Only a path on this site may be a post-login destination (no open redirects). */
export function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/';
}

/** Routes that need a session: waits for the restore, else sends to /login and back. */
export function RequireAuth() {
  const { status, signedOutByUser } = useAuth();
  const location = useLocation();
  if (status === 'loading') return <FullPageSpinner />;
  if (status === 'signed-out') {
    // After a lapsed session, come back to the same page; after "Sign out", start afresh.
    const next = location.pathname + location.search;
    const back = signedOutByUser || next === '/' ? '' : `?next=${encodeURIComponent(next)}`;
    return <Navigate to={`/login${back}`} replace />;
  }
  return <Outlet />;
}

/** Sign-in and sign-up: someone already signed in goes on to the app. */
export function PublicOnly() {
  const { status } = useAuth();
  const [params] = useSearchParams();
  if (status === 'loading') return <FullPageSpinner />;
  if (status === 'signed-in') return <Navigate to={safeNext(params.get('next'))} replace />;
  return <Outlet />;
}

export function FullPageSpinner() {
  return (
    <div className="flex min-h-screen items-center justify-center">
      <PageSpinner />
    </div>
  );
}
