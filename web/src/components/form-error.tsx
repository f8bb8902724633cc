import { ApiError, errorMessage } from '../api/problem';
import { Alert } from './alert';

/** A form's server error: the problem's detail, and its request id in small print. */
export function FormError({ error }: { error: unknown }) {
  if (error === null || error === undefined) return null;
  const requestId = error instanceof ApiError ? error.requestId : null;
  return (
    <Alert tone="danger">
      {errorMessage(error)}
      {requestId && <span className="mt-1 block font-mono text-[11px] opacity-70">Request ID: {requestId}</span>}
    </Alert>
  );
}
