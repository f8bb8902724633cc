/**
 * The publisher interface: what the publishing pipeline asks of every platform it posts to,
 * so that generic code never asks which platform it is talking to (STYLE rule 5). One file per
 * platform implements it (bluesky.ts, mastodon.ts, webhook.ts); index.ts lists them.
 *
 * Errors are the connector family (core/outbound/errors.ts) and mean the same everywhere:
 *   RateLimited{retryAfter}  wait that long, then try the same part again with the same key
 *   Unavailable              the platform failed or could not be reached before taking the
 *                            request: try again later with the same key
 *   Unconfirmed              the request left and no answer came back: call `find`, never resend blind
 *   AuthExpired              the credentials were refused: `refresh` if the platform has it, else
 *                            the account needs a person to reconnect it
 *   BadRequest               the platform refused the post itself: failed, with its message
 */
import type { AccountLimits } from '../../lib/account-limits';
import type { PublishPlatform } from '../platforms';

export type { AccountLimits };

/** An account's credentials as stored (sealed as a whole with the secret box), by platform. */
export type Credentials = Readonly<Record<string, string>>;

/** An account as a publisher works with it: where it lives, who it is, its opened credentials. */
export interface AccountSession {
  /** The PDS, the Mastodon instance, or the webhook target's URL. */
  serviceUrl: string;
  /** The platform's id of the account: a DID, a Mastodon account id, the webhook URL. */
  externalId: string;
  handle: string;
  credentials: Credentials;
}

/** What connecting an account found out: stored on the account row (credentials sealed). */
export interface Connected extends AccountSession {
  /** A name for people ("Jane Doe (@jane.bsky.social)"). */
  name: string;
  limits: AccountLimits;
}

/** A published post (or one part of a thread) as the platform identifies it. */
export interface PublishedPart {
  /** The platform's id: an at:// URI, a Mastodon status id, the delivery's key. */
  externalId: string;
  /** Where people see it; null where there is no public page (a webhook). */
  url: string | null;
  /** What a reply must cite besides the id (Bluesky's strong ref needs the record's CID). */
  ref?: Readonly<Record<string, string>>;
}

/**
 * A file a part carries, as the pipeline hands it over: what it is, and a way to read its
 * bytes from storage (the publisher never reads the database). `open` answers a fresh stream
 * on every call, so a retry can send the file again.
 */
export interface MediaToPublish {
  /** The media library's id. */
  id: string;
  kind: 'image' | 'video';
  /** Its MIME type, sniffed from the bytes. */
  type: string;
  bytes: number;
  /** Hex SHA-256 of the bytes. */
  sha256: string;
  width: number | null;
  height: number | null;
  durationMs: number | null;
  alt: string | null;
  open(): Promise<ReadableStream<Uint8Array>>;
}

/** One part of what is published: the post, or one link of a thread. */
export interface PartToPublish {
  /** The target's id (stable across retries). */
  targetId: string;
  /** Its place in the thread, from 0. */
  index: number;
  body: string;
  /** Its files, in order (none for text only). */
  media: readonly MediaToPublish[];
  /**
   * The idempotency key of this part, made by `newKey` once and stored before the first call,
   * so that every retry sends the same one: a record key on Bluesky, an Idempotency-Key on
   * Mastodon and webhooks.
   */
  key: string;
  /** The first and the previous part, when this part replies to them. */
  root?: PublishedPart;
  parent?: PublishedPart;
}

/** What a person gives to connect an account, by platform (validated at the edge). */
export type ConnectInput =
  | { platform: 'bluesky'; serviceUrl: string; handle: string; appPassword: string }
  | { platform: 'mastodon'; instanceUrl: string; accessToken: string }
  /** `secret` is made by Crowsnest, shown once, and signs every delivery. */
  | { platform: 'webhook'; url: string; name?: string | undefined; secret: string };

export type ConnectInputOf<P extends PublishPlatform> = Extract<ConnectInput, { platform: P }>;

/**
 * A published post's numbers as Crowsnest names them: Bluesky likes/reposts/replies/quotes,
 * Mastodon favourites/reblogs/replies (and quotes where the server counts them). Null where
 * the platform has no such number.
 */
export interface PostNumbers {
  likes: number | null;
  reposts: number | null;
  replies: number | null;
  quotes: number | null;
}

/**
 * The numbers of published posts by their ids (`PublishedPart.externalId`). `'gone'`: the
 * platform says the post no longer exists (deleted), so there is nothing more to collect. An id
 * missing from the map got no answer this time (the platform left it out without saying why).
 */
export type PostNumbersById = ReadonlyMap<string, PostNumbers | 'gone'>;

/** An account's audience as its platform counts it. */
export interface Audience {
  followers: number | null;
  following: number | null;
  posts: number | null;
}

export interface Publisher<P extends PublishPlatform = PublishPlatform> {
  readonly platform: P;
  /**
   * Checks what a person gave by using it (signing in, reading the account), and answers the
   * account to store. BadRequest or AuthExpired with the platform's reason when it is refused.
   */
  connect(env: Env, input: ConnectInputOf<P>): Promise<Connected>;
  /** A new idempotency key for a part (Bluesky: a TID; elsewhere derived from target and index). */
  newKey(targetId: string, index: number): string;
  /** Publishes one part. Throws connector errors (above). */
  publish(env: Env, account: AccountSession, part: PartToPublish): Promise<PublishedPart>;
  /**
   * Looks for a part published earlier under its key (after Unconfirmed, or when a retry finds
   * the key taken): the part if it is there, null if it never was. Throws when it cannot tell.
   */
  find(env: Env, account: AccountSession, part: PartToPublish): Promise<PublishedPart | null>;
  /**
   * New credentials for an account whose access was refused or expired (Bluesky's refresh
   * token); AuthExpired when a person must reconnect. Absent where credentials do not expire.
   */
  refresh?(env: Env, account: AccountSession): Promise<Credentials>;
  /** The account's current limits, read from the platform where it publishes them. */
  limits(env: Env, account: AccountSession): Promise<AccountLimits>;
  /**
   * The current numbers of posts this account published, by id, in one request: callers give
   * at most `metricsPage` ids a call and take a token from the account's budget before each.
   * Absent where the platform has no numbers (webhooks). Throws connector errors.
   */
  metrics?(env: Env, account: AccountSession, externalIds: readonly string[]): Promise<PostNumbersById>;
  /** How many ids one `metrics` call reads (Bluesky's getPosts takes 25, Mastodon one status a request). */
  readonly metricsPage?: number;
  /** The account's followers, follows and posts, in one request. Absent where the platform has none. */
  audience?(env: Env, account: AccountSession): Promise<Audience>;
}
