/**
 * Bluesky: posts are records of `app.bsky.feed.post` in the account's repository on its PDS,
 * written with an app password's session (https://docs.bsky.app/docs/advanced-guides/posts).
 *
 * Never twice: each part's record key (rkey) is a TID made once by `newKey` and stored before
 * the first call, so a retry writes to the same key, which the PDS refuses once taken (the
 * reference PDS answers a bare 500 `{"error":"InternalServerError","message":"Internal Server
 * Error"}` to that, not a conflict). `publish` then reads the record at that key and answers
 * it as published.
 *
 * A part's files are uploaded as blobs before its record is written, and embedded in it
 * (bluesky-embed.ts); a retry uploads them again (the same CIDs) and writes to the same key.
 */
import { z } from 'zod';
import { AuthExpired, BadRequest, ConnectorError, NotFound, Unavailable } from '../../core/outbound/errors';
import { newTid } from '../../lib/tid';
import { embedOf } from './bluesky-embed';
import { facetsOf } from './bluesky-facets';
import { blueskyAudience, blueskyPostNumbers, GET_POSTS_MAX } from './bluesky-metrics';
import { xrpc, xrpcErrors } from './bluesky-xrpc';
import type {
  AccountLimits,
  AccountSession,
  Connected,
  Credentials,
  PartToPublish,
  PublishedPart,
  Publisher,
} from './publisher';

const POST = 'app.bsky.feed.post';

/**
 * Bluesky's limits: the post lexicon's 300 graphemes; one embed per post, so 4 images
 * (app.bsky.embed.images, `maxLength: 4`) or one video, never both; an image blob of at most
 * 2,000,000 bytes (the images lexicon's `maxSize` as the PDS enforces it on createRecord; the
 * app's own pictures are 1 MB, the lexicon was raised since); an mp4 video of at most 100 MB
 * and 3 minutes (the video service's limits; the lexicon allows 300 MB, which no app takes).
 */
export const BLUESKY_LIMITS: AccountLimits = {
  maxChars: 300,
  countsBy: 'graphemes',
  maxImages: 4,
  maxVideos: 1,
  mixesImagesAndVideos: false,
  imageTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/gif'],
  maxImageBytes: 2_000_000,
  videoTypes: ['video/mp4'],
  maxVideoBytes: 100_000_000,
  maxVideoDurationMs: 180_000,
};

const Session = z.object({ did: z.string(), handle: z.string(), accessJwt: z.string(), refreshJwt: z.string() });
const Profile = z.object({ displayName: z.string().optional().catch(undefined) });
/** What createRecord answers, and the part of getRecord's answer used: the record's strong ref. */
const Record = z.object({ uri: z.string(), cid: z.string() });
const Resolved = z.object({ did: z.string() });

const credentialsOf = (session: z.infer<typeof Session>): Credentials => ({
  accessJwt: session.accessJwt,
  refreshJwt: session.refreshJwt,
});

function token(account: AccountSession, name: 'accessJwt' | 'refreshJwt'): string {
  const value = account.credentials[name];
  if (!value) throw new AuthExpired(`No Bluesky session is stored for @${account.handle}: reconnect the account.`);
  return value;
}

/** Where people see a post: the app's address by handle and record key. */
const postUrl = (handle: string, rkey: string) =>
  `https://bsky.app/profile/${encodeURIComponent(handle)}/post/${encodeURIComponent(rkey)}`;

const published = (account: AccountSession, part: PartToPublish, at: { uri: string; cid: string }): PublishedPart => ({
  externalId: at.uri,
  url: postUrl(account.handle, part.key),
  ref: { cid: at.cid },
});

/** A strong ref ({uri, cid}) to a part published earlier, which a reply must cite. */
function strongRef(part: PublishedPart, role: string): { uri: string; cid: string } {
  const cid = part.ref?.cid;
  if (!cid) throw new BadRequest(`The ${role} post of this reply (${part.externalId}) has no CID to cite.`);
  return { uri: part.externalId, cid };
}

/** The DID of a mentioned handle, or null when no account has it (the mention stays text). */
async function resolveHandle(env: Env, service: string, handle: string): Promise<string | null> {
  try {
    const call = { service, nsid: 'com.atproto.identity.resolveHandle', params: { handle } };
    return (await xrpc(env, { ...call, errors: xrpcErrors(`to resolve @${handle}`) }, Resolved)).did;
  } catch (error) {
    if (error instanceof BadRequest) return null;
    throw error;
  }
}

/** The record at a part's key, or null when there is none. */
async function recordAt(env: Env, account: AccountSession, rkey: string) {
  const params = { repo: account.externalId, collection: POST, rkey };
  const errors = xrpcErrors('to show the post');
  try {
    const call = { service: account.serviceUrl, nsid: 'com.atproto.repo.getRecord', params, errors };
    return await xrpc(env, { ...call, token: token(account, 'accessJwt') }, Record);
  } catch (error) {
    if (error instanceof NotFound) return null;
    throw error;
  }
}

