import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { logError } from '../../lib/log';
import {
  AuthExpired,
  BadRequest,
  ConnectorError,
  NotFound,
  RateLimited,
  Refused,
  Unavailable,
  Unconfirmed,
} from '../outbound/errors';
import { AppError } from './errors';
import { problem } from './problem';

const HTTP_PROBLEMS: Partial<Record<number, { slug: string; title: string; detail: string }>> = {
  400: { slug: 'malformed-request', title: 'Malformed request', detail: 'The request body is not valid JSON.' },
  413: {
    slug: 'payload-too-large',
    title: 'Payload too large',
    detail: 'The request body is larger than this server accepts.',
  },
  415: {
    slug: 'unsupported-media-type',
    title: 'Unsupported media type',
    detail: 'Send the body as application/json.',
  },
};

/**
 * An outside service's error that no service turned into something more specific: what it
 * means to the caller. Order matters (NotFound is a BadRequest); a wait travels as Retry-After.
 */
const CONNECTOR_PROBLEMS: [
  new (...args: never[]) => ConnectorError,
  { status: ContentfulStatusCode; slug: string; title: string },
][] = [
  [RateLimited, { status: 503, slug: 'upstream-rate-limited', title: 'An outside service asked us to wait' }],
  [AuthExpired, { status: 422, slug: 'upstream-auth-refused', title: 'An outside service refused our credentials' }],
  [NotFound, { status: 422, slug: 'upstream-not-found', title: 'An outside service has no such thing' }],
  [Refused, { status: 422, slug: 'outbound-refused', title: 'That address may not be fetched' }],
  [BadRequest, { status: 422, slug: 'upstream-refused', title: 'An outside service refused the request' }],
  [Unconfirmed, { status: 502, slug: 'upstream-unconfirmed', title: 'An outside service did not confirm' }],
  [Unavailable, { status: 502, slug: 'upstream-unavailable', title: 'An outside service failed' }],
];

function connectorProblem(c: Context, error: ConnectorError): Response | null {
  const known = CONNECTOR_PROBLEMS.find(([type]) => error instanceof type)?.[1];
  if (!known) return null;
  const headers: Record<string, string> =
    error instanceof RateLimited ? { 'Retry-After': String(error.retryAfter) } : {};
  return problem(c, { ...known, detail: error.message }, headers);
}

/** The one place errors become answers: typed errors to their problem, anything else to a bare 500. */
export function handleError(error: Error, c: Context): Response {
  if (error instanceof AppError) {
    return problem(
      c,
      {
        status: error.status as ContentfulStatusCode,
        slug: error.slug,
        title: error.title,
        detail: error.message,
        errors: error.errors,
        extensions: error.extensions,
      },
      error.headers,
    );
  }
  if (error instanceof ConnectorError) {
    const answer = connectorProblem(c, error);
    if (answer) return answer;
  }
  if (error instanceof HTTPException && error.status < 500) {
    const known = HTTP_PROBLEMS[error.status];
    return problem(c, {
      status: error.status as ContentfulStatusCode,
      slug: known?.slug ?? 'bad-request',
      title: known?.title ?? 'Bad request',
      detail: known?.detail ?? error.message,
    });
  }
  logError('unhandled', error, { requestId: c.get('requestId'), method: c.req.method, path: c.req.path });
  return problem(c, {
    status: 500,
    slug: 'internal',
    title: 'Internal server error',
    detail: 'Something went wrong on our side. If it keeps happening, quote the request id.',
  });
}

export function handleNotFound(c: Context): Response {
  return problem(c, {
    status: 404,
    slug: 'no-route',
    title: 'Not found',
    detail: `There is no ${c.req.method} ${c.req.path} in this API. See /api/docs.`,
  });
}
