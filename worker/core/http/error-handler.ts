import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { logError } from '../../lib/log';
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
      },
      error.headers,
    );
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
