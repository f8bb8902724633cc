/**
 * Finding a part on Mastodon after its answer was lost. The server remembers an
 * Idempotency-Key for about an hour only and offers no look-up by key, so the look-up reads
 * the account's own recent statuses and matches the part by what it says and what it replies to.
 *
 * How far back: statuses created in the last FIND_WINDOW_MS (7 days), at most MAX_PAGES pages
 * of 40 (newest first, paging with max_id). The pipeline reconciles an Unconfirmed part within
 * minutes or hours of the attempt, well inside the window; an answer of null means "not among
 * this account's statuses of the last 7 days". When the pages run out before the window does
 * (more than 400 statuses in 7 days), it cannot tell, and says so (Unconfirmed).
 *
 * The matching rule and its limits:
 * - Same text: the status's `content` HTML stripped back to text equals the part's body, both
 *   with every run of whitespace made one space (Mastodon turns line breaks into <p> and <br>)
 *   and mentions reduced to their local part (`@jane@example.social` is rendered `@jane`).
 *   Mastodon keeps links, hashtags and emoji shortcodes as written, so they compare as written.
 *   Text an instance rewrites (a server-side filter, a Glitch/Hometown markdown fork) does not
 *   match: the part is then reported missing although it was posted.
 * - Same parent: `in_reply_to_id` equals the parent part's id (null for the first part).
 * - Two statuses of the account that say the same thing to the same parent cannot be told
 *   apart: the newest match wins (the attempt being reconciled is recent), so one the person
 *   posted by hand after it is taken for ours.
 * - Reblogs are skipped (their content is someone else's); a status edited since, or deleted,
 *   no longer matches.
 */

import { z } from 'zod';
import { Unconfirmed } from '../../core/outbound/errors';
import { htmlToText } from '../../lib/html-text';
import { mastodonCall, Status } from './mastodon-api';
import type { AccountSession, PartToPublish, PublishedPart } from './publisher';

export const FIND_WINDOW_MS = 7 * 24 * 3600_000;
export const MAX_PAGES = 10;
const PAGE = 40;

/** Text as compared: mentions by local part, whitespace runs as one space. */
export function comparable(text: string): string {
  return text
    .replace(/(^|[^\w/])@(\w+)@[\w.-]+\w/g, '$1@$2')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether a status is this part, by the rule above. */
export function isPart(status: Status, part: PartToPublish): boolean {
  if (status.reblog) return false;
  if (status.in_reply_to_id !== (part.parent?.externalId ?? null)) return false;
  return comparable(htmlToText(status.content)) === comparable(part.body);
}

/** The part among the account's recent statuses, null when it is not there. */
export async function findStatus(
  env: Env,
  account: AccountSession,
  part: PartToPublish,
  now = Date.now(),
): Promise<PublishedPart | null> {
  const since = now - FIND_WINDOW_MS;
  let maxId: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const query = new URLSearchParams({ limit: String(PAGE), exclude_reblogs: 'true' });
    if (maxId) query.set('max_id', maxId);
    const statuses = await mastodonCall(
      env,
      account.serviceUrl,
      `/api/v1/accounts/${encodeURIComponent(account.externalId)}/statuses?${query}`,
      z.array(Status),
      { token: account.credentials.accessToken ?? '' },
    );
    // Newest first: the first match is the newest.
    const match = statuses.find((status) => isPart(status, part));
    if (match) return { externalId: match.id, url: match.url ?? match.uri };
    const last = statuses.at(-1);
    if (!last || statuses.length < PAGE || Date.parse(last.created_at) < since) return null;
    maxId = last.id;
  }
  throw new Unconfirmed(
    `More than ${MAX_PAGES * PAGE} statuses in ${FIND_WINDOW_MS / 86_400_000} days on this account: Crowsnest cannot tell whether the post went out.`,
  );
}
