/**
 * What any outside service can do to us, in terms generic code can act on without knowing
 * which service it was (DESIGN: connectors). `retryable` tells the queue runner whether
 * another attempt can help.
 */
export abstract class ConnectorError extends Error {
  abstract readonly retryable: boolean;
  /** The start of the service's answer, when it answered with an error: connectors read their error bodies from it. */
  body?: string;
  /** The answer's headers, when it answered with an error (waits, budgets). */
  headers?: Headers;

  /** `status` is the HTTP status the service answered, when there was one. */
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** The service asked us to slow down; try again after `retryAfter` seconds. */
export class RateLimited extends ConnectorError {
  readonly retryable = true;
  constructor(
    readonly retryAfter: number,
    message = `Rate limited; retry in ${retryAfter} s.`,
    status?: number,
  ) {
    super(message, status);
  }
}

/** Credentials were refused or have expired: a person must reconnect or fix them. */
export class AuthExpired extends ConnectorError {
  readonly retryable = false;
}

/** The service says our request is wrong (bad id, gone, not allowed): retrying the same will not help. */
export class BadRequest extends ConnectorError {
  readonly retryable = false;
}

/** The service says what we asked for does not exist (or no longer does). */
export class NotFound extends BadRequest {}

/** The service failed or could not be reached: try again later. */
export class Unavailable extends ConnectorError {
  readonly retryable = true;
}

/** A request left but we do not know whether it took effect (publishing only). */
export class Unconfirmed extends ConnectorError {
  readonly retryable = false;
}

/** We will not fetch this: the outbound guard or robots.txt forbids it. */
export class Refused extends ConnectorError {
  readonly retryable = false;
}