export const bluesky: Publisher<'bluesky'> = {
  platform: 'bluesky',

  /**
   * Signs in with the app password. A refused sign-in is a BadRequest with Bluesky's reason
   * ("Invalid identifier or password"): nothing stored has expired, the person typed
   * something wrong, and the route answers it as a validation error.
   */
  async connect(env, { serviceUrl, handle, appPassword }): Promise<Connected> {
    const identifier = handle.trim().replace(/^@/, '');
    const errors = xrpcErrors('the sign-in', [
      { status: 401, kind: 'bad_request', message: 'Bluesky refused the sign-in{said}' },
      {
        code: 'AuthFactorTokenRequired',
        kind: 'bad_request',
        message: 'Bluesky asks for a sign-in code: use an app password.',
      },
    ]);
    const session = await xrpc(
      env,
      {
        service: serviceUrl,
        nsid: 'com.atproto.server.createSession',
        input: { identifier, password: appPassword },
        errors,
      },
      Session,
    );
    return {
      serviceUrl,
      externalId: session.did,
      handle: session.handle,
      name: await nameOf(env, serviceUrl, session),
      credentials: credentialsOf(session),
      limits: BLUESKY_LIMITS,
    };
  },

  newKey: () => newTid(),

  async publish(env, account, part) {
    const text = part.body;
    const facets = await facetsOf(text, (handle) => resolveHandle(env, account.serviceUrl, handle));
    const parent = part.parent ?? part.root;
    const root = part.root ?? part.parent;
    const embed = await embedOf(env, account, token(account, 'accessJwt'), part.media);
    const record = {
      $type: POST,
      text,
      createdAt: new Date().toISOString(),
      ...(facets.length > 0 ? { facets } : {}),
      ...(embed ? { embed } : {}),
      ...(root && parent ? { reply: { root: strongRef(root, 'first'), parent: strongRef(parent, 'previous') } } : {}),
    };
    const input = { repo: account.externalId, collection: POST, rkey: part.key, record };
    const errors = xrpcErrors('the post');
    try {
      const call = { service: account.serviceUrl, nsid: 'com.atproto.repo.createRecord', input, errors, write: true };
      return published(account, part, await xrpc(env, { ...call, token: token(account, 'accessJwt') }, Record));
    } catch (error) {
      // A taken key is a bare 500 "Internal Server Error" on the reference PDS, the same as
      // any failure; the key is this part's alone, so a record there is this part, written on
      // an earlier try whose answer was lost. No record: the failure stands (retry later).
      if (!(error instanceof Unavailable) || error.status !== 500) throw error;
      const existing = await recordAt(env, account, part.key);
      if (!existing) throw error;
      return published(account, part, existing);
    }
  },

  async find(env, account, part) {
    const existing = await recordAt(env, account, part.key);
    return existing ? published(account, part, existing) : null;
  },

  /**
   * A new session from the refresh token (which the PDS rotates: the new one replaces it).
   * The reference PDS still takes a used refresh token for two hours, answering the same new
   * session, so a renewal whose answer was lost can be tried again. A refresh token that
   * expired or was revoked (the app password revoked, the session signed out) means a person
   * must sign in again.
   */
  async refresh(env, account) {
    const errors = xrpcErrors('to renew the session', [
      {
        code: ['ExpiredToken', 'InvalidToken'],
        kind: 'auth_expired',
        message: 'Reconnect the account: Bluesky ended its session{said}',
      },
    ]);
    const call = { service: account.serviceUrl, nsid: 'com.atproto.server.refreshSession', procedure: true, errors };
    return credentialsOf(await xrpc(env, { ...call, token: token(account, 'refreshJwt') }, Session));
  },

  limits: async () => BLUESKY_LIMITS,

  metrics: (env, _account, uris) => blueskyPostNumbers(env, uris),
  metricsPage: GET_POSTS_MAX,
  audience: blueskyAudience,
};

/** "Display Name (@handle)" from the profile, or "@handle" when the AppView cannot say. */
async function nameOf(env: Env, service: string, session: z.infer<typeof Session>): Promise<string> {
  try {
    const call = {
      service,
      nsid: 'app.bsky.actor.getProfile',
      params: { actor: session.did },
      token: session.accessJwt,
    };
    const profile = await xrpc(env, { ...call, errors: xrpcErrors('to show the profile') }, Profile);
    const name = profile.displayName?.trim();
    return name ? `${name} (@${session.handle})` : `@${session.handle}`;
  } catch (error) {
    // The name is a nicety: no AppView behind the PDS, or any failure of it, leaves the handle.
    if (error instanceof ConnectorError) return `@${session.handle}`;
    throw error;
  }
}
