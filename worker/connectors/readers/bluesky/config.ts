import { z } from 'zod';
import { normalized, SearchQuery } from '../platform-common';

/** An account's posts (by handle or DID), or a search. */
export type BlueskyConfig = { handle: string } | { query: string };

/** atproto handle syntax: a domain name whose last label does not start with a digit. */
const HANDLE = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
/** The TLDs atproto refuses for handles (`handle.invalid` is what the AppView shows for a broken one). */
const RESERVED_TLD = /\.(?:alt|arpa|example|internal|invalid|local|localhost|onion|test)$/;
/** The two DID methods atproto supports: plc (24 base32 characters) and web (a host name). */
const DID = /^did:(?:plc:[a-z2-7]{24}|web:[a-z0-9.-]+(?:%3a\d+)?)$/;

/** A handle or DID from what a user typed: `alice.bsky.social`, `@alice.bsky.social`, a bsky.app profile link. */
export function actorFrom(input: string): string | null {
  let text = input.trim();
  const profile = text.match(/^(?:https?:\/\/)?(?:www\.)?bsky\.app\/profile\/([^/?#]+)/i)?.[1];
  // A DID in a profile link has its colons escaped (did%3Aplc%3A…) by some clients.
  if (profile) text = profile.replace(/%3a/gi, ':');
  text = text.replace(/^@/, '');
  if (/^did:/i.test(text)) return DID.test(text.toLowerCase()) ? text.toLowerCase() : null;
  const handle = text.toLowerCase();
  return HANDLE.test(handle) && !RESERVED_TLD.test(handle) ? handle : null;
}

/** How an account is named to a person: @handle, or the DID when that is all there is. */
export function actorLabel(actor: string): string {
  return actor.startsWith('did:') ? actor : `@${actor}`;
}

const Actor = normalized(
  actorFrom,
  'A Bluesky handle looks like a domain name (alice.bsky.social); a did:plc: or did:web: DID works too.',
);

export const blueskyConfig: z.ZodType<BlueskyConfig> = z.union(
  [z.object({ handle: Actor }), z.object({ query: SearchQuery })],
  { error: 'Give a handle or a query.' },
);
