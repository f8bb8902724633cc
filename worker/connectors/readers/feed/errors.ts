/**
 * What parseFeed throws: the input is not a feed. The message says what it looks like
 * instead, for the source's last error in the UI; retrying the same URL will not help.
 */
export type NotAFeedReason = 'empty' | 'html' | 'json' | 'xml' | 'text';

export class NotAFeedError extends Error {
  override readonly name = 'NotAFeedError';

  constructor(
    readonly reason: NotAFeedReason,
    message: string,
  ) {
    super(message);
  }
}
