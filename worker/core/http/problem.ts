import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { FieldError } from './errors';

export const PROBLEM_BASE = 'https://crowsnest.dev/problems/';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  requestId: string;
  errors?: FieldError[];
}

/** An RFC 9457 problem+json answer carrying the request id. */
export function problem(
  c: Context,
  init: {
    status: ContentfulStatusCode;
    slug: string;
    title: string;
    detail: string;
    errors?: FieldError[] | undefined;
    extensions?: Record<string, unknown> | undefined;
  },
  headers: Record<string, string> = {},
): Response {
  const body: Problem = {
    ...init.extensions,
    type: PROBLEM_BASE + init.slug,
    title: init.title,
    status: init.status,
    detail: init.detail,
    requestId: (c.get('requestId') as string | undefined) ?? '',
    ...(init.errors ? { errors: init.errors } : {}),
  };
  return c.body(JSON.stringify(body), init.status, { ...headers, 'Content-Type': 'application/problem+json' });
}
