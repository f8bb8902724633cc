import { TriangleAlert } from 'lucide-react';
import { useRouteError } from 'react-router';
import { Button } from '../components/button';
import { EmptyState } from '../components/empty-state';

/** Shown when a page crashes while rendering: a way out instead of a blank screen. */
export function RouteError() {
  const error = useRouteError();
  console.error(error);
  return (
    <div className="flex min-h-screen items-center justify-center p-6">
      <EmptyState
        icon={<TriangleAlert />}
        title="Something went wrong"
        description="This page failed to load. Reloading usually helps; if it keeps happening, let us know."
        action={
          <Button variant="primary" onClick={() => window.location.reload()}>
            Reload
          </Button>
        }
      />
    </div>
  );
}
