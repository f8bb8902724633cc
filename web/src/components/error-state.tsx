import { RefreshCw, TriangleAlert } from 'lucide-react';
import { ApiError, errorMessage } from '../api/problem';
import { Button } from './button';

/** What a list or panel shows when loading failed: the server's detail, a retry, the request id. */
export function ErrorState({ error, onRetry, compact }: { error: unknown; onRetry?: () => void; compact?: boolean }) {
  const requestId = error instanceof ApiError ? error.requestId : null;
  const title = error instanceof ApiError && error.status !== 0 ? error.title : 'Could not load this';
  return (
    <div
      className={compact ? 'px-4 py-6 text-center' : 'flex flex-col items-center px-6 py-12 text-center'}
      role="alert"
    >
      <div className="mx-auto mb-3 flex size-11 items-center justify-center rounded-full bg-red-50 text-red-600">
        <TriangleAlert className="size-5" aria-hidden />
      </div>
      <h3 className="text-sm font-semibold text-zinc-900">{title}</h3>
      <p className="mt-1 max-w-md text-sm text-zinc-600">{errorMessage(error)}</p>
      {onRetry && (
        <Button className="mt-4" size="sm" icon={<RefreshCw className="size-3.5" />} onClick={onRetry}>
          Try again
        </Button>
      )}
      {requestId && <p className="mt-3 font-mono text-[11px] text-zinc-400">Request ID: {requestId}</p>}
    </div>
  );
}
