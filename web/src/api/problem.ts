import type { ClientResponse } from 'hono/client';
import type { SuccessStatusCode } from 'hono/utils/http-status';

export interface FieldProblem {
  path: string;
  message: string;
}

/** An RFC 9457 problem answer (or a network failure dressed as one) thrown by API calls. */
export class ApiError extends Error {
  readonly status: number;
  /** The problem's type URI (…/problems/ai-not-configured), when the server gave one. */
  readonly type: string | null;
  readonly title: string;
  readonly requestId: string | null;
  readonly fieldErrors: FieldProblem[];

  constructor(init: {
    status: number;
    type?: string | null;
    title: string;
    detail: string;
    requestId?: string | null;
    errors?: FieldProblem[];
  }) {
    super(init.detail);
    this.name = 'ApiError';
    this.status = init.status;
    this.type = init.type ?? null;
    this.title = init.title;
    this.requestId = init.requestId ?? null;
    this.fieldErrors = init.errors ?? [];
  }

  static async from(response: { status: number; statusText: string; headers: Headers; text(): Promise<string> }) {
    const requestId = response.headers.get('X-Request-Id');
    let body: unknown = null;
    try {
      body = JSON.parse(await response.text());
    } catch {
      // Not JSON (a proxy's error page, say): fall back to the status line.
    }
    const problem = isRecord(body) ? body : {};
    return new ApiError({
      status: response.status,
      type: str(problem.type) ?? null,
      title: str(problem.title) ?? response.statusText ?? 'Error',
      detail: str(problem.detail) ?? `The server answered ${response.status} ${response.statusText}.`.trim(),
      requestId: str(problem.requestId) ?? requestId,
      errors: Array.isArray(problem.errors) ? problem.errors.filter(isFieldProblem) : [],
    });
  }
}

/** Whether `error` is the API's problem of this kind (the last segment of its type URI). */
export function isProblem(error: unknown, slug: string): error is ApiError {
  return error instanceof ApiError && error.type !== null && error.type.split('/').at(-1) === slug;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function isFieldProblem(value: unknown): value is FieldProblem {
  return isRecord(value) && typeof value.path === 'string' && typeof value.message === 'string';
}

/** The body type of the successful answers of a typed client call. */
export type Ok<R> =
  R extends ClientResponse<infer T, infer S, infer _F> ? (S extends SuccessStatusCode ? T : never) : never;

/**
 * Awaits a typed client call: the parsed body of a 2xx answer (undefined for 204), or an
 * `ApiError` thrown for anything else, including network failures.
 */
export async function unwrap<R extends ClientResponse<unknown, number, 'json' | 'text'>>(
  call: Promise<R>,
): Promise<Ok<R>> {
  let response: R;
  try {
    response = await call;
  } catch {
    throw new ApiError({
      status: 0,
      title: 'Network error',
      detail: 'Could not reach Crowsnest. Check your connection and try again.',
    });
  }
  if (!response.ok) throw await ApiError.from(response);
  if (response.status === 204) return undefined as Ok<R>;
  return (await response.json()) as Ok<R>;
}

/** A message for any thrown value. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return 'Something went wrong.';
}
