/**
 * Expected failures. Services throw these; `app.onError` maps every one of them to an
 * RFC 9457 problem+json answer in one place, so no route builds error bodies by hand.
 */
export interface FieldError {
  path: string;
  message: string;
}

export abstract class AppError extends Error {
  abstract readonly status: number;
  abstract readonly slug: string;
  abstract readonly title: string;
  readonly headers: Record<string, string> = {};
  readonly errors?: FieldError[];
  /** More members of the problem (RFC 9457 §3.2), for answers a field list cannot carry. */
  readonly extensions?: Record<string, unknown>;
}

export class InvalidRequest extends AppError {
  readonly status = 400;
  readonly slug: string;
  readonly title: string;
  constructor(detail: string, options: { errors?: FieldError[]; slug?: string; title?: string } = {}) {
    super(detail);
    this.slug = options.slug ?? 'bad-request';
    this.title = options.title ?? 'Bad request';
    Object.assign(this, { errors: options.errors });
  }
}

export class ValidationFailed extends InvalidRequest {
  constructor(errors: FieldError[], detail = 'The request did not pass validation.') {
    super(detail, { errors, slug: 'validation-failed', title: 'Validation failed' });
  }
}

export class Unauthorized extends AppError {
  readonly status = 401;
  readonly slug = 'unauthorized';
  readonly title = 'Unauthorized';
  constructor(detail = 'Sign in, or send a valid access token or API key.') {
    super(detail);
    this.headers['WWW-Authenticate'] = 'Bearer realm="crowsnest"';
  }
}

export class Forbidden extends AppError {
  readonly status = 403;
  readonly slug = 'forbidden';
  readonly title = 'Forbidden';
}

export class ResourceNotFound extends AppError {
  readonly status = 404;
  readonly slug = 'not-found';
  readonly title = 'Not found';
  constructor(what = 'The resource') {
    super(`${what} was not found.`);
  }
}

export class Conflict extends AppError {
  readonly status = 409;
  readonly slug = 'conflict';
  readonly title = 'Conflict';
}

export class UnprocessableContent extends AppError {
  readonly status = 422;
  readonly slug = 'unprocessable';
  readonly title = 'Unprocessable content';
}

/** Well-formed input that names what cannot be used (a file not in the library, one a target cannot take): 422, by field. */
export class UnprocessableFields extends UnprocessableContent {
  constructor(errors: FieldError[], detail: string) {
    super(detail);
    Object.assign(this, { errors });
  }
}

export class TooManyRequests extends AppError {
  readonly status = 429;
  readonly slug = 'rate-limited';
  readonly title = 'Too many requests';
  constructor(
    readonly retryAfter: number,
    headers: Record<string, string> = {},
  ) {
    super(`Rate limit reached. Try again in ${retryAfter} second${retryAfter === 1 ? '' : 's'}.`);
    Object.assign(this.headers, headers, { 'Retry-After': String(retryAfter) });
  }
}

export class PayloadTooLarge extends AppError {
  readonly status = 413;
  readonly slug = 'payload-too-large';
  readonly title = 'Payload too large';
  constructor(maxBytes: number) {
    super(`The request body is larger than ${maxBytes} bytes.`);
  }
}

export class UnsupportedMediaType extends AppError {
  readonly status = 415;
  readonly slug = 'unsupported-media-type';
  readonly title = 'Unsupported media type';
}

/** A `Range` that starts past the end of the representation (RFC 9110 §15.5.17). */
export class RangeNotSatisfiable extends AppError {
  readonly status = 416;
  readonly slug = 'range-not-satisfiable';
  readonly title = 'Range not satisfiable';
  constructor(size: number) {
    super(`The file has ${size} bytes; ask for a range within them.`);
    this.headers['Content-Range'] = `bytes */${size}`;
  }
}
